import { describe, expect, it } from 'vitest';
import { accountMacroFacts } from '../../../main/services/domain/account-macro-facts';
import { macroContext, renderMacroFor } from '../../../main/services/domain/macro-context';
import { renderMacro } from '../../../main/services/domain/macro-rendering';
import type { Macro } from '../../../preload/contract';
import { sampleAccount } from '../back-office/account-fixture';

// Macros speak of the ticket's deposit or withdrawal ({{ deposit.confirmations }}, {{ withdrawal.state }}):
// filled from the back office's record and the chain's newer count; a fact the desk does not have
// is missing, and a missing value holds the reply back as an unfilled field does.

const TICKET = { id: 'T-1', subject: 'Deposit', language: 'es' as const };
const AGENT = { name: 'Dana Ortiz' };
const deposit = sampleAccount().deposits[0]!;
const withdrawal = sampleAccount().withdrawals[0]!;
const MACRO: Macro = {
  id: 'personal.deposit-confirmations',
  title: 'Deposit confirmations',
  topic: 'deposit',
  keywords: [],
  bodies: [
    { language: 'en', body: 'Your deposit of {{ deposit.amount }} {{ deposit.asset }} has {{ deposit.confirmations }} of {{ deposit.required }} confirmations.' },
    { language: 'es', body: 'Tu depósito de {{ deposit.amount }} {{ deposit.asset }} tiene {{ deposit.confirmations }} de {{ deposit.required }} confirmaciones.' },
  ],
  requiredFields: [],
  actions: {},
  source: 'personal',
};

describe('account facts in macros', () => {
  it('the deposit the ticket is about, in the customer\'s language, with the chain\'s newer count', () => {
    const rendered = renderMacroFor(MACRO, TICKET, null, AGENT, {}, accountMacroFacts({ deposit }, 7));
    expect(rendered).toEqual({ language: 'es', text: 'Tu depósito de 250 USDT tiene 7 de 12 confirmaciones.', missing: [], error: null });
  });

  it('the back office\'s count when the chain has not been asked (or is behind)', () => {
    expect(renderMacroFor(MACRO, TICKET, null, AGENT, {}, accountMacroFacts({ deposit }, null)).text).toBe('Tu depósito de 250 USDT tiene 5 de 12 confirmaciones.');
    expect(renderMacroFor(MACRO, TICKET, null, AGENT, {}, accountMacroFacts({ deposit }, 2)).text).toContain('5 de 12');
  });

  it('no known deposit: every fact is missing, so sending waits', () => {
    const rendered = renderMacroFor(MACRO, TICKET, null, AGENT, {}, accountMacroFacts(null, null));
    expect(rendered.missing.sort()).toEqual(['deposit.amount', 'deposit.asset', 'deposit.confirmations', 'deposit.required']);
    // A withdrawal's facts do not stand in for a deposit's.
    expect(renderMacroFor(MACRO, TICKET, null, AGENT, {}, accountMacroFacts({ withdrawal }, null)).missing).toContain('deposit.confirmations');
  });

  it('withdrawal facts: state, fee, hash; a fact the record lacks (no hash yet) is missing unless the macro gives a fallback', () => {
    const facts = accountMacroFacts({ withdrawal }, null);
    const context = macroContext(TICKET, null, AGENT, {}, facts);
    expect(renderMacro('{{ withdrawal.amount }} {{ withdrawal.asset }}: {{ withdrawal.state }}, fee {{ withdrawal.fee }}', context)).toEqual({ text: '0.25 BTC: under_review, fee 0.0002', missing: [], error: null });
    expect(renderMacro('Hash {{ withdrawal.tx_hash }}', context).missing).toEqual(['withdrawal.tx_hash']);
    expect(renderMacro('Hash {{ withdrawal.tx_hash | default: "not yet" }}', context)).toMatchObject({ text: 'Hash not yet', missing: [] });
  });

  it('a value from the back office cannot break the sentence: no line breaks or direction controls', () => {
    const hostile = { ...deposit, asset: 'US\u202eDT\nX' };
    expect(renderMacro('{{ deposit.asset }}', macroContext(TICKET, null, AGENT, {}, accountMacroFacts({ deposit: hostile }, null))).text).toBe('USDT X');
  });
});
