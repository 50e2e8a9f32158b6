/**
 * How desk messages travel through RT. RT has no idempotency keys, so each message carries its
 * outbox key as an HTML comment: invisible in RT's UI and in the mail the customer gets, but
 * stored with the transaction, where a retry can look for it before sending again.
 */

const MARKER_PREFIX = 'agentdesk-key: ';
const MARKER_PATTERN = /<!-- agentdesk-key: ([A-Za-z0-9._:-]{1,128}) -->/;
const ACTION_PATTERN = /<!-- agentdesk-action: ([a-z_]{1,40}) -->/;

/** What a marked comment records beside its text, so the ticket's state can be read back from history. */
export type MarkedAction = 'escalate' | 'acknowledge' | 'claim' | 'deescalate';
const VALID_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

export function isMarkableKey(key: string): boolean {
  return VALID_KEY.test(key);
}

/** The text a search for the marker looks for; the closing " -->" keeps "k-1" from matching "k-12". */
export function markerNeedle(key: string): string {
  return `${MARKER_PREFIX}${key} -->`;
}

/** The desk's plain text as the HTML body RT stores and mails, with the marker at the end. */
export function toMarkedHtml(body: string, key: string, action: MarkedAction | null = null): string {
  if (!isMarkableKey(key)) throw new Error(`outbox key ${JSON.stringify(key.slice(0, 40))} cannot be used as a marker`);
  const escaped = body.replace(/\r\n?/g, '\n').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const actionMarker = action ? `<!-- agentdesk-action: ${action} -->\n` : '';
  return `<div>${escaped.split('\n').join('<br>\n')}</div>\n${actionMarker}<!-- ${MARKER_PREFIX}${key} -->`;
}

export function readMarkers(content: string): { key: string | null; action: MarkedAction | null } {
  const action = ACTION_PATTERN.exec(content)?.[1] ?? null;
  const known: readonly string[] = ['escalate', 'acknowledge', 'claim', 'deescalate'];
  return { key: MARKER_PATTERN.exec(content)?.[1] ?? null, action: action && known.includes(action) ? (action as MarkedAction) : null };
}

/** Best-effort plain text of an HTML part: exact for what toMarkedHtml wrote, readable for the rest. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>\n?/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6])>\n?/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text).replace(/\n+$/, '').replace(/^\n+/, '');
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}
