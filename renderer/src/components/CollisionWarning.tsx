import type { Customer, Message, MessageKind } from '../../../preload/contract/domain-types';
import { useRich, useT } from '../i18n';
import { formatCombo } from '../keyboard/clashes';
import { ariaKeyShortcuts } from '../keyboard/keymap';
import { previewText } from '../lib/message-glance';
import { keyPlatform } from '../stores/settings-store';
import { authorLabel, useAgentName } from './author-label';
import { CustomerText } from './CustomerText';

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
  const t = useT();
  const rich = useRich();
  const agentName = useAgentName();
  return (
    <div className="collision" role="alert" data-testid="collision-warning">
      <p className="collision-title">
        <strong>{t('app.collision.title', { count: messages.length, kind })}</strong>
      </p>
      <ul className="collision-list">
        {messages.map((m) => (
          <li key={m.id} className="collision-item">
            {rich(m.kind === 'note' ? 'app.collision.wroteNote' : 'app.collision.wrote', {
              author: <CustomerText className="collision-author" text={authorLabel(m, customer, agentName)} lang={m.authorType === 'customer' ? customer?.language : undefined} />,
              text: (
                <q className="collision-preview" lang={m.kind === 'note' ? undefined : customer?.language} dir="auto">
                  {previewText(m.body)}
                </q>
              ),
            })}
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
          {t('app.collision.sendAnyway')} <kbd>{formatCombo(sendKeys[0] ?? '$mod+Enter', keyPlatform)}</kbd>
        </button>
        <button type="button" className="btn btn-small" data-testid="keep-editing" aria-keyshortcuts="Escape" onClick={onKeepEditing}>
          {t('app.collision.keepEditing')} <kbd>{formatCombo('Escape', keyPlatform)}</kbd>
        </button>
      </div>
    </div>
  );
}
