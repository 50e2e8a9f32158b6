import type { Macro, Topic } from '../../../preload/contract';
import { HOLDING_REPLY_MACRO_ID } from './holding-reply';

// Which macro answers a whole topic at once: the incident reply of a topic group and the reply
// the executive desk proposes. Pure: the caller passes the library.

/** Words in a macro's id, title or keywords that mark a notice written for many customers at once. */
const NOTICE_WORDS = ['incident', 'notice', 'outage', 'announcement', 'maintenance', 'status page'];

export type IncidentMacroCandidate = Pick<Macro, 'id' | 'title' | 'topic' | 'keywords' | 'bodies' | 'requiredFields' | 'source'>;

/** Speaks of one account's deposit or withdrawal ({{ deposit.… }}, {{ withdrawal.… }}): never a reply for a whole group. */
export function usesAccountFacts(macro: Pick<Macro, 'bodies'>): boolean {
  return macro.bodies.some((b) => /\{\{-?\s*(deposit|withdrawal)\./.test(b.body));
}

function isNotice(macro: IncidentMacroCandidate): boolean {
  const words = [macro.id, macro.title, ...macro.keywords].map((w) => w.toLowerCase());
  return words.some((w) => NOTICE_WORDS.some((notice) => w.includes(notice)));
}

/**
 * Best first: a notice before an answer to one customer's case; fewer fill-in fields (one value
 * goes to every ticket of the group); more languages (fewer customers fall back to English);
 * then by id, so the choice never changes between calls.
 */
function compareCandidates(a: IncidentMacroCandidate, b: IncidentMacroCandidate): number {
  const notice = Number(isNotice(b)) - Number(isNotice(a));
  if (notice !== 0) return notice;
  if (a.requiredFields.length !== b.requiredFields.length) return a.requiredFields.length - b.requiredFields.length;
  if (a.bodies.length !== b.bodies.length) return b.bodies.length - a.bodies.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The shared macro made for a topic, or null when the library has none. Personal macros are
 * never suggested: what goes to a whole group is the team's reviewed text. Nor is the security
 * holding reply: it tells the customer their case is with the security desk, so it goes only
 * with an escalation, one ticket at a time. Nor a reply made of one account's facts (the deposit
 * awaiting confirmations): each ticket's would differ, and most are not known.
 */
export function suggestIncidentMacro<M extends IncidentMacroCandidate>(macros: readonly M[], topic: Topic): M | null {
  const candidates = macros.filter((m) => m.source === 'shared' && m.topic === topic && m.id !== HOLDING_REPLY_MACRO_ID && m.bodies.length > 0 && !usesAccountFacts(m));
  if (candidates.length === 0) return null;
  return [...candidates].sort(compareCandidates)[0]!;
}
