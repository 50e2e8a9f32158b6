import type { TextSegment } from '../../../preload/contract/queue-types';
import { call } from '../bridge';
import { announce } from '../stores/announce-store';
import { reportError } from '../stores/error-store';

/** Huge bodies (pasted logs) are cut for display; the rest is one click away. */
const DISPLAY_LIMIT = 20_000;

async function openLink(url: string): Promise<void> {
  try {
    const result = await call('link.open', { url });
    if (!result.opened) announce(`Not opened: ${result.reason ?? 'cancelled'}. The address is ${result.url}`);
  } catch (error) {
    reportError('Opening the link', error);
  }
}

/**
 * A message body as plain text, with what a phisher hides made visible: every link shows its
 * real host and opens only through main (checked, confirmed); look-alike domains and wallet
 * addresses are marked with the reason; invisible characters are shown by name.
 */
export function MessageBody({ body, segments }: { body: string; segments: TextSegment[] | null }) {
  if (!segments) {
    const cut = body.length > DISPLAY_LIMIT;
    return (
      <div className="message-body">
        {cut ? body.slice(0, DISPLAY_LIMIT) : body}
        {cut && <p className="message-cut">… {(body.length - DISPLAY_LIMIT).toLocaleString()} more characters not shown</p>}
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
                <button type="button" className="link-button" onClick={() => void openLink(s.url)} title={`Opens ${s.url} after you confirm`}>
                  {s.text}
                </button>
                <span className="link-host" aria-label={`goes to ${s.host}`}>
                  → {s.host}
                </span>
                {s.warning && (
                  <span className="safety-warning" role="note">
                    ⚠ {s.warning}
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
                    ⚠ {s.warning}
                  </span>
                )}
              </span>
            );
          case 'hidden':
            return (
              <span key={i} className="hidden-char" role="note" title={s.name}>
                ⟨{s.name}⟩
              </span>
            );
        }
      })}
    </div>
  );
}
