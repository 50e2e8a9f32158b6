import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';

/**
 * Arrow keys on a closed <select> change its value at every press (Chromium on Linux and
 * Windows): walking from "new" to "closed" must not send three updates on the way. A choice made
 * with the keyboard is sent once the agent pauses, leaves the control or presses Enter; a
 * choice from the drop-down (mouse, or Enter in the open list) is sent at once.
 */
const KEYBOARD_SETTLE_MS = 800;

interface Props<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  /** Each option's name in the interface language. */
  optionLabel(value: T): string;
  onCommit(value: T): void;
  testId: string;
  className?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

export function ChoiceSelect<T extends string>({ label, value, options, optionLabel, onCommit, testId, className, selectRef }: Props<T>) {
  const id = useId();
  // The choice not sent yet; null when the control shows the ticket's own value.
  const [choice, setChoice] = useState<T | null>(null);
  const choiceRef = useRef<T | null>(null);
  const byKeyboard = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ value, onCommit });
  useEffect(() => {
    latest.current = { value, onCommit };
  });

  const flushRef = useRef(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const chosen = choiceRef.current;
    if (chosen === null) return;
    choiceRef.current = null;
    setChoice(null);
    if (chosen !== latest.current.value) latest.current.onCommit(chosen);
  });
  const flush = flushRef.current;

  // Leaving the ticket (this control is keyed per ticket) must not drop a choice.
  useEffect(() => () => flushRef.current(), []);

  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>): void => {
    if (e.key === 'Enter') flush();
    else if (e.key !== 'Tab' && e.key !== 'Escape' && !e.ctrlKey && !e.metaKey && !e.altKey) byKeyboard.current = true;
  };

  return (
    <span className={`choice${className ? ` ${className}` : ''}`}>
      <label className="choice-label" htmlFor={id}>
        {label}
      </label>
      <select
        ref={selectRef}
        id={id}
        className="choice-select"
        data-testid={testId}
        value={choice ?? value}
        onKeyDown={onKeyDown}
        onKeyUp={() => {
          byKeyboard.current = false;
        }}
        onBlur={flush}
        onChange={(e) => {
          const next = e.target.value as T;
          choiceRef.current = next;
          setChoice(next);
          if (timer.current !== null) clearTimeout(timer.current);
          if (byKeyboard.current) timer.current = setTimeout(flush, KEYBOARD_SETTLE_MS);
          else flush();
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </span>
  );
}
