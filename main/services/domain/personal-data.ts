import type { PersonalField } from '../../../preload/contract/privacy-types';
import { HIDDEN_CHARACTER_CLASS } from '../../../preload/contract/text-marks';

/**
 * Customer data an agent sees masked unless they reveal it: where it stands in a text and what it
 * becomes (`m•••••@gmail.com`). Pure rules, no I/O. Wallet addresses and transaction hashes are
 * not personal data here (agents need them whole) and are never touched, and neither is the host
 * of a link (a phishing address must stay readable for the look-alike checks).
 */

export const MASK = '•••••';

const HIDDEN = HIDDEN_CHARACTER_CLASS;
/** One character of an e-mail's local part; it may be invisible (`ana\u200B@…`): that is part of what is masked. */
const LOCAL_CHAR = new RegExp(`^(?:[\\p{L}\\p{N}\\p{M}._%+'\\-]|${HIDDEN})$`, 'u');
/** An e-mail's domain, read forwards from just after its @. */
const EMAIL_DOMAIN = /[\p{L}\p{N}\p{M}\-]+(?:\.[\p{L}\p{N}\p{M}\-]+)*/uy;
/** International numbers (a leading +) or the 3-3-4 national form; a date or an amount is neither. */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+\d[\d \-().]{6,20}\d|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?![\p{L}\p{N}])/gu;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\p{L}\\p{N}.])${OCTET}(?:\\.${OCTET}){3}(?![\\p{N}]|\\.\\d)`, 'gu');
/** Full IPv6, or a compressed one with `::`; a clock time (12:30:45) is neither. */
const IPV6 = /(?<![\p{L}\p{N}:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})(?![\p{L}\p{N}:])/giu;
/** A document number said as such ("passport X1234567", "DNI: 12345678Z", "паспорт 4510 123456"). */
const DOCUMENT_WORDS = String.raw`passport|id card|identity card|national id|driver'?s licen[cs]e|document|doc|pasaporte|dni|nie|documento|passaporte|cpf|паспорт|документ|pasas|asmens kodas|personalausweis|ausweis|reisepass|pasaport|kimlik|carte d'identité|passeport`;
const DOCUMENT_WORD = String.raw`(?<![\p{L}\p{N}])(?:${DOCUMENT_WORDS})(?![\p{L}\p{N}])`;
/**
 * The word, then the number (group `value`). The optional parts between are lazy, so the number
 * is the leftmost run after the word that reads as one ("passport no X1" takes "no X1", as a
 * look-behind would): read forwards, the pattern is tried only where a document word starts.
 */
const DOCUMENT = new RegExp(
  String.raw`${DOCUMENT_WORD}[^\S\n]*?(?:no\.?|number|nr\.?|num\.?|#|№|n°|número|номер|numeris|nummer)??[^\S\n]*?[:#]??[^\S\n]*?(?<value>[A-Z0-9][A-Z0-9 \-]{3,18}[A-Z0-9])(?![\p{L}\p{N}])`,
  'giud',
);
const STREET_WORDS_AFTER = String.raw`street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|lane|ln\.|drive|dr\.|court|place|square|straße|strasse|str\.|gatvė|g\.|pr\.|prospektas`;
const STREET_WORDS_BEFORE = String.raw`calle|c/|avenida|av\.|rua|rue|via|ulica|ul\.|улица|ул\.|проспект|пр\.|sokak|cadde|caddesi`;
/** "12 Baker Street", "Gedimino pr. 9", "calle Mayor 5", "ул. Ленина, д. 5": a number beside a street word. */
const POSTAL_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,5}[a-z]?,?\s+(?:[\p{Lu}][\p{L}'’.\-]*\s+){1,4}(?:${STREET_WORDS_AFTER})(?![\p{L}])|(?:${STREET_WORDS_BEFORE})\s+(?:[\p{L}'’.\-]+\s+){0,3}?[\p{L}'’.\-]+,?\s+(?:д\.\s*)?\d{1,5}[a-z]?(?![\p{L}\p{N}])|(?:[\p{Lu}][\p{L}'’\-]*\s+){1,3}(?:${STREET_WORDS_AFTER})\s*\d{1,5}[a-z]?(?![\p{L}\p{N}]))`,
  'giu',
);
/** What must stay whole: wallet addresses, transaction hashes and the authority of a link. */
const KEEP_WHOLE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // Every address and hash here is a run of 25+ ASCII letters and digits: a text without one is not searched.
  [/\b(?:0x[0-9a-fA-F]{40,64}|[0-9a-fA-F]{64}|bc1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})\b/g, /[0-9A-Za-z]{25}/],
  [/https?:[/\\]{2}[^/?#\s<>"'`]*/giu, /:[/\\]{2}/],
];

