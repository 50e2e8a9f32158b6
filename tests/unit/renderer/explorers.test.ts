import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPLORERS, explorerUrl } from '../../../renderer/src/lib/explorers';
import { explorerTemplateProblem } from '../../../preload/rules/explorer-template';

// The account panel's explorer links: the exchange's explorer for a network when set, page by
// page, else the default; the defaults pass the same rule as what an agent types.

describe('explorer links', () => {
  it('every default page passes the settings rule', () => {
    for (const [network, pages] of Object.entries(DEFAULT_EXPLORERS)) {
      expect(explorerTemplateProblem(pages.tx, 'tx'), `${network} tx`).toBeNull();
      expect(explorerTemplateProblem(pages.address, 'address'), `${network} address`).toBeNull();
    }
  });

  it('the exchange\'s explorer replaces the default for its page only; an unusable one gives no link', () => {
    const configured = { ethereum: { tx: 'https://eth.example.com/transaction/{hash}', address: null } };
    expect(explorerUrl('ethereum', 'tx', '0xabc', configured)).toBe('https://eth.example.com/transaction/0xabc');
    expect(explorerUrl('ethereum', 'address', '0xdef', configured)).toBe('https://etherscan.io/address/0xdef');
    expect(explorerUrl('bsc', 'tx', '0xabc', configured)).toBe('https://bscscan.com/tx/0xabc');
    expect(explorerUrl('ethereum', 'tx', '0xabc', { ethereum: { tx: 'http://eth.example.com/{hash}', address: null } })).toBeNull();
    expect(explorerUrl('nowhere', 'tx', '0xabc', configured)).toBeNull();
  });
});
