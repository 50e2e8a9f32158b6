/**
 * Finds what a phisher hides in plain text: links (with the host the URL parser reads, the same
 * one that opens), domains and e-mail addresses written without a scheme, look-alike hosts
 * (compared on their Unicode confusable skeleton, whatever script the letters come from), link
 * texts that name another host than the target, wallet addresses that imitate another one in
 * the same conversation (address poisoning), and invisible or direction-changing characters.
 * Pure: the renderer only draws the result. Only the part of a body that is shown is segmented,
 * and all of it always is.
 */

import punycode from 'punycode/punycode.js';
import { getDomain, parse as parseHost } from 'tldts';
import unhomoglyph from 'unhomoglyph';
import type { DomainWarningReason, SafetyWarningReason, TextSegment } from '../../../preload/contract';
import { HIDDEN_CHARACTER_CLASS, MESSAGE_DISPLAY_LIMIT, codePointLabel, hiddenCharacters } from '../../../preload/contract/text-marks';
import { parseWebUrl } from './external-links';
import { LATIN_BASE_LETTER } from './latin-base-letters';

export type { DomainWarningReason, SafetyWarningReason, TextSegment };

/** The exchange's own domains; links elsewhere that borrow their names are suspicious. */
export const TRUSTED_DOMAINS = ['agentdesk-exchange.com', 'binance.com', 'coinbase.com', 'kraken.com'];

const ADDRESS_PATTERN = /\b(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})\b/g;

/**
 * What ends an address in text: white space, quotes, angle and square brackets. JavaScript's \s
 * would also match U+FEFF, which is invisible and which the URL parser drops from a host, so the
 * spaces are listed: an invisible character stays inside the address it hides in, and is marked.
 */
const SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const URL_STOP = new RegExp(`[${SPACE}<>"'\`\\[\\]]`, 'u');
/** Where a web address starts: the parser also takes `https:\\host`, `https:/host` and `https:host`. */
const URL_START = /https?:/giu;
const SCHEME_WITH_SLASHES = /^https?:[/\\]{2}/iu;
/** Before these, a second scheme is part of the first address (a redirect parameter, an archived page), not a new one. */
const INSIDE_ADDRESS = /[=/?&#:%]/u;
const TRAILING_PUNCTUATION = /[.,;:!?*~]/u;

/** A host written without a scheme: labels of letters, digits, marks and invisible characters, with at least one dot. */
const HOST_CHARS = '\\p{L}\\p{N}\\p{M}\\p{Default_Ignorable_Code_Point}_\\-';
const HOST_TOKEN = new RegExp(`(?<![${HOST_CHARS}.。．｡])[${HOST_CHARS}]+(?:[.。．｡][${HOST_CHARS}]+)+`, 'gu');
const HIDDEN_ONE = new RegExp(HIDDEN_CHARACTER_CLASS, 'u');

/** [text](target): the target begins where the match ends. */
const MARKDOWN_LINK = /\[([^[\]\n]{1,1000})\]\([ \t]*<?/gu;
/** <a href="target">text</a>, with the text free of further tags: found by hand, in one pass, so no pattern can backtrack. */
const HTML_ANCHOR_START = /<a\b/giu;
const HREF = /\bhref[ \t]*=[ \t]*["']?([^"'\s>]+)/iu;

function htmlLinks(text: string): Array<{ label: string; targetAt: number }> {
  const out: Array<{ label: string; targetAt: number }> = [];
  for (const m of text.matchAll(HTML_ANCHOR_START)) {
    const close = text.indexOf('>', m.index);
    if (close === -1 || close - m.index > 2000) continue;
    const href = HREF.exec(text.slice(m.index, close));
    if (!href) continue;
    const end = text.indexOf('<', close + 1);
    if (end === -1 || end - close > 1000 || !/^<\/a[ \t]*>/iu.test(text.slice(end, end + 8))) continue;
    out.push({ label: text.slice(close + 1, end), targetAt: m.index + href.index + href[0].length - href[1]!.length });
  }
  return out;
}

/** English names of the hidden characters (for logs and tests; the interface names them itself). */
const HIDDEN_NAMES: Readonly<Record<string, string>> = {
  '\u00AD': 'soft hyphen',
  '\u034F': 'combining grapheme joiner',
  '\u061C': 'Arabic letter mark',
  '\u115F': 'Hangul filler',
  '\u1160': 'Hangul filler',
  '\u3164': 'Hangul filler',
  '\uFFA0': 'Hangul filler',
  '\u180E': 'Mongolian vowel separator',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u2060': 'word joiner',
  '\u2061': 'function application',
  '\u2062': 'invisible times',
  '\u2063': 'invisible separator',
  '\u2064': 'invisible plus',
  '\uFEFF': 'zero-width no-break space',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

/** The English name of a hidden character: its own, or its kind with the code point. */
export function hiddenCharacterEnglishName(char: string): string {
  const named = HIDDEN_NAMES[char];
  if (named !== undefined) return named;
  const cp = char.codePointAt(0) ?? 0;
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return `variation selector ${codePointLabel(char)}`;
  if (cp >= 0xe0000 && cp <= 0xe007f) return `tag character ${codePointLabel(char)}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `control character ${codePointLabel(char)}`;
  return `invisible character ${codePointLabel(char)}`;
}

// ── Hosts ────────────────────────────────────────────────────────────────────────────────────

/** A host as the agent should read it: punycode labels decoded to their letters (pure, so both sides could run it). */
export function unicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!/^xn--/iu.test(label)) return label;
      try {
        return punycode.toUnicode(label.toLowerCase());
      } catch {
        return label; // not valid punycode: shown as written
      }
    })
    .join('.');
}

const MARKS_AND_HIDDEN = new RegExp(`\\p{M}|${HIDDEN_CHARACTER_CLASS}`, 'gu');

function withoutMarks(text: string): string {
  return text.normalize('NFKD').replace(MARKS_AND_HIDDEN, '');
}

/**
 * The shape of a host (UTS #39 skeleton, made case- and accent-blind for hosts): compatibility
 * decomposition, accents and invisible characters removed, every Unicode confusable mapped to
 * its prototype (Unicode's confusables.txt), lower case, Latin letters with strokes, hooks and
 * the like read as their basic letter (latin-base-letters.ts), then the letter pairs that pass
 * for each other in lower-case host names (l and i, vv and w). Both sides of a comparison go through it, so
 * "b1nance", "bіnance" (Cyrillic і), "bínance" and "ḃinance" all meet "binance".
 */
export function skeleton(host: string): string {
  const known = SKELETONS.get(host);
  if (known !== undefined) return known;
  let shape = unhomoglyph(withoutMarks(host));
  shape = withoutMarks(unhomoglyph(withoutMarks(shape.toLowerCase()))).toLowerCase();
  shape = [...shape].map((ch) => LATIN_BASE_LETTER.get(ch) ?? ch).join('');
  shape = shape.replace(/l/gu, 'i').replace(/vv/gu, 'w');
  if (SKELETONS.size > 1000) SKELETONS.clear();
  SKELETONS.set(host, shape);
  return shape;
}

/** Skeletons already computed (the trusted names are asked for on every host). */
const SKELETONS = new Map<string, string>();

const SCRIPT_TESTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Coptic', /\p{Script=Coptic}/u],
  ['Lisu', /\p{Script=Lisu}/u],
  ['Canadian_Aboriginal', /\p{Script=Canadian_Aboriginal}/u],
  ['Tifinagh', /\p{Script=Tifinagh}/u],
];

function scripts(host: string): Set<string> {
  const found = new Set<string>();
  if (/^[\x00-\x7f]*$/u.test(host)) return found.add('Latin');
  for (const [name, test] of SCRIPT_TESTS) if (test.test(host)) found.add(name);
  return found;
}

function isTrusted(host: string, trusted: readonly string[]): boolean {
  return trusted.some((t) => host === t || host.endsWith(`.${t}`));
}

/**
 * Why a host may be impersonating, or null. `host` as the URL parser gives it (punycode) or in
 * Unicode; `written` is how the text spelled it (a host typed in punycode hides its letters).
 */
export function domainWarningReason(host: string, trusted: readonly string[] = TRUSTED_DOMAINS, written: string = host): DomainWarningReason | null {
  const h = unicodeHost(host.toLowerCase()).toLowerCase().replace(/\.$/u, '');
  if (isTrusted(h, trusted)) return null;
  const shape = skeleton(h);
  for (const t of trusted) {
    const trustedShape = skeleton(t);
    if (shape === trustedShape || shape.endsWith(`.${trustedShape}`)) return { code: 'looks_like_domain', domain: t };
  }
  if (scripts(h).size > 1) return { code: 'mixed_scripts' };
  for (const t of trusted) {
    const name = t.split('.')[0]!;
    if (h.includes(name) || shape.includes(skeleton(name))) return { code: 'borrows_name', name, domain: t };
  }
  if (/(?:^|[^\p{L}\p{N}-])xn--/iu.test(written)) return { code: 'punycode' };
  return null;
}

/** Two hosts of the same site (the same registrable domain), as far as a link text is concerned. */
function sameSite(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/u, '');
  const y = b.toLowerCase().replace(/\.$/u, '');
  if (x === y) return true;
  const dx = getDomain(x, { allowPrivateDomains: true });
  return dx !== null && dx === getDomain(y, { allowPrivateDomains: true });
}

/** The host a bare token names (`trusted-looking.com`, the part after `@`), or null when it is no domain with a known suffix. */
function hostOfToken(token: string): string | null {
  const url = parseWebUrl(`http://${token}/`);
  if (!url) return null;
  const info = parseHost(url.hostname);
  if (info.isIp || !info.isIcann) return null;
  return url.hostname;
}

// ── Addresses ────────────────────────────────────────────────────────────────────────────────

/** Two addresses that start and end alike but differ inside: the poisoning pattern. */
export function addressLookalikeReason(address: string, others: readonly string[]): SafetyWarningReason | null {
  for (const other of others) {
    if (other === address || other.length !== address.length) continue;
    const shortened = `${other.slice(0, 8)}…${other.slice(-6)}`;
    if (other.slice(0, 6).toLowerCase() === address.slice(0, 6).toLowerCase() && other.slice(-4).toLowerCase() === address.slice(-4).toLowerCase()) {
      return { code: 'looks_like_address', address: shortened };
    }
    let differences = 0;
    for (let i = 0; i < address.length && differences < 2; i++) if (address[i]!.toLowerCase() !== other[i]!.toLowerCase()) differences += 1;
    if (differences === 1) return { code: 'one_character_off', address: shortened };
  }
  return null;
}

/** The English wording (the desk's interface translates the reason itself). */
export function describeSafetyWarning(reason: SafetyWarningReason | null): string | null {
  if (reason === null) return null;
  switch (reason.code) {
    case 'punycode':
      return 'internationalised (punycode) domain';
    case 'mixed_scripts':
      return 'mixes alphabets (look-alike letters)';
    case 'looks_like_domain':
      return `looks like ${reason.domain}`;
    case 'borrows_name':
      return `uses the name "${reason.name}" but is not ${reason.domain}`;
    case 'looks_like_address':
      return `looks like ${reason.address}, another address in this conversation`;
    case 'one_character_off':
      return `differs by one character from ${reason.address}, another address in this conversation`;
    case 'text_names_other_host':
      return `the link text shows ${reason.shown}, but the link goes to ${reason.host}`;
    case 'misleading_url':
      return `written to read as ${reason.shown}, but goes to ${reason.host}`;
    case 'carries_url':
      return `carries another address, ${reason.host}: ${describeSafetyWarning(reason.why)}`;
  }
}

export function domainWarning(host: string, trusted: readonly string[] = TRUSTED_DOMAINS): string | null {
  return describeSafetyWarning(domainWarningReason(host, trusted));
}

export function addressLookalike(address: string, others: readonly string[]): string | null {
  return describeSafetyWarning(addressLookalikeReason(address, others));
}

/** A segment's warning in both forms: words for logs and tests, the reason for the interface. */
function warned(reason: SafetyWarningReason | null): { warning: string | null; why?: SafetyWarningReason } {
  return reason === null ? { warning: null } : { warning: describeSafetyWarning(reason), why: reason };
}

/** The part of a body that is shown (and so checked): the first MESSAGE_DISPLAY_LIMIT characters, never half a surrogate pair. */
export function shownPart(text: string, limit: number = MESSAGE_DISPLAY_LIMIT): string {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}

/** All wallet addresses shown in a set of texts (to compare each message's addresses with the rest). */
export function addressesIn(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => shownPart(t).match(ADDRESS_PATTERN) ?? []))];
}

// ── Links ────────────────────────────────────────────────────────────────────────────────────

/** Where the address that starts at `start` ends: at a stop character, an unmatched ")", or where a second address begins. */
function urlEnd(text: string, start: number, schemeLength: number): number {
  let depth = 0;
  let i = start + schemeLength;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (URL_STOP.test(ch)) break;
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      if (depth === 0) break;
      depth -= 1;
    } else if ((ch === 'h' || ch === 'H') && SCHEME_WITH_SLASHES.test(text.slice(i, i + 8)) && !INSIDE_ADDRESS.test(text[i - 1]!)) break;
  }
  while (i > start + schemeLength && TRAILING_PUNCTUATION.test(text[i - 1]!)) i -= 1;
  return i;
}

