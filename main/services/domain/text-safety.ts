/**
 * Finds what a phisher hides in plain text: links (with their real host), look-alike domains
 * (mixed scripts, homoglyphs of trusted domains, trusted names buried in other domains),
 * wallet addresses that imitate another one in the same conversation (address poisoning), and
 * invisible or direction-changing characters. Pure: the renderer only draws the result.
 */

import type { SafetyWarningReason, TextSegment } from '../../../preload/contract';

export type { SafetyWarningReason, TextSegment };

/** The exchange's own domains; links elsewhere that borrow their names are suspicious. */
export const TRUSTED_DOMAINS = ['agentdesk-exchange.com', 'binance.com', 'coinbase.com', 'kraken.com'];

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const ADDRESS_PATTERN = /\b(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})\b/g;
const HIDDEN: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
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
const HIDDEN_PATTERN = new RegExp(`[${Object.keys(HIDDEN).join('')}]`, 'gu');

/** Characters that pass for others (the common confusables), mapped to one shape each. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'i',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', τ: 't', ι: 'i', κ: 'k', χ: 'x', ı: 'i', '0': 'o', '1': 'i', l: 'i', '|': 'i',
};

/** A host's shape: both sides of a comparison go through it, so "b1nance" meets "binance". */
function skeleton(host: string): string {
  return [...host.toLowerCase().replace(/rn/g, 'm').replace(/vv/g, 'w')].map((ch) => CONFUSABLES[ch] ?? ch).join('');
}

function scripts(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    if (/\p{Script=Latin}/u.test(ch)) found.add('Latin');
    else if (/\p{Script=Cyrillic}/u.test(ch)) found.add('Cyrillic');
    else if (/\p{Script=Greek}/u.test(ch)) found.add('Greek');
  }
  return found;
}

/** Why a host may be impersonating, or null. */
export function domainWarningReason(host: string, trusted: readonly string[] = TRUSTED_DOMAINS): SafetyWarningReason | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (trusted.some((t) => h === t || h.endsWith(`.${t}`))) return null;
  if (h.startsWith('xn--') || h.includes('.xn--')) return { code: 'punycode' };
  if (scripts(h).size > 1) return { code: 'mixed_scripts' };
  const shape = skeleton(h);
  for (const t of trusted) {
    const name = t.split('.')[0]!;
    const trustedShape = skeleton(t);
    if (shape === trustedShape || shape.endsWith(`.${trustedShape}`)) return { code: 'looks_like_domain', domain: t };
    if (h.includes(name)) return { code: 'borrows_name', name, domain: t };
  }
  return null;
}

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

/** All wallet addresses in a set of texts (to compare each message's addresses with the rest). */
export function addressesIn(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.match(ADDRESS_PATTERN) ?? []))];
}

export function segmentText(text: string, context: { addresses?: readonly string[]; trusted?: readonly string[] } = {}): TextSegment[] {
  const found: Array<{ start: number; end: number; segment: TextSegment }> = [];
  for (const m of text.matchAll(URL_PATTERN)) {
    const raw = m[0].replace(/[.,;:!?)\]]+$/u, '');
    let host = '';
    try {
      host = new URL(raw).hostname;
    } catch {
      continue;
    }
    // Show the Unicode form of the host, so look-alike letters are visible, not punycode.
    found.push({ start: m.index, end: m.index + raw.length, segment: { kind: 'link', text: raw, url: raw, host, ...warned(domainWarningReason(hostFromRaw(raw) ?? host, context.trusted)) } });
  }
  for (const m of text.matchAll(ADDRESS_PATTERN)) {
    found.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'address', text: m[0], ...warned(addressLookalikeReason(m[0], context.addresses ?? [])) } });
  }
  for (const m of text.matchAll(HIDDEN_PATTERN)) {
    found.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'hidden', text: m[0], name: HIDDEN[m[0]]! } });
  }
  found.sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue; // overlaps (an address inside a URL): the outer match wins
    if (f.start > at) segments.push({ kind: 'text', text: text.slice(at, f.start) });
    segments.push(f.segment);
    at = f.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/** The host as written (URL() turns Unicode hosts into punycode, which hides the trick). */
function hostFromRaw(raw: string): string | null {
  const match = /^https?:\/\/(?:[^@/]*@)?([^/:?#]+)/iu.exec(raw);
  return match?.[1] ?? null;
}
