import { describe, expect, it } from 'vitest';
import { addressLookalike, addressesIn, domainWarning, segmentText } from '../../../main/services/domain/text-safety';

describe('look-alike domains', () => {
  it('trusts the exchange’s own domains and their subdomains', () => {
    expect(domainWarning('binance.com')).toBeNull();
    expect(domainWarning('www.binance.com')).toBeNull();
    expect(domainWarning('example.org')).toBeNull();
  });

  it('flags homoglyphs, mixed scripts, punycode and borrowed names', () => {
    expect(domainWarning('bіnance.com')).toMatch(/mixes alphabets|looks like binance.com/); // Cyrillic і
    expect(domainWarning('xn--mnchen-3ya.de')).toMatch(/punycode/); // münchen.de, its letters hidden
    expect(domainWarning('xn--bnance-3ve.com')).not.toBeNull(); // bΩnance.com
    expect(domainWarning('binance.com.account-verify.top')).toMatch(/uses the name "binance"/);
    expect(domainWarning('b1nance.com')).toMatch(/looks like binance.com/);
    expect(domainWarning('coinbase-support.help')).toMatch(/uses the name "coinbase"/);
  });
});

describe('wallet address poisoning', () => {
  const real = '0x52908400098527886E0F7030069857D2E4169EE7';
  it('flags an address that starts and ends like another one, or differs by one character', () => {
    expect(addressLookalike('0x529084aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa9EE7', [real])).toMatch(/looks like 0x529084/);
    expect(addressLookalike('0x52908400098527886E0F7030069857D2E4169EE8', [real])).toMatch(/./);
    expect(addressLookalike(real, [real])).toBeNull();
    expect(addressLookalike('0x1111111111111111111111111111111111111111', [real])).toBeNull();
  });

  it('finds addresses of every common chain', () => {
    expect(addressesIn([`send to ${real} or bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh or TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE`])).toHaveLength(3);
  });
});

describe('segmenting a message', () => {
  it('marks links with their real host and warning, addresses, and hidden characters', () => {
    const segments = segmentText('Login at https://bіnance.com/verify now.\u200B Send to 0x52908400098527886E0F7030069857D2E4169EE8', {
      addresses: ['0x52908400098527886E0F7030069857D2E4169EE7'],
    });
    expect(segments.map((s) => s.kind)).toEqual(['text', 'link', 'text', 'hidden', 'text', 'address']);
    const link = segments[1] as Extract<(typeof segments)[number], { kind: 'link' }>;
    // What opens is what the URL parser reads; the host is shown with its letters.
    expect(link.url).toBe(new URL('https://bіnance.com/verify').href);
    expect(link.host).toBe('bіnance.com');
    expect(link.warning).not.toBeNull();
    expect(segments.find((s) => s.kind === 'hidden')).toMatchObject({ name: 'zero-width space' });
    expect(segments.at(-1)).toMatchObject({ kind: 'address', warning: expect.stringMatching(/one character/) });
    expect(segments.map((s) => s.text).join('')).toBe('Login at https://bіnance.com/verify now.\u200B Send to 0x52908400098527886E0F7030069857D2E4169EE8');
  });

  it('leaves ordinary text alone', () => {
    expect(segmentText('Thanks, the deposit arrived.')).toEqual([{ kind: 'text', text: 'Thanks, the deposit arrived.' }]);
  });
});