const DIGIT = /[0-9]/;
/**
 * Each pattern with a cheap test every find of it passes: a text failing it is not searched with
 * the pattern. Search masks every hit on each keystroke, and the document and address patterns,
 * tried from every position, cost more than all the others together; their tests ask for the
 * word standing alone (Polish "nie" still runs the document pattern, "true" no longer the address's).
 */
const PATTERNS: ReadonlyArray<readonly [Exclude<PersonalField, 'email'>, RegExp, (text: string) => boolean]> = [
  ['document', DOCUMENT, bothPass(new RegExp(`(?:${DOCUMENT_WORDS})`, 'iu'), new RegExp(DOCUMENT_WORD, 'iu'))],
  [
    'address',
    POSTAL_ADDRESS,
    bothPass(new RegExp(`(?:${STREET_WORDS_AFTER}|${STREET_WORDS_BEFORE})`, 'iu'), new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${STREET_WORDS_AFTER})(?![\p{L}])|(?:${STREET_WORDS_BEFORE})\s)`, 'iu')),
  ],
  ['ip', IPV4, (text) => DIGIT.test(text)],
  // An IPv6 address may be all hex letters ("dead:beef::1" has a digit, "fe::ab" none).
  ['ip', IPV6, (text) => text.includes(':')],
  ['phone', PHONE, (text) => DIGIT.test(text)],
];

/** The word anywhere (a quick scan), then standing alone (look-behinds cost on every position, so only where the first passed). */
function bothPass(anywhere: RegExp, alone: RegExp): (text: string) => boolean {
  return (text) => anywhere.test(text) && alone.test(text);
}

export interface PersonalSpan {
  field: PersonalField;
  start: number;
  end: number;
}

function keptRanges(text: string): Array<[number, number]> {
  return KEEP_WHOLE.flatMap(([re, needed]) => (needed.test(text) ? [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as [number, number]) : []));
}

/**
 * E-mail addresses, found from their @ outwards: the local part read backwards, the domain
 * forwards. The same finds as one pattern tried from every letter, at a cost that grows with the
 * text, not with the text times the length of its words.
 */
function emailsIn(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, floor))) {
    let start = at;
    while (start > floor) {
      const before = codePointBefore(text, start);
      if (!LOCAL_CHAR.test(before)) break;
      start -= before.length;
    }
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (!domain) continue;
    found.push([start, at + 1 + domain[0].length]);
    floor = at + 1 + domain[0].length;
  }
  return found;
}

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.slice(index - 1, index);
}

/** "X1234567 and my" → "X1234567": a document number ends with its last group holding a digit. */
function documentNumberOf(match: string): string {
  const groups = match.split(' ');
  let last = -1;
  groups.forEach((g, i) => {
    if (/\d/.test(g)) last = i;
  });
  return groups.slice(0, last + 1).join(' ');
}

/** Texts seen lately and what they hold: search masks the same subjects and snippets on every keystroke. */
const recent = new Map<string, readonly PersonalSpan[]>();
const RECENT_TEXTS = 4000;

/** Where personal data stands in a text, first found first; overlapping finds keep the earlier pattern's. */
export function personalDataIn(text: string): PersonalSpan[] {
  const known = recent.get(text);
  if (known) return [...known];
  const spans = findPersonalData(text);
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value as string);
  recent.set(text, spans);
  return [...spans];
}

function findPersonalData(text: string): PersonalSpan[] {
  const kept = keptRanges(text);
  const spans: PersonalSpan[] = [];
  const overlaps = (start: number, end: number, ranges: ReadonlyArray<{ start: number; end: number }> | Array<[number, number]>) =>
    (ranges as Array<[number, number] | { start: number; end: number }>).some((r) => (Array.isArray(r) ? start < r[1] && end > r[0] : start < r.end && end > r.start));
  for (const [start, end] of emailsIn(text)) if (!overlaps(start, end, kept)) spans.push({ field: 'email', start, end });
  for (const [field, re, needed] of PATTERNS) {
    if (!needed(text)) continue;
    for (const m of text.matchAll(re)) {
      const from = field === 'document' ? m.indices!.groups!['value']![0] : m.index;
      const value = field === 'document' ? documentNumberOf(m.groups!['value']!) : m[0];
      const start = from;
      const end = start + value.length;
      if (field === 'phone' && value.replace(/\D/g, '').length < 9) continue;
      if (field === 'document' && value.replace(/\D/g, '').length < 3) continue;
      if (overlaps(start, end, kept) || overlaps(start, end, spans)) continue;
      spans.push({ field, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const HIDDEN_ALL = new RegExp(HIDDEN, 'gu');

/** `maria@gmail.com` → `m•••••@gmail.com`: the first visible letter and the domain stay (the domain is checked for look-alikes). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return MASK;
  const first = [...email.slice(0, at).replace(HIDDEN_ALL, '')][0] ?? '';
  return `${first}${MASK}${email.slice(at)}`;
}

/** The last two digits stay, so an agent can match "the number ending 42" with the customer. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${phone.trim().startsWith('+') ? '+' : ''}${MASK}${digits.slice(-2)}`;
}

