import type { TextSegment } from '../../../preload/contract/queue-types';
import { MESSAGE_DISPLAY_LIMIT, hiddenCharacters } from '../../../preload/contract/text-marks';
import { useI18nStore, useT } from '../i18n';
import { openCheckedLink } from '../lib/open-link';
import { hiddenCharacterName, safetyWarningText } from '../lib/safety-wording';

function HiddenMark({ char }: { char: string }) {
  const t = useT();
  const name = hiddenCharacterName(char, t);
  return (
    <span className="hidden-char" role="note" title={name}>
      ⟨{name}⟩
    </span>
  );
}

/** Text that may hold invisible or direction characters (a link, a host): each is shown by name, never painted as nothing. */
function Visible({ text }: { text: string }) {
  const parts: Array<string | { hidden: string }> = [];
  let at = 0;
  for (const m of text.matchAll(hiddenCharacters())) {
    if (m.index > at) parts.push(text.slice(at, m.index));
    parts.push({ hidden: m[0] });
    at = m.index + m[0].length;
  }
  if (parts.length === 0) return <>{text}</>;
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts.map((p, i) => (typeof p === 'string' ? <span key={i}>{p}</span> : <HiddenMark key={i} char={p.hidden} />))}</>;
}

function Warning({ segment }: { segment: Extract<TextSegment, { warning: string | null }> }) {
  const t = useT();
  const interfaceLanguage = useI18nStore((s) => s.language);
  if (!segment.warning) return null;
  // The desk's own words inside the customer's text: in the interface language, isolated from it.
  return (
    <span className="safety-warning" role="note" lang={interfaceLanguage} dir="auto">
      ⚠ {safetyWarningText(segment.why, segment.warning, t)}
    </span>
  );
}

/**
 * A message body as plain text, with what a phisher hides made visible: every link shows its
 * real host (as the URL parser reads it) and opens only through main (checked, confirmed);
 * look-alike domains, e-mail domains and wallet addresses are marked with the reason; invisible
 * characters are shown by name, inside links and hosts too. Main checks exactly the part shown
 * (the first MESSAGE_DISPLAY_LIMIT characters), so a padded message keeps its warnings.
 * Each paragraph runs in its own direction (dir="auto" and unicode-bidi: plaintext): an Arabic
 * message reads right to left, a pasted English line in it left to right; links, hosts and wallet
 * addresses are isolated left-to-right runs, so an arrow or a dot never jumps across them.
 */
export function MessageBody({ body, segments, lang }: { body: string; segments: TextSegment[] | null; lang?: string }) {
  const t = useT();
  const interfaceLanguage = useI18nStore((s) => s.language);
  if (!segments) {
    const cut = body.length > MESSAGE_DISPLAY_LIMIT;
    return (
      <div className="message-body" lang={lang} dir="auto">
        {cut ? body.slice(0, MESSAGE_DISPLAY_LIMIT) : body}
        {cut && (
          <p className="message-cut" lang={interfaceLanguage} dir="auto">
            {t('ticket.message.cut', { count: body.length - MESSAGE_DISPLAY_LIMIT })}
          </p>
        )}
      </div>
    );
  }
  const notShown = body.length - segments.reduce((n, s) => n + s.text.length, 0);
  return (
    <div className="message-body" lang={lang} dir="auto">
      {segments.map((s, i) => {
        switch (s.kind) {
          case 'text':
            return <span key={i}>{s.text}</span>;
          case 'link':
            return (
              <span key={i} className={`message-link${s.warning ? ' is-suspicious' : ''}`} dir="ltr">
                <button type="button" className="link-button" onClick={() => void openCheckedLink(s.url)} title={t('ticket.link.opens', { url: s.url })}>
                  <Visible text={s.text} />
                </button>
                <span className="link-host" aria-label={t('ticket.link.goesTo', { host: s.host })}>
                  → <Visible text={s.host} />
                </span>
                <Warning segment={s} />
              </span>
            );
          case 'domain':
            return (
              <span key={i} className={`message-domain${s.warning ? ' is-suspicious' : ''}`} data-host={s.host} dir="ltr">
                <Visible text={s.text} />
                <Warning segment={s} />
              </span>
            );
          case 'address':
            return (
              <span key={i} className={`wallet-address${s.warning ? ' is-suspicious' : ''}`} dir="ltr">
                {s.text}
                <Warning segment={s} />
              </span>
            );
          case 'hidden':
            return <HiddenMark key={i} char={s.text} />;
        }
      })}
      {notShown > 0 && (
        <p className="message-cut" lang={interfaceLanguage} dir="auto">
          {t('ticket.message.cut', { count: notShown })}
        </p>
      )}
    </div>
  );
}
