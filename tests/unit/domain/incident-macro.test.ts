import { describe, expect, it } from 'vitest';
import { KNOWN_TOPICS, type Macro } from '../../../preload/contract';
import { suggestIncidentMacro } from '../../../main/services/domain/incident-macro';
import { loadStarterLibrary } from '../../../main/services/domain/starter-library';

const macro = (overrides: Partial<Macro> & { id: string }): Macro => ({
  title: overrides.id,
  topic: 'withdrawal',
  keywords: [],
  bodies: [{ language: 'en', body: 'Hello' }],
  requiredFields: [],
  actions: {},
  source: 'shared',
  ...overrides,
});

describe('the incident macro of a topic', () => {
  const library = loadStarterLibrary();

  it('picks the starter library’s macro for each topic it covers', () => {
    expect(suggestIncidentMacro(library, 'market_incident')?.id).toBe('starter.market-incident-notice');
    expect(suggestIncidentMacro(library, 'withdrawal')?.id).toBe('starter.withdrawal-delayed');
    // The security holding reply goes only with an escalation, never to a whole group.
    expect(suggestIncidentMacro(library, 'account_compromise')).toBeNull();
    // Two KYC macros: the one that needs no per-customer value goes to a whole group.
    expect(suggestIncidentMacro(library, 'kyc')?.id).toBe('starter.kyc-onboarding');
    for (const topic of KNOWN_TOPICS.filter((t) => t !== 'account_compromise')) expect(suggestIncidentMacro(library, topic)?.topic, topic).toBe(topic);
  });

  it('never a macro made of one account\'s facts: each ticket\'s would differ', () => {
    // The starter library's deposit macros: the one awaiting confirmations needs no field but speaks of one deposit.
    expect(suggestIncidentMacro(library, 'deposit')?.id).toBe('starter.deposit-not-credited');
    const facts = macro({ id: 'a.facts', title: 'Withdrawal state', bodies: [{ language: 'en', body: 'Status: {{ withdrawal.state }}' }] });
    expect(suggestIncidentMacro([facts], 'withdrawal')).toBeNull();
    expect(suggestIncidentMacro([facts, macro({ id: 'z.plain', title: 'Withdrawal late' })], 'withdrawal')?.id).toBe('z.plain');
  });

  it('prefers a notice over an answer to one case, then fewer fill-in fields, then more languages', () => {
    const answer = macro({ id: 'a.answer', title: 'Withdrawal delayed', bodies: ['en', 'es', 'ru', 'lt', 'de'].map((language) => ({ language: language as Macro['bodies'][number]['language'], body: 'x' })) });
    const notice = macro({ id: 'z.notice', title: 'Withdrawals paused', keywords: ['outage'] });
    const withField = macro({ id: 'b.field', title: 'Withdrawal stuck', requiredFields: [{ key: 'tx_hash', label: 'TxID' }], bodies: answer.bodies });
    const fewerLanguages = macro({ id: 'c.short', title: 'Withdrawal late' });
    expect(suggestIncidentMacro([answer, withField, fewerLanguages, notice], 'withdrawal')?.id).toBe('z.notice');
    expect(suggestIncidentMacro([withField, fewerLanguages, answer], 'withdrawal')?.id).toBe('a.answer');
    expect(suggestIncidentMacro([withField, fewerLanguages], 'withdrawal')?.id).toBe('c.short');
    expect(suggestIncidentMacro([withField], 'withdrawal')?.id).toBe('b.field');
  });

  it('gives the same answer whatever order the library comes in', () => {
    const twins = [macro({ id: 'm.2', title: 'Incident B' }), macro({ id: 'm.1', title: 'Incident A' })];
    expect(suggestIncidentMacro(twins, 'withdrawal')?.id).toBe('m.1');
    expect(suggestIncidentMacro([...twins].reverse(), 'withdrawal')?.id).toBe('m.1');
  });

  it('never suggests a personal macro, a macro of another topic, or one without a body', () => {
    const personal = macro({ id: 'personal-1', title: 'My incident notice', source: 'personal' });
    const empty = macro({ id: 'shared.empty', title: 'Incident notice', bodies: [] });
    const other = macro({ id: 'shared.fees', title: 'Fee notice', topic: 'fees' });
    expect(suggestIncidentMacro([personal, empty, other], 'withdrawal')).toBeNull();
    expect(suggestIncidentMacro([], 'withdrawal')).toBeNull();
  });
});
