import { useT, type MessageId } from '../i18n';
import { runAction } from '../keyboard/commands';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../keyboard/keymap';
import type { Origin } from '../stores/dialog-store';
import { keyPlatform, useSettingsStore } from '../stores/settings-store';

interface ActionButtonProps {
  id: ActionId;
  messageId: MessageId;
  testId: string;
  /** Marks the screen the agent is on (aria-current). */
  current?: boolean;
  className?: string;
  /** Where the action runs from: the header's buttons act on the queue, the ticket's on the ticket. */
  context?: Origin['context'];
}

/** A keymap action as a button: its name, its keys in the tooltip and for screen readers, and the same run as its keys. */
export function ActionButton({ id, messageId, testId, current, className = 'btn btn-small', context = 'queue' }: ActionButtonProps) {
  const t = useT();
  const keys = useSettingsStore((s) => s.bindings[id]);
  const text = t(messageId);
  return (
    <button
      type="button"
      className={`${className}${current ? ' is-current' : ''}`}
      data-testid={testId}
      aria-current={current ? 'page' : undefined}
      title={t('app.withKeys', { label: text, keys: formatKeys(keys, keyPlatform) })}
      aria-keyshortcuts={ariaKeyShortcuts(keys, keyPlatform)}
      onClick={(e) => runAction(id, { context, element: e.currentTarget })}
    >
      {text}
    </button>
  );
}
