import { describe, expect, it } from 'vitest';
import { channels } from '../../../preload/contract';
import { explorerLink, explorerTemplateProblem } from '../../../preload/rules/explorer-template';

// An explorer page per network, as Settings → Backend sets it: https only, the value's placeholder
// in the path, query or fragment; the contract refuses what the rule refuses.

describe('explorer templates', () => {
  it.each([
    ['https://etherscan.io/tx/{hash}', 'tx', null],
    ['https://explorer.example.com/search?q={hash}&chain=1', 'tx', null],
    ['https://tronscan.org/#/address/{address}', 'address', null],
    ['http://etherscan.io/tx/{hash}', 'tx', 'not_https'],
    ['javascript:alert({hash})', 'tx', 'not_https'],
    ['file:///etc/{hash}', 'tx', 'not_https'],
    ['https://etherscan.io/tx/', 'tx', 'no_placeholder'],
    ['https://etherscan.io/address/{hash}', 'address', 'no_placeholder'],
    ['https://etherscan.io/tx/{address}', 'tx', 'no_placeholder'],
    ['https://{hash}.example.com/', 'tx', 'invalid'],
    ['https://user:secret@etherscan.io/tx/{hash}', 'tx', 'invalid'],
    ['https://ether scan.io/tx/{hash}', 'tx', 'invalid'],
    ['etherscan.io/tx/{hash}', 'tx', 'invalid'],
    [`https://etherscan.io/tx/{hash}?${'a'.repeat(500)}`, 'tx', 'invalid'],
  ] as const)('%s as a %s page: %s', (template, page, problem) => {
    expect(explorerTemplateProblem(template, page)).toBe(problem);
  });

  it('a link encodes the value into the placeholder, and a template that fails the rule gives none', () => {
    expect(explorerLink('https://example.com/tx/{hash}?x=1', 'tx', ' 0xab/../#c ')).toBe('https://example.com/tx/0xab%2F..%2F%23c?x=1');
    expect(explorerLink('http://example.com/tx/{hash}', 'tx', '0xab')).toBeNull();
  });

  it('the contract refuses an explorer that is not https or lacks its placeholder; an empty field keeps the default', () => {
    const input = channels['accountSettings.save'].input;
    const withExplorer = (tx: string | null, address: string | null) => ({ backOffice: { url: '', token: '' }, explorers: { ethereum: { tx, address } } });
    expect(input.safeParse(withExplorer('https://etherscan.io/tx/{hash}', '  ')).data).toEqual({ backOffice: { url: '', token: '' }, explorers: { ethereum: { tx: 'https://etherscan.io/tx/{hash}', address: null } } });
    expect(input.safeParse(withExplorer('http://etherscan.io/tx/{hash}', null)).success).toBe(false);
    expect(input.safeParse(withExplorer(null, 'https://etherscan.io/address/')).success).toBe(false);
    expect(input.safeParse({ ...withExplorer(null, null), explorers: { 'Not a network': { tx: null, address: null } } }).success).toBe(false);
    expect(input.safeParse({ backOffice: { url: 'ftp://bo.example.com', token: 't' }, explorers: {} }).success).toBe(false);
    expect(input.safeParse({ backOffice: { url: 'https://bo.example.com', token: 't' }, explorers: {}, extra: 1 }).success).toBe(false);
  });
});
