import { useT, REVEAL_FIELD_LABEL } from '../../i18n';
import { ariaKeyShortcuts, formatKeys } from '../../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../../stores/settings-store';
import { usePrivacyStore } from '../../stores/privacy-store';
import { useTicketStore } from '../../stores/ticket-store';

/** Beside the customer line: what is masked here can be revealed (the reveal key does the same). */
export function RevealButton({ ticketId }: { ticketId: string }) {
  const t = useT();
  const privacy = useTicketStore((s) => s.details[ticketId]?.privacy);
  const keys = useSettingsStore((s) => s.bindings['privacy.reveal']);
  if (!privacy) return null;
  return (
    <>
      {privacy.masked.length > 0 && !privacy.screenShare && (
        <button
          type="button"
          className="btn btn-small reveal-button"
          data-testid="reveal-button"
          aria-keyshortcuts={ariaKeyShortcuts(keys, keyPlatform)}
          onClick={(e) => usePrivacyStore.getState().openReveal(ticketId, { context: 'ticket', element: e.currentTarget })}
        >
          {t('privacy.reveal.button')} <kbd>{formatKeys(keys, keyPlatform)}</kbd>
        </button>
      )}
      {privacy.revealed.map((r) => (
        <span key={r.field} className="muted reveal-shown" data-testid="revealed-field" data-field={r.field}>
          {' '}
          {t('privacy.reveal.shown', { field: t(REVEAL_FIELD_LABEL[r.field]) })}
        </span>
      ))}
    </>
  );
}
