import type { Customer, Message, MessageKind } from '../../../preload/contract/domain-types';
import { formatCombo } from '../keyboard/clashes';
import { ariaKeyShortcuts } from '../keyboard/keymap';
import { previewText } from '../lib/conversation';
import { keyPlatform } from '../stores/settings-store';
import { authorLabel, useAgentName } from './author-label';

interface Props {
  /** The keys of "send" in force: pressing them again sends anyway. */
  sendKeys: readonly string[];
  messages: readonly Message[];
  customer: Customer | null;
  kind: MessageKind;
  busy: boolean;
  onSendAnyway(): void;
  onKeepEditing(): void;
}

/** Someone wrote while the agent was typing: nothing was sent, and this says who and what. */
export function CollisionWarning({ sendKeys, messages, customer, kind, busy, onSendAnyway, onKeepEditing }: Props) {
  const agentName = useAgentName();
  const what = kind === 'note' ? 'note' : 'reply';
  const count = messages.length === 1 ? 'A new message' : `${messages.length} new messages`;
  return (
    <div className="collision" role="alert" data-testid="collision-warning">
      <p className="collision-title">
        <strong>
          {count} arrived while you were writing. Your {what} was not sent.
        </strong>
      </p>
      <ul className="collision-list">
        {messages.map((m) => (
          <li key={m.id} className="collision-item">
            <span className="collision-author">{authorLabel(m, customer, agentName)}</span>
            {m.kind === 'note' ? ' (internal note)' : ''} wrote: <q className="collision-preview">{previewText(m.body)}</q>
          </li>
        ))}
      </ul>
      <div className="collision-actions">
        <button
          type="button"
          className="btn btn-small btn-primary"
          data-testid="send-anyway"
          aria-keyshortcuts={ariaKeyShortcuts(sendKeys, keyPlatform)}
          aria-disabled={busy}
          onClick={onSendAnyway}
        >
          Send anyway <kbd>{formatCombo(sendKeys[0] ?? '$mod+Enter', keyPlatform)}</kbd>
        </button>
        <button type="button" className="btn btn-small" data-testid="keep-editing" aria-keyshortcuts="Escape" onClick={onKeepEditing}>
          Keep editing <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
