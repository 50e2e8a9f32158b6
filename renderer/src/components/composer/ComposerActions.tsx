import { useT } from '../../i18n';
import { ariaKeyShortcuts } from '../../keyboard/keymap';
import { keyPlatform } from '../../stores/settings-store';

interface Props {
  isNote: boolean;
  sending: boolean;
  /** What the keys do here, in words (a collision changes it). */
  hint: string;
  sendKeys: readonly string[];
  sendNextKeys: readonly string[];
  /** The first "send and next" binding, as shown. */
  sendNextKey: string;
  onSend(): void;
  onSendAndNext(): void;
}

/** Under the text: the hint and the two buttons, send and send-and-next (add, for a note). */
export function ComposerActions({ isNote, sending, hint, sendKeys, sendNextKeys, sendNextKey, onSend, onSendAndNext }: Props) {
  const t = useT();
  return (
    <div className="composer-actions">
      <span className="composer-hint">{hint}</span>
      <span className="composer-buttons">
        <button type="button" className="btn" aria-disabled={sending} aria-keyshortcuts={ariaKeyShortcuts(sendNextKeys, keyPlatform)} title={sendNextKey} onClick={onSendAndNext}>
          {t(isNote ? 'composer.button.addAndNext' : 'composer.button.sendAndNext')}
        </button>
        <button type="button" className={`btn ${isNote ? 'btn-note' : 'btn-primary'}`} aria-disabled={sending} aria-keyshortcuts={ariaKeyShortcuts(sendKeys, keyPlatform)} onClick={onSend}>
          {t(sending ? 'composer.button.sending' : isNote ? 'composer.button.addNote' : 'composer.button.sendReply')}
        </button>
      </span>
    </div>
  );
}