/** The authority as a naive reader (or another program) takes it: up to the first / ? or #, a backslash being just a character. */
function writtenAuthority(raw: string): string {
  const rest = raw.replace(/^https?:[/\\]*/iu, '');
  const end = rest.search(/[/?#]/u);
  return end === -1 ? rest : rest.slice(0, end);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL written so that its host reads as another one: a user name before `@`, or a backslash that other programs do not take for a slash. */
function misleadingReason(raw: string, url: URL): SafetyWarningReason | null {
  const authority = writtenAuthority(raw);
  const at = authority.lastIndexOf('@');
  const naive = (at === -1 ? authority : authority.slice(at + 1)).replace(/:\d*$/u, '');
  const naiveHost = parseWebUrl(`http://${naive}/`)?.hostname ?? naive.toLowerCase();
  const host = unicodeHost(url.hostname);
  if (naiveHost !== url.hostname) return { code: 'misleading_url', shown: unicodeHost(naiveHost), host };
  if (url.username || url.password) return { code: 'misleading_url', shown: safeDecode(url.password ? `${url.username}:${url.password}` : url.username), host };
  return null;
}

/** Another address carried inside this one (a redirect parameter, an archived page) whose own host is suspicious. */
function carriedReason(url: URL, trusted: readonly string[]): SafetyWarningReason | null {
  let rest = `${url.pathname}${url.search}${url.hash}`;
  for (let round = 0; round < 3; round++) {
    for (const m of rest.matchAll(/https?:[/\\]{2}[^\s"'<>&]+/giu)) {
      const inner = parseWebUrl(m[0]);
      if (!inner || inner.hostname === url.hostname) continue;
      const why = domainWarningReason(inner.hostname, trusted, writtenAuthority(m[0]));
      if (why) return { code: 'carries_url', host: unicodeHost(inner.hostname), why };
    }
    const decoded = safeDecode(rest);
    if (decoded === rest) break;
    rest = decoded;
  }
  return null;
}

interface Found {
  start: number;
  end: number;
  segment: TextSegment;
}

interface Candidate {
  start: number;
  end: number;
  /** ASCII host as the URL parser reads it. */
  hostname: string;
  /** The segment already made for it (links always; bare domains only when there is something to say). */
  found: Found | null;
}

function linkCandidates(text: string, trusted: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  let claimedTo = 0;
  for (const m of text.matchAll(URL_START)) {
    if (m.index < claimedTo) continue;
    // A scheme glued to a word is no address ("xhttps:"), unless the address before ended right there.
    if (m.index > 0 && m.index !== claimedTo && /[\p{L}\p{N}\p{M}_]/u.test(codePointBefore(text, m.index))) continue;
    const end = urlEnd(text, m.index, m[0].length);
    const raw = text.slice(m.index, end);
    const url = parseWebUrl(raw);
    if (!url || url.hostname === '') continue;
    claimedTo = end;
    const why = misleadingReason(raw, url) ?? domainWarningReason(url.hostname, trusted, writtenAuthority(raw)) ?? carriedReason(url, trusted);
    const segment: TextSegment = { kind: 'link', text: raw, url: url.href, host: unicodeHost(url.hostname), ...warned(why) };
    out.push({ start: m.index, end, hostname: url.hostname, found: { start: m.index, end, segment } });
  }
  return out;
}

function hostCandidates(text: string, trusted: readonly string[], offset = 0): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HOST_TOKEN)) {
    const token = m[0];
    const start = offset + m.index;
    const hostname = hostOfToken(token);
    if (hostname === null) {
      // An invisible character the parser refuses (a direction mark, an invisible separator): look at the pieces it separates.
      if (HIDDEN_ONE.test(token)) {
        let at = 0;
        for (const piece of token.split(hiddenCharacters())) {
          const pieceAt = token.indexOf(piece, at);
          out.push(...hostCandidates(piece, trusted, start + pieceAt));
          at = pieceAt + piece.length;
        }
      }
      continue;
    }
    const why = domainWarningReason(hostname, trusted, token);
    const end = start + token.length;
    const found = why ? { start, end, segment: { kind: 'domain' as const, text: token, host: unicodeHost(hostname), ...warned(why) } } : null;
    out.push({ start, end, hostname, found });
  }
  return out;
}

/** The hosts a link's visible text names: its addresses and bare domains. */
function hostsNamedIn(label: string): string[] {
  return [...linkCandidates(label, []), ...hostCandidates(label, [])].map((c) => c.hostname);
}

/** A link whose visible text names another site than its target gets that said, before anything else but a misleading address. */
function markLabelledLinks(text: string, candidates: ReadonlyMap<number, Candidate>): void {
  const labelled: Array<{ label: string; targetAt: number }> = [];
  for (const m of text.matchAll(MARKDOWN_LINK)) labelled.push({ label: m[1]!, targetAt: m.index + m[0].length });
  labelled.push(...htmlLinks(text));
  // "trusted.com [https://target]": an HTML link turned into text (a mail converted for the desk) names its label just before the bracket.
  const byEnd = new Map([...candidates.values()].map((c) => [c.end, c] as const));
  for (const c of candidates.values()) {
    if (text[c.start - 1] !== '[') continue;
    let end = c.start - 1;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
    const before = byEnd.get(end);
    if (before && before !== c) labelled.push({ label: text.slice(before.start, before.end), targetAt: c.start });
  }
  for (const { label, targetAt } of labelled) {
    const target = candidates.get(targetAt);
    if (!target) continue;
    const shown = hostsNamedIn(label).find((h) => !sameSite(h, target.hostname));
    if (shown === undefined) continue;
    const existing = target.found?.segment;
    if (existing && 'why' in existing && existing.why?.code === 'misleading_url') continue;
    const reason: SafetyWarningReason = { code: 'text_names_other_host', shown: unicodeHost(shown), host: unicodeHost(target.hostname) };
    if (target.found && (target.found.segment.kind === 'link' || target.found.segment.kind === 'domain')) {
      target.found.segment = { ...target.found.segment, ...warned(reason) };
    } else {
      const token = text.slice(target.start, target.end);
      target.found = { start: target.start, end: target.end, segment: { kind: 'domain', text: token, host: unicodeHost(target.hostname), ...warned(reason) } };
    }
  }
}

// ── Hidden characters ────────────────────────────────────────────────────────────────────────

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Emoji_Modifier}/u;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(index - 2, index) : text[index - 1]!;
}

