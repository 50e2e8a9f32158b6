import { describe, expect, it } from 'vitest';
import { accountDiagnosis } from '../../../main/services/domain/account-diagnosis';
import { DIAGNOSIS_MACRO_IDS } from '../../../main/services/domain/diagnosis-macros';
import { usesAccountFacts } from '../../../main/services/domain/incident-macro';
import { loadStarterLibrary } from '../../../main/services/domain/starter-library';
import { sampleAccount } from '../back-office/account-fixture';

// Each diagnosis suggests the starter macro made for it: the deposit awaiting confirmations and
// the withdrawal's state in the customer's words, from the account's facts.

describe('the macro a diagnosis suggests', () => {
  const library = new Map(loadStarterLibrary().map((m) => [m.id, m]));

  it('is in the starter library, on the diagnosis\'s topic, in every language', () => {
    for (const [kind, id] of Object.entries(DIAGNOSIS_MACRO_IDS)) {
      const macro = library.get(id);
      expect(macro, `${kind}: ${id}`).toBeDefined();
      expect(macro?.topic, kind).toBe(kind.startsWith('withdrawal') || kind.startsWith('broadcast') ? 'withdrawal' : 'deposit');
      expect(macro?.bodies.length, id).toBe(17);
    }
  });

  it('uses the facts the diagnosis is about', () => {
    const body = (id: string) => library.get(id)!.bodies.find((b) => b.language === 'en')!.body;
    expect(body(DIAGNOSIS_MACRO_IDS.awaiting_confirmations!)).toMatch(/\{\{ deposit\.confirmations \}\} of the \{\{ deposit\.required \}\}/);
    expect(body(DIAGNOSIS_MACRO_IDS.withdrawal_held!)).toContain('{{ withdrawal.state }}');
    expect(body(DIAGNOSIS_MACRO_IDS.broadcast_unconfirmed!)).toContain('{{ withdrawal.confirmations }}');
    expect(usesAccountFacts(library.get(DIAGNOSIS_MACRO_IDS.credited!)!)).toBe(true);
  });

  it('comes with the diagnosis line: a deposit awaiting confirmations, a withdrawal under review', () => {
    const account = sampleAccount();
    const deposit = account.deposits[0]!;
    const withdrawal = account.withdrawals[0]!;
    const line = (subject: { depositId: string | null; withdrawalId: string | null; value: string }) => accountDiagnosis([{ kind: 'transaction', ...subject }], account, () => 12);
    expect(line({ value: deposit.txHash!, depositId: deposit.id, withdrawalId: null })).toMatchObject({ diagnosis: { kind: 'awaiting_confirmations' }, macroTopic: 'deposit', macroId: 'starter.deposit-awaiting-confirmations' });
    expect(line({ value: 'W', depositId: null, withdrawalId: withdrawal.id })).toMatchObject({ diagnosis: { kind: 'withdrawal_held' }, macroTopic: 'withdrawal', macroId: 'starter.withdrawal-status' });
  });
});