/** The first part stays (the region of the network), the host is hidden. */
export function maskIp(ip: string): string {
  return ip.includes(':') ? `${ip.split(':')[0]}:${MASK}` : `${ip.split('.')[0]}.${MASK}`;
}

export function maskDocumentNumber(value: string): string {
  const plain = value.replace(/[\s-]/g, '');
  return `${MASK}${plain.slice(-2)}`;
}

/** `Ana María García` → `A••• M••• G•••` (screen-share mode). */
export function maskName(name: string): string {
  return name
    .split(/(\s+)/u)
    .map((part) => (/^\s*$/u.test(part) ? part : `${[...part.replace(HIDDEN_ALL, '')][0] ?? ''}•••`))
    .join('');
}

/** A user id keeps its prefix (`U-•••••37`), so an agent can still say which kind of id it is. */
export function maskUserId(userId: string): string {
  const prefix = /^[A-Za-z]+-/.exec(userId)?.[0] ?? '';
  return `${prefix}${MASK}${userId.replace(HIDDEN_ALL, '').slice(-2)}`;
}

/**
 * A wallet balance above the threshold (in the asset's display units) is masked; at or below it
 * it is shown. The back-office panel calls this for each balance it shows a frontline agent.
 */
export function maskBalance(amount: string, threshold: number): string {
  const value = Number(amount);
  return Number.isFinite(value) && value <= threshold ? amount : MASK;
}

export function maskValue(field: PersonalField, value: string): string {
  switch (field) {
    case 'email':
      return maskEmail(value);
    case 'phone':
      return maskPhone(value);
    case 'ip':
      return maskIp(value);
    case 'document':
      return maskDocumentNumber(value);
    case 'address':
    case 'balance':
      return MASK;
    case 'name':
      return maskName(value);
    case 'user_id':
      return maskUserId(value);
  }
}

/** A text with every personal value the agent may not see masked; `hidden(field)` says which are. */
export function maskPersonalData(text: string, hidden: (field: PersonalField) => boolean): { text: string; masked: PersonalField[] } {
  const spans = personalDataIn(text).filter((s) => hidden(s.field));
  if (spans.length === 0) return { text, masked: [] };
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + maskValue(s.field, text.slice(s.start, s.end));
    at = s.end;
  }
  return { text: out + text.slice(at), masked: [...new Set(spans.map((s) => s.field))] };
}

/** Which personal fields a text holds (for the reveal picker), without masking anything. */
export function personalFieldsIn(text: string): PersonalField[] {
  return [...new Set(personalDataIn(text).map((s) => s.field))];
}

/** Every occurrence of the given names (the customer's), masked: screen-share mode. Longest first, case as written. */
export function maskNamesIn(text: string, names: readonly string[]): string {
  const words = [...new Set(names.flatMap((n) => [n, ...n.split(/\s+/u)]).map((w) => w.trim()).filter((w) => [...w].length >= 2))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), (m) => maskName(m));
}
