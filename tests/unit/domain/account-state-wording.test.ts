import { describe, expect, it } from 'vitest';
import { accountMacroFacts } from '../../../main/services/domain/account-macro-facts';
import { accountFactsInLanguage, DEPOSIT_STATE_WORDING, WITHDRAWAL_STATE_WORDING } from '../../../main/services/domain/account-state-wording';
import { renderMacroFor } from '../../../main/services/domain/macro-context';
import { DEPOSIT_STATES, LANGUAGES, WITHDRAWAL_STATES, type Macro } from '../../../preload/contract';
import { sampleAccount } from '../back-office/account-fixture';

// {{ deposit.state }} and {{ withdrawal.state }} reach the customer in their language, never as
// the back office's enum value: every state has a wording in every customer language.

const deposit = sampleAccount().deposits[0]!;
const withdrawal = sampleAccount().withdrawals[0]!;

describe('account states in the customer\'s language', () => {
  it.each(LANGUAGES)('%s: a wording for every deposit and withdrawal state, never an enum value or a copy of English', (language) => {
    for (const [table, states] of [[DEPOSIT_STATE_WORDING, DEPOSIT_STATES], [WITHDRAWAL_STATE_WORDING, WITHDRAWAL_STATES]] as const) {
      const words = table[language] as Readonly<Record<string, string>> | undefined;
      expect(words, `${language} has no wording table`).toBeDefined();
      for (const state of states) {
        const text = words?.[state];
        expect(text?.trim(), `${language}: ${state} has no wording`).toBeTruthy();
        // An enum value (under_review) is never a wording; English may say a plain one as it is (failed).
        expect(text, `${language}: ${state} is the raw value`).not.toMatch(/_/);
        if (state.includes('_') || language !== 'en') expect(text, `${language}: ${state} is the raw value`).not.toBe(state);
        expect(text, `${language}: ${state} has a line break or a placeholder`).not.toMatch(/[\n{}]/);
        if (language !== 'en') expect(text, `${language}: ${state} is the English wording`).not.toBe((table.en as Readonly<Record<string, string>>)[state]);
      }
      // Two states worded alike would tell the customer nothing.
      const worded = states.map((s) => words?.[s]);
      expect(new Set(worded).size, `${language}: two states share a wording`).toBe(states.length);
    }
  });

  it('a macro body in Spanish says the withdrawal\'s state in Spanish; the English fallback body in English', () => {
    const macro: Macro = {
      id: 'personal.withdrawal-state',
      title: 'State',
      topic: 'withdrawal',
      keywords: [],
      bodies: [
        { language: 'en', body: 'Status: {{ withdrawal.state }}.' },
        { language: 'es', body: 'Estado: {{ withdrawal.state }}.' },
      ],
      requiredFields: [],
      actions: {},
      source: 'personal',
    };
    const facts = accountMacroFacts({ withdrawal }, null);
    expect(renderMacroFor(macro, { id: 'T-1', subject: '', language: 'es' }, null, { name: 'Dana' }, {}, facts).text).toBe('Estado: en revisión por nuestro equipo.');
    // No German body: the English one goes, with the state in English to match it.
    expect(renderMacroFor(macro, { id: 'T-1', subject: '', language: 'de' }, null, { name: 'Dana' }, {}, facts).text).toBe('Status: under review by our team.');
  });

  it('the deposit\'s state is worded; other facts and an unknown state pass through untouched', () => {
    const worded = accountFactsInLanguage(accountMacroFacts({ deposit }, 7), 'ru');
    expect(worded.deposit).toMatchObject({ state: 'ожидает зачисления', confirmations: '7', asset: 'USDT' });
    expect(accountFactsInLanguage({ withdrawal: { state: 'frozen_by_api' } }, 'ru')).toEqual({ withdrawal: { state: 'frozen_by_api' } });
    expect(accountFactsInLanguage({}, 'ja')).toEqual({});
  });
});
