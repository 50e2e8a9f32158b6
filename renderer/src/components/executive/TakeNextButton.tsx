import { ariaKeyShortcuts } from '../../keyboard/keymap';
import { useT } from '../../i18n';
import { keyPlatform } from '../../stores/settings-store';
import { useExecutiveStore } from '../../stores/executive-store';
import { KeyCombo } from '../Keys';

export const TAKE_NEXT_KEYS = ['n', 'Enter'] as const;
export const TAKE_NEXT_BUTTON_ID = 'executive-take-next';

/** The one big button that starts everything: the most urgent ticket, assigned to the executive. */
export function TakeNextButton() {
  const t = useT();
  const taking = useExecutiveStore((s) => s.phase === 'taking');
  const takeNext = useExecutiveStore((s) => s.takeNext);
  return (
    <button
      type="button"
      id={TAKE_NEXT_BUTTON_ID}
      className="btn btn-primary executive-big executive-take-next"
      data-testid="executive-take-next"
      aria-disabled={taking}
      aria-keyshortcuts={ariaKeyShortcuts(TAKE_NEXT_KEYS, keyPlatform)}
      onClick={() => void takeNext()}
    >
      <span>{taking ? t('executive.takeNext.taking') : t('executive.takeNext.button')}</span>
      <span className="executive-button-keys" aria-hidden="true">
        <KeyCombo combo="n" />
      </span>
    </button>
  );
}
