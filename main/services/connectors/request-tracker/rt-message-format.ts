import { convert, type HtmlToTextOptions } from 'html-to-text';

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

/**
 * The exact shape toMarkedHtml writes: escaped text lines joined by <br>, in one div, then the
 * markers. Only this is read back by hand (exactly, every space kept); anything else, including a
 * mail that merely carries a copied marker, goes through the HTML converter.
 */
const DESK_HTML = /^<div>([^<]*(?:<br>\n[^<]*)*)<\/div>\n(?:<!-- agentdesk-action: [a-z_]{1,40} -->\n)?<!-- agentdesk-key: [A-Za-z0-9._:-]{1,128} -->$/;

/** html-to-text, set up for reading a customer's mail: nothing hidden, nothing reworded. */
const MAIL_TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  decodeEntities: true,
  selectors: [
    // Every link target stays visible beside its label ("trusted.com [https://look-alike.example]"),
    // so the look-alike marks see where a link really goes; once when label and target are the same.
    { selector: 'a', options: { linkBrackets: ['[', ']'], hideLinkHrefIfSameAsText: true, noAnchorUrl: true, ignoreHref: false } },
    // Images are remote trackers or decoration; their links still show through the a selector.
    { selector: 'img', format: 'skip' },
    // Cells apart in columns, headers as written.
    { selector: 'table', format: 'dataTable', options: { colSpacing: 3, maxColumnWidth: 120, uppercaseHeaderCells: false } },
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((selector) => ({ selector, options: { uppercase: false } })),
    ...(['head', 'script', 'style', 'noscript', 'template'] as const).map((selector) => ({ selector, format: 'skip' })),
  ],
};

/**
 * Plain text of an HTML part: exact for what toMarkedHtml wrote; any other HTML (an HTML-only
 * mail) through html-to-text, with every entity decoded, table cells kept apart and each link's
 * target written next to its label.
 */
export function htmlToText(html: string): string {
  const desk = DESK_HTML.exec(html);
  if (desk) return decodeEntities(desk[1]!.replace(/<br>\n/g, '\n')).replace(/\n+$/, '').replace(/^\n+/, '');
  return convert(html, MAIL_TO_TEXT).replace(/\n{3,}/g, '\n\n').trim();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return text.replace(/&(amp|lt|gt|quot);/g, (_whole, entity: string) => named[entity]!);
}

/**
 * The files of a message as lines of text under it: name, type and size, nothing else. The desk
 * never fetches or opens an attachment, so an HTML, SVG or script file cannot run in it; the agent
 * opens a file in RT when needed. Names are the sender's words: control characters are removed.
 */
export function attachmentLines(files: ReadonlyArray<{ name: string; type: string; size: number | null }>): string {
  return files
    .map((f) => {
      const name = f.name.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ').trim().slice(0, 200) || 'unnamed';
      const type = f.type.replace(/[^\w.+/-]/g, '').slice(0, 100) || 'unknown type';
      return `📎 ${name} (${type}, ${formatSize(f.size)})`;
    })
    .join('\n');
}

function formatSize(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return 'size unknown';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
