import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n';
import { formatCombo } from '../keyboard/clashes';
import { restoreFocus } from '../keyboard/focus';
import { keyPlatform } from '../stores/settings-store';

interface Props {
  title: string;
  /** Visible heading; the dialog is named by it. */
  heading?: ReactNode;
  /** Closing (Esc, the close button) — the owner unmounts the dialog. */
  onClose(): void;
  className?: string;
  /** Where focus goes back to on close; defaults to what had focus when it opened. */
  returnFocus?: Element | null;
  testId?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the rest of the window is inert while it is open (focus cannot wander
 * off, screen readers see only the dialog), Esc closes it, and focus goes back where it was.
 */
export function Modal({ title, heading, onClose, className, returnFocus, testId, children }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const previous = returnFocus === undefined ? document.activeElement : returnFocus;
    if (!el.open) el.showModal();
    // React's autoFocus ran while the dialog was still closed: focus the marked field now.
    const first = el.querySelector<HTMLElement>('[data-autofocus]');
    if (first) first.focus();
    // Closed by the browser itself (a second Esc without user activation skips "cancel").
    const onNativeClose = () => onCloseRef.current();
    el.addEventListener('close', onNativeClose);
    return () => {
      el.removeEventListener('close', onNativeClose);
      // Leave the top layer first, so the element focused next is no longer inert.
      if (el.open) el.close();
      restoreFocus(previous);
    };
    // Opened once per mount; returnFocus is read at opening time only.
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>): void => {
    if (e.key === 'Escape' && !e.defaultPrevented && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="modal-header">
        <h2 id={headingId} className="modal-title">
          {heading ?? title}
        </h2>
        <button type="button" className="btn btn-small modal-close" aria-keyshortcuts="Escape" onClick={onClose}>
          {t('app.modal.close', { key: formatCombo('Escape', keyPlatform) })}
        </button>
      </div>
      {children}
    </dialog>
  );
}
