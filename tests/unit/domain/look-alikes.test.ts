import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../main/services/domain/external-links';
import { addressesIn, domainWarningReason, segmentText, shownPart, skeleton, unicodeHost, type TextSegment } from '../../../main/services/domain/text-safety';
import { MESSAGE_DISPLAY_LIMIT, hiddenCharacters } from '../../../preload/contract/text-marks';

type Link = Extract<TextSegment, { kind: 'link' }>;
type Domain = Extract<TextSegment, { kind: 'domain' }>;
type Warned = Extract<TextSegment, { warning: string | null }>;

const links = (text: string) => segmentText(text).filter((s): s is Link => s.kind === 'link');
const domains = (text: string) => segmentText(text).filter((s): s is Domain => s.kind === 'domain');
const warned = (text: string) => segmentText(text).filter((s): s is Warned => 'warning' in s && s.warning !== null);
const codes = (text: string) => warned(text).map((s) => s.why?.code);

describe('one URL parser for the check, the host shown and the address that opens', () => {
  const tricks: Array<[string, string]> = [
    ['https://looka1ike.com\\@coinbase.com/withdraw', 'looka1ike.com'],
    ['https://evil.example\\\\@binance.com/login', 'evil.example'],
    ['https://kraken.com@evil.example/', 'evil.example'],
    ['https://binance.com:pass@evil.example/x', 'evil.example'],
    ['https:\\\\evil.example\\@kraken.com', 'evil.example'],
    ['https://evil.example\\@@coinbase.com', 'evil.example'],
    ['HTTPS://B1NANCE.COM\\@BINANCE.COM/', 'b1nance.com'],
  ];

  it.each(tricks)('%s: the host shown is the host that opens (%s), and the trick is named', (raw, host) => {
    const [link] = links(`see ${raw} now`);
    expect(link).toBeDefined();
    const opened = new URL(link!.url);
    expect(link!.host).toBe(unicodeHost(opened.hostname));
    expect(link!.host).toBe(host);
    // main's link check reads the same address the same way
    const checked = checkExternalUrl(link!.url);
    if (checked.ok) expect(new URL(checked.url).hostname).toBe(opened.hostname);
    expect(link!.why).toMatchObject({ code: 'misleading_url', host });
  });

  it('a path that merely holds an @ is no trick', () => {
    expect(links('https:/example.org/@coinbase.com')[0]).toMatchObject({ host: 'example.org', warning: null });
  });

  it('for any mix of hosts, slashes, backslashes and @, the shown host is the parsed host of the address that opens', () => {
    const piece = fc.constantFrom('coinbase.com', 'evil.example', 'b1nance.com', '\\', '/', '@', ':', '\\@', '//', '%40', '?', '#', 'a');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom('https://', 'http://', 'https:\\\\', 'https:/', 'https:'), (parts, scheme) => {
        const raw = `${scheme}${parts.join('')}`;
        for (const link of links(`x ${raw} y`)) {
          const parsed = new URL(link.url);
          expect(link.host).toBe(unicodeHost(parsed.hostname));
          expect(new URL(link.text).href).toBe(link.url);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an ordinary link carries no warning', () => {
    expect(warned('https://coinbase.com/help and https://example.org/a?b=c#d')).toEqual([]);
  });
});

describe('look-alikes compared on the skeleton of the decoded host, whatever script', () => {
  const lookalikes: Array<[string, string]> = [
    ['coinbasė.com', 'coinbase.com'], // Lithuanian ė
    ['coinbaṡe.com', 'coinbase.com'],
    ['bïnance.com', 'binance.com'],
    ['ḱraken.com', 'kraken.com'],
    ['cøinbase.com', 'coinbase.com'], // stroke: no decomposition
    ['ƀinance.com', 'binance.com'],
    ['ᴋraken.com', 'kraken.com'], // small capital
    ['кraken.com', 'kraken.com'], // Cyrillic к
    ['соinbаsе.com', 'coinbase.com'], // Cyrillic о, а, е
    ['bιnance.com', 'binance.com'], // Greek ι
    ['b1nance.com', 'binance.com'],
    ['coinbase.corn', 'coinbase.com'],
    ['login.coinbasė.com', 'coinbase.com'],
  ];

  it.each(lookalikes)('%s looks like %s, written in Unicode or in punycode', (host, domain) => {
    const ascii = new URL(`https://${host}/`).hostname;
    expect(domainWarningReason(host)).toEqual({ code: 'looks_like_domain', domain });
    expect(domainWarningReason(ascii)).toEqual({ code: 'looks_like_domain', domain });
    // and in a message, either way
    expect(links(`https://${host}/`)[0]!.why).toEqual({ code: 'looks_like_domain', domain });
    expect(links(`https://${ascii}/`)[0]!.why).toEqual({ code: 'looks_like_domain', domain });
    expect(links(`https://${ascii}/`)[0]!.host).toBe(unicodeHost(ascii));
  });

  it('the skeleton is blind to case, accents and confusables', () => {
    expect(skeleton('CoInBaSe.CoM')).toBe(skeleton('coinbase.com'));
    expect(skeleton('ċóíñḃáśé.ćőḿ')).toBe(skeleton('coinbase.com'));
  });

  it('trusts the real domains and leaves unrelated international ones alone', () => {
    for (const host of ['coinbase.com', 'www.binance.com', 'api.kraken.com', 'münchen.de', 'bücher.example', 'example.org']) expect(domainWarningReason(host), host).toBeNull();
    // the same international domain typed in punycode hides its letters: said so
    expect(domainWarningReason('xn--mnchen-3ya.de')).toEqual({ code: 'punycode' });
  });
});

describe('domains and e-mail addresses written without a scheme', () => {
  it.each([
    ['Go to c0inbase.com/withdraw today', 'c0inbase.com', 'looks_like_domain'],
    ['Write to security@coinbasė.com at once', 'coinbasė.com', 'looks_like_domain'],
    ['Verify at www.binance.com.verify-now.top/login', 'www.binance.com.verify-now.top', 'borrows_name'],
    ['Mail support@kraken-help.io', 'kraken-help.io', 'borrows_name'],
    ['Visit ᴋraken.com.', 'ᴋraken.com', 'looks_like_domain'],
    ['Open b\u0456nance-support.net', 'b\u0456nance-support.net', 'mixed_scripts'],
  ])('%s', (text, host, code) => {
    const [domain] = domains(text);
    expect(domain).toMatchObject({ text: host, why: { code } });
    expect(segmentText(text).map((s) => s.text).join('')).toBe(text);
  });

  it('leaves file names, numbers, versions and the real domains as text', () => {
    for (const text of ['see README.md and wallet.dat', 'sent 0.5 BTC, fee 1.25', 'app v2.3.1 on 10.0.0.1', 'mail support@coinbase.com or visit kraken.com', 'e.g. this']) {
      expect(segmentText(text), text).toEqual([{ kind: 'text', text }]);
    }
  });
});

describe('every URL of a run is examined, and a link text naming another host is said', () => {
  it.each([
    ['[coinbase.com](https://evil.example/login)', 'coinbase.com', 'evil.example'],
    ['[https://binance.com/login](https://b1nance.com/login)', 'binance.com', 'b1nance.com'],
    ['[Official: www.kraken.com](https://kraken.com.evil.example)', 'www.kraken.com', 'kraken.com.evil.example'],
    ['<a href="https://evil.example/x">coinbase.com</a>', 'coinbase.com', 'evil.example'],
    ['[support@coinbase.com](https://evil.example)', 'coinbase.com', 'evil.example'],
    ['[kraken.com](evil-site.io)', 'kraken.com', 'evil-site.io'],
    // an HTML link converted to text: the label, then its target in brackets
    ['Log in at binance.com [https://b1nance-login.io/x] now', 'binance.com', 'b1nance-login.io'],
    ['https://www.coinbase.com [https://coinbase.com.evil.io/]', 'www.coinbase.com', 'coinbase.com.evil.io'],
  ])('%s', (text, shown, host) => {
    const target = warned(text).find((s) => s.why?.code === 'text_names_other_host');
    expect(target?.why).toEqual({ code: 'text_names_other_host', shown, host });
  });

  it('examines each address glued to another', () => {
    expect(links('https://coinbase.com,https://c0inbase.com').map((l) => l.host)).toEqual(['coinbase.com', 'c0inbase.com']);
    expect(links('(https://coinbase.com)(https://b1nance.com)').map((l) => l.host)).toEqual(['coinbase.com', 'b1nance.com']);
    expect(links('https://kraken.comhttps://krakėn.com').map((l) => l.host)).toEqual(['kraken.com', 'krakėn.com']);
    expect(codes('[a](https://coinbase.com)[b](https://c0inbase.com)')).toContain('looks_like_domain');
  });

  it('an address carried inside another (a redirect) is examined too', () => {
    expect(links('https://example.org/out?to=https%3A%2F%2Fc0inbase.com%2Flogin')[0]!.why).toEqual({ code: 'carries_url', host: 'c0inbase.com', why: { code: 'looks_like_domain', domain: 'coinbase.com' } });
    expect(links('https://web.example/2024/https://bïnance.com/')[0]!.why).toMatchObject({ code: 'carries_url', host: 'bïnance.com' });
  });

  it('says nothing when the text names the same site, or no site', () => {
    expect(warned('[www.coinbase.com](https://help.coinbase.com/x) [Click here](https://example.org/)')).toEqual([]);
    expect(warned('coinbase.com [https://www.coinbase.com/help] and Click here [https://example.org/]')).toEqual([]);
  });
});

describe('long messages: the part shown is always annotated', () => {
  it.each([150_000, 1_000_000])('a look-alike before %i characters of padding is still flagged', (padding) => {
    const text = `Withdraw at https://c0inbase.com/w or security@bïnance.com ${'x'.repeat(padding)}`;
    expect(codes(text)).toEqual(['looks_like_domain', 'looks_like_domain']);
  });

  it('segments cover exactly the shown part, never half a surrogate pair', () => {
    const text = `${'a'.repeat(MESSAGE_DISPLAY_LIMIT - 1)}😀 https://c0inbase.com`;
    const segments = segmentText(text);
    expect(segments.map((s) => s.text).join('')).toBe(shownPart(text));
    expect(shownPart(text)).toHaveLength(MESSAGE_DISPLAY_LIMIT - 1);
  });

  it('padding made of spaces or hidden characters does not switch the warnings off', () => {
    const text = `${'\u200B'.repeat(5_000)} https://c0inbase.com ${' '.repeat(200_000)}`;
    expect(codes(text)).toEqual(['looks_like_domain']);
    expect(segmentText(text).filter((s) => s.kind === 'hidden')).toHaveLength(5_000);
  });

  it('shapes built to make the check slow stay well under a second each', () => {
    const shapes = ['<a href=x '.repeat(2000), '<a href="https://x.io">'.repeat(900), Array.from({ length: 2500 }, (_, i) => `h${i}.com`).join(' '), '[coinbase.com](evil.io) '.repeat(800), 'https://'.repeat(2500), `https://a.io/${'('.repeat(19_000)}`, '\u00AD'.repeat(20_000)];
    for (const text of shapes) {
      const started = performance.now();
      segmentText(text);
      expect(performance.now() - started, text.slice(0, 30)).toBeLessThan(1_500);
    }
  });

  it('addresses of huge messages are compared as shown', () => {
    expect(addressesIn([`0x52908400098527886E0F7030069857D2E4169EE7 ${'y'.repeat(500_000)}`])).toEqual(['0x52908400098527886E0F7030069857D2E4169EE7']);
  });
});

describe('every default-ignorable and bidi control character is marked', () => {
  const HIDDEN = ['\u00AD', '\u2063', '\u200F', '\u200E', '\u061C', '\u180E', '\u034F', '\u3164', '\u2061', '\u2064', '\uFE00', '\u{E0041}', '\u{E0001}', '\u202E', '\u2066', '\u17B4', '\u{1D173}'];

  it.each(HIDDEN.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))('%s in text, in an address, in a hash, in a host and in a link', (_, c) => {
    const text = `pay${c}now to 0x5290840009852788${c}6E0F7030069857D2E4169EE7, tx 0x${'ab'.repeat(16)}${c}${'cd'.repeat(16)}, at coin${c}base.com or https://kraken.com/w${c}ithdraw`;
    const segments = segmentText(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // each occurrence is either a mark of its own or inside a link or domain, whose text the desk marks
    const marked = segments.filter((s) => s.kind === 'hidden').length;
    const inside = segments.filter((s) => s.kind === 'link' || s.kind === 'domain').reduce((n, s) => n + [...s.text.matchAll(hiddenCharacters())].length, 0);
    expect(marked + inside).toBe(5);
    expect(segments.some((s) => s.kind === 'text' && hiddenCharacters().test(s.text))).toBe(false);
  });

  it('any string: no hidden character is left in plain text', () => {
    const hidden = fc.constantFrom(...HIDDEN, '\u200B', '\u200D', '\uFEFF', '\uFE0F', '\u2069');
    const word = fc.constantFrom('coinbase', '.com', 'https://', 'a', ' ', '@', '/', '0x52908400098527886E0F7030069857D2E4169EE7', '[', '](', ')', '😀', '👩');
    fc.assert(
      fc.property(fc.array(fc.oneof(hidden, word), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const segments = segmentText(text);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const s of segments) {
          if (s.kind !== 'text') continue;
          // only the joiners and variation selectors that shape an emoji are left to draw it
          for (const m of s.text.matchAll(hiddenCharacters())) expect(['\u200D', '\uFE0F', '\uFE0E'], JSON.stringify(text)).toContain(m[0]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('emoji keep their joiners and variation selectors; elsewhere they are marked', () => {
    expect(segmentText('thanks ❤️ 👩‍💻 1️⃣')).toEqual([{ kind: 'text', text: 'thanks ❤️ 👩‍💻 1️⃣' }]);
    expect(segmentText('a\uFE0Fb c\u200Dd').filter((s) => s.kind === 'hidden').map((s) => s.text)).toEqual(['\uFE0F', '\u200D']);
  });
});