/** A variation selector or joiner that belongs to an emoji (❤️, 👩‍💻, 1️⃣) is seen as the emoji it shapes: not marked in running text. */
function partOfEmoji(text: string, index: number, char: string): boolean {
  if (char !== '\uFE0F' && char !== '\uFE0E' && char !== '\u200D') return false;
  const before = codePointBefore(text, index);
  const afterCp = text.codePointAt(index + char.length);
  const after = afterCp === undefined ? '' : String.fromCodePoint(afterCp);
  if (char === '\u200D') return (PICTOGRAPHIC.test(before) || before === '\uFE0F') && PICTOGRAPHIC.test(after);
  return PICTOGRAPHIC.test(before) || after === '\u20E3';
}

// ── Segmenting ───────────────────────────────────────────────────────────────────────────────

const KIND_ORDER: Record<TextSegment['kind'], number> = { link: 0, domain: 1, address: 2, hidden: 3, text: 4 };

/**
 * Cuts the shown part of a message (see shownPart) into segments: links, suspicious bare
 * domains and e-mail domains, wallet addresses and hidden characters, with plain text between.
 */
export function segmentText(text: string, context: { addresses?: readonly string[]; trusted?: readonly string[]; limit?: number } = {}): TextSegment[] {
  const shown = shownPart(text, context.limit);
  const trusted = context.trusted ?? TRUSTED_DOMAINS;
  const links = linkCandidates(shown, trusted);
  const claimed = (start: number, end: number) => links.some((l) => start < l.end && end > l.start);
  const hosts = hostCandidates(shown, trusted).filter((c) => !claimed(c.start, c.end));
  const byStart = new Map<number, Candidate>();
  for (const c of [...links, ...hosts]) if (!byStart.has(c.start)) byStart.set(c.start, c);
  markLabelledLinks(shown, byStart);

  const found: Found[] = [...byStart.values()].flatMap((c) => (c.found ? [c.found] : []));
  for (const m of shown.matchAll(ADDRESS_PATTERN)) {
    found.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'address', text: m[0], ...warned(addressLookalikeReason(m[0], context.addresses ?? [])) } });
  }
  for (const m of shown.matchAll(hiddenCharacters())) {
    if (partOfEmoji(shown, m.index, m[0])) continue;
    found.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'hidden', text: m[0], name: hiddenCharacterEnglishName(m[0]) } });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.segment.kind] - KIND_ORDER[b.segment.kind]);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const f of found) {
    // Overlaps (an address inside a URL, an invisible character inside a link): the outer match wins,
    // and the renderer marks the invisible characters inside a link's or domain's own text.
    if (f.start < at) continue;
    if (f.start > at) segments.push({ kind: 'text', text: shown.slice(at, f.start) });
    segments.push(f.segment);
    at = f.end;
  }
  if (at < shown.length) segments.push({ kind: 'text', text: shown.slice(at) });
  return segments;
}
