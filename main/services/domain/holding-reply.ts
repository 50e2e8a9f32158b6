import type { Agent, Customer, Macro, Ticket } from '../../../preload/contract';
import { renderMacroFor } from './macro-context';
import type { HoldingReply } from './outbox-payload';

export const HOLDING_REPLY_MACRO_ID = 'starter.account-compromised-holding';

/** The library's security holding reply: the starter one by id, else any macro of the topic. */
export function holdingReplyMacro(macros: readonly Macro[]): Macro | null {
  return macros.find((m) => m.id === HOLDING_REPLY_MACRO_ID) ?? macros.find((m) => m.topic === 'account_compromise') ?? null;
}

/**
 * The reply the customer gets when their case goes to security, in their language. An escalation
 * never waits on it: when it cannot be rendered cleanly, the problem is returned instead.
 */
export function holdingReplyFor(macros: readonly Macro[], ticket: Ticket, customer: Customer | null, agent: Agent): { reply: HoldingReply | null; problem: string | null } {
  const macro = holdingReplyMacro(macros);
  if (!macro) return { reply: null, problem: 'no security holding reply in the macro library' };
  const rendered = renderMacroFor(macro, ticket, customer, agent);
  if (rendered.error || rendered.language === null) return { reply: null, problem: `holding reply could not be rendered: ${rendered.error ?? 'no body'}` };
  if (rendered.missing.length > 0) return { reply: null, problem: `holding reply lacks ${rendered.missing.join(', ')}` };
  return { reply: { body: rendered.text, language: rendered.language }, problem: null };
}
