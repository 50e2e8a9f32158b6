import type { TextSegment } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { translate, useT } from '../i18n';
import { hiddenCharacterName, safetyWarningText } from '../lib/safety-wording';
import { announce } from '../stores/announce-store';
import { reportError } from '../stores/error-store';

/** Huge bodies (pasted logs) are cut for display; the rest is one click away. */
const DISPLAY_LIMIT = 20_000;

async function openLink(url: string): Promise<void> {
  try {
    const result = await call('link.open', { url });
    if (result.opened) return;
    // The reason comes from main's link check, as main words it.
    announce(result.reason === null ? translate('ticket.link.notOpenedNoReason', { url: result.url }) : translate('ticket.link.notOpened', { reason: result.reason, url: result.url }));
  } catch (error) {
    reportError(translate('ticket.action.openLink'), error);
  }
}

/**
 * A message body as plain text, with what a phisher hides made visible: every link shows its
 * real host and opens only through main (checked, confirmed); look-alike domains and wallet
 * addresses are marked with the reason; invisible characters are shown by name.
 */
export function MessageBody({ body, segments }: { body: string; segments: TextSegment[] | null }) {
  const t = useT();
  if (!segments) {
    const cut = body.length > DISPLAY_LIMIT;
    return (
      <div className="message-body">
        {cut ? body.slice(0, DISPLAY_LIMIT) : body}
        {cut && <p className="message-cut">{t('ticket.message.cut', { count: body.length - DISPLAY_LIMIT })}</p>}
      </div>
    );
  }
  return (
    <div className="message-body">
      {segments.map((s, i) => {
        switch (s.kind) {
          case 'text':
            return <span key={i}>{s.text}</span>;
          case 'link':
            return (
              <span key={i} className={`message-link${s.warning ? ' is-suspicious' : ''}`}>
                <button type="button" className="link-button" onClick={() => void openLink(s.url)} title={t('ticket.link.opens', { url: s.url })}>
                  {s.text}
                </button>
                <span className="link-host" aria-label={t('ticket.link.goesTo', { host: s.host })}>
                  → {s.host}
                </span>
                {s.warning && (
                  <span className="safety-warning" role="note">
                    ⚠ {safetyWarningText(s.why, s.warning, t)}
                  </span>
                )}
              </span>
            );
          case 'address':
            return (
              <span key={i} className={`wallet-address${s.warning ? ' is-suspicious' : ''}`}>
                {s.text}
                {s.warning && (
                  <span className="safety-warning" role="note">
                    ⚠ {safetyWarningText(s.why, s.warning, t)}
                  </span>
                )}
              </span>
            );
          case 'hidden': {
            const name = hiddenCharacterName(s.text, s.name, t);
            return (
              <span key={i} className="hidden-char" role="note" title={name}>
                ⟨{name}⟩
              </span>
            );
          }
        }
      })}
    </div>
  );
}
