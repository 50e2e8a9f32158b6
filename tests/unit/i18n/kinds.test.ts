import { afterEach, describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../preload/contract/domain-types';
import { SYNC_ACTIVITIES, type BackendTrouble, type CallRefusal, type LinkRefusal, type OutboxFailure, type ReplyNotice, type SyncProblem } from '../../../preload/contract/kinds';
import { translate, useI18nStore } from '../../../renderer/src/i18n';
import { callRefusalText, linkRefusalText, outboxFailureText, replyNoticeText, retryReasonText, syncProblemText } from '../../../renderer/src/lib/kind-wording';

// Main reports kinds, never sentences (preload/contract/kinds.ts). Every kind, with every shape of
// its parameters, is worded here in every interface language: a kind without words, a message that
// does not format, or a parameter that gets lost fails. The maps are typed by kind, so a new kind
// does not compile until it has a sample here.

type ByKind<U extends { kind: string }> = { [K in U['kind']]: Array<Extract<U, { kind: K }>> };

const TROUBLES: ByKind<BackendTrouble> = {
  unreachable: [{ kind: 'unreachable' }],
  server_error: [{ kind: 'server_error', status: 503 }],
  rate_limited: [{ kind: 'rate_limited' }],
  invalid_answer: [{ kind: 'invalid_answer' }],
  auth: [{ kind: 'auth', status: 401 }, { kind: 'auth', status: null }],
  refused: [{ kind: 'refused', status: 422, detail: 'body too long' }],
  unexpected: [{ kind: 'unexpected' }],
};
const troubles = Object.values(TROUBLES).flat() as BackendTrouble[];

const FAILURES: ByKind<OutboxFailure> = {
  ...TROUBLES,
  conflict: [
    { kind: 'conflict', ticketVersion: 7, fields: { status: 'solved' } },
    { kind: 'conflict', ticketVersion: 7, fields: { priority: 'high', assigneeId: 'agent-frontline-3', tags: ['vip'], snoozedUntil: Date.UTC(2030, 0, 2, 9) } },
    { kind: 'conflict', ticketVersion: 8, fields: { assigneeId: null, tags: [], snoozedUntil: null } },
    { kind: 'conflict', ticketVersion: null, fields: {} },
  ],
};
const SYNC: ByKind<SyncProblem> = {
  ...(Object.fromEntries(Object.entries(TROUBLES).map(([kind, samples]) => [kind, samples.flatMap((s) => SYNC_ACTIVITIES.map((during) => ({ ...s, during })))])) as unknown as ByKind<BackendTrouble & { during: (typeof SYNC_ACTIVITIES)[number] }>),
  malformed_records: [1, 2, 5, 21].map((count) => ({ kind: 'malformed_records' as const, count })),
};
const NOTICES: ByKind<ReplyNotice> = {
  status_left_unchanged: [
    { kind: 'status_left_unchanged', status: 'solved', ticketId: 'T-42' },
    { kind: 'status_left_unchanged', status: 'closed', ticketId: 'T-42' },
  ],
};
const LINKS: ByKind<LinkRefusal> = {
  not_an_address: [{ kind: 'not_an_address' }],
  scheme_never_opened: [{ kind: 'scheme_never_opened', scheme: 'javascript:' }],
  credentials_in_address: [{ kind: 'credentials_in_address' }],
  no_system_browser: [{ kind: 'no_system_browser' }],
  cancelled: [{ kind: 'cancelled' }],
};
const REFUSALS: ByKind<CallRefusal> = { unfilled_placeholder: [{ kind: 'unfilled_placeholder' }] };

/** Every sample worded by its function, with the parameters the words must keep. */
function worded(): Array<{ what: string; text: () => string; keeps: string[] }> {
  const out: Array<{ what: string; text: () => string; keeps: string[] }> = [];
  for (const f of Object.values(FAILURES).flat() as OutboxFailure[]) {
    const keeps = f.kind === 'server_error' ? [String(f.status)] : f.kind === 'refused' ? [f.detail] : f.kind === 'conflict' && f.ticketVersion !== null ? [String(f.ticketVersion), ...(f.fields.assigneeId ? [f.fields.assigneeId] : []), ...(f.fields.tags ?? [])] : [];
    out.push({ what: `outbox failure ${JSON.stringify(f)}`, text: () => outboxFailureText(f, translate), keeps });
    out.push({ what: `retry reason ${JSON.stringify(f)}`, text: () => retryReasonText(f, translate), keeps });
  }
  for (const p of Object.values(SYNC).flat() as SyncProblem[]) out.push({ what: `sync problem ${JSON.stringify(p)}`, text: () => syncProblemText(p, translate), keeps: p.kind === 'malformed_records' ? [String(p.count)] : [] });
  for (const n of Object.values(NOTICES).flat() as ReplyNotice[]) out.push({ what: `notice ${JSON.stringify(n)}`, text: () => replyNoticeText(n, translate), keeps: [n.ticketId] });
  for (const l of Object.values(LINKS).flat() as LinkRefusal[]) out.push({ what: `link refusal ${JSON.stringify(l)}`, text: () => linkRefusalText(l, translate), keeps: l.kind === 'scheme_never_opened' ? [l.scheme] : [] });
  for (const r of Object.values(REFUSALS).flat() as CallRefusal[]) out.push({ what: `refusal ${JSON.stringify(r)}`, text: () => callRefusalText(r, translate), keeps: ['{{ }}', '{% %}'] });
  return out;
}

function inLanguage<T>(language: InterfaceLanguage, run: () => T): T {
  useI18nStore.getState().setLanguage(language);
  return run();
}

afterEach(() => useI18nStore.getState().setLanguage('en'));

describe('every kind main reports, in every interface language', () => {
  it('walks every sample: each kind of every union has one', () => {
    for (const map of [FAILURES, SYNC, NOTICES, LINKS, REFUSALS]) for (const [kind, samples] of Object.entries(map)) expect(samples.length, kind).toBeGreaterThan(0);
    expect(troubles).toHaveLength(8);
    expect(worded()).toHaveLength(2 * 12 + 8 * 3 + 4 + 2 + 5 + 1);
  });

  it.each(INTERFACE_LANGUAGES)('%s: each kind has words of its own, formatted, keeping its parameters', (language) => {
    for (const { what, text, keeps } of worded()) {
      const out = inLanguage(language, text);
      expect(out.trim(), `${language}: ${what}`).not.toBe('');
      // A missing message comes back as its id; an unformatted argument keeps its braces ("{status}").
      expect(out, `${language}: ${what}`).not.toMatch(/\bkind\.[a-z]|\{[a-zA-Z]+[,}]/);
      for (const value of keeps) expect(out, `${language}: ${what} keeps ${value}`).toContain(value);
    }
  });

  it.each(INTERFACE_LANGUAGES.filter((l) => l !== 'en'))('%s: words the kinds itself, not in English', (language) => {
    for (const { what, text } of worded()) {
      const english = inLanguage('en', text);
      expect(inLanguage(language, text), `${language}: ${what}`).not.toBe(english);
    }
  });

  it('English says what main used to say, so nothing changes for an English desk', () => {
    const conflict: OutboxFailure = { kind: 'conflict', ticketVersion: 5, fields: { status: 'solved', assigneeId: 'agent-frontline-3' } };
    expect(outboxFailureText(conflict, translate)).toBe('The ticket was changed elsewhere (now version 5: status is solved, assignee is agent-frontline-3); your change was not applied');
    expect(syncProblemText({ kind: 'malformed_records', count: 1 }, translate)).toBe('1 malformed record from the backend was skipped (see the log)');
    expect(replyNoticeText({ kind: 'status_left_unchanged', status: 'solved', ticketId: 'T-2' }, translate)).toBe('status left as it is: only security agents may solve security case T-2');
    expect(linkRefusalText({ kind: 'scheme_never_opened', scheme: 'javascript:' }, translate)).toBe('javascript: links are never opened');
  });
});
