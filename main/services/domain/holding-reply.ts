import type { Agent, Customer, Macro, Ticket } from '../../../preload/contract';
import { bodyInLanguage, macroContext } from './macro-context';
import { renderMacro } from './macro-rendering';
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
  const body = bodyInLanguage(macro, ticket.language);
  if (!body) return { reply: null, problem: `macro ${macro.id} has no body` };
  const rendered = renderMacro(body.body, macroContext(ticket, customer, agent));
  if (rendered.error) return { reply: null, problem: `holding reply could not be rendered: ${rendered.error}` };
  if (rendered.missing.length > 0) return { reply: null, problem: `holding reply lacks ${rendered.missing.join(', ')}` };
  return { reply: { body: rendered.text, language: body.language }, problem: null };
}
