import { AccountCache } from '../back-office/account-cache';
import { ChainCache } from '../chain/chain-cache';
import { accountMacroFacts } from '../domain/account-macro-facts';
import { focusRecord } from '../domain/account-diagnosis';
import type { AccountMacroFacts } from '../domain/macro-context';
import { accountSubjects } from '../domain/ticket-identifiers';
import type { CacheStore } from '../store/cache-store';

/**
 * The macro values for a ticket's deposit or withdrawal, from what the desk has learned (the
 * account panel's cache and the chain cache), never a new lookup: rendering a macro stays instant,
 * and a fact not learned yet holds the reply back.
 */
export function accountMacroFactsFor(cache: CacheStore, ticketId: string): AccountMacroFacts {
  const ticket = cache.tickets.get(ticketId);
  const customer = ticket ? cache.tickets.customer(ticket.customerId) : null;
  if (!ticket || !customer) return {};
  const known = new AccountCache(cache.db).read({ userId: customer.userId, email: customer.email });
  if (!known) return {};
  const subjects = accountSubjects(cache.tickets.messages(ticketId).map((m) => m.body), known.facts);
  const focus = focusRecord(subjects, known.facts);
  if (!focus) return {};
  const record = 'deposit' in focus ? focus.deposit : focus.withdrawal;
  const seen = record.txHash ? new ChainCache(cache.db).transactions(record.txHash) : [];
  const onNetwork = seen.find((row) => row.network === record.network) ?? seen[0];
  return accountMacroFacts(focus, onNetwork ? onNetwork.value.confirmations : null);
}
