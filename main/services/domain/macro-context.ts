import type { Agent, Customer, Language, Macro, MacroBody, Ticket } from '../../../preload/contract';
import { accountFactsInLanguage } from './account-state-wording';
import { renderMacro, type MacroContext, type RenderedMacro } from './macro-rendering';

/** The account's record the ticket is about, as macro values (see account-macro-facts.ts). */
export type AccountMacroFacts = Pick<MacroContext, 'deposit' | 'withdrawal'>;

/** The values a macro's placeholders draw on, for one ticket, its customer and the agent. */
export function macroContext(ticket: Pick<Ticket, 'id' | 'subject'>, customer: Customer | null, agent: Pick<Agent, 'name'>, fields: Record<string, string> = {}, account: AccountMacroFacts = {}): MacroContext {
  return {
    ...account,
    customer: { name: customer?.name ?? null, first_name: customer?.firstName ?? null, user_id: customer?.userId ?? null },
    ticket: { id: ticket.id, subject: ticket.subject },
    agent: { name: agent.name, first_name: agent.name.split(/\s+/)[0] ?? agent.name },
    fields,
  };
}

/** The body in the ticket's language, else English, else the first there is. */
export function bodyInLanguage(macro: Pick<Macro, 'bodies'>, language: string): MacroBody | null {
  return macro.bodies.find((b) => b.language === language) ?? macro.bodies.find((b) => b.language === 'en') ?? macro.bodies[0] ?? null;
}

/** A macro as it would go to this ticket's customer: the body in their language, rendered (account states worded in it too). */
export function renderMacroFor(macro: Macro, ticket: Pick<Ticket, 'id' | 'subject' | 'language'>, customer: Customer | null, agent: Pick<Agent, 'name'>, fields: Record<string, string> = {}, account: AccountMacroFacts = {}): RenderedMacro & { language: Language | null } {
  const body = bodyInLanguage(macro, ticket.language);
  if (!body) return { language: null, text: '', missing: [], error: `macro ${macro.id} has no body` };
  return { language: body.language, ...renderMacro(body.body, macroContext(ticket, customer, agent, fields, accountFactsInLanguage(account, body.language)), macro.requiredFields) };
}
