import type { AccountChainResult, AccountFactsResult, Agent } from '../../../preload/contract';

// Every account fact and chain lookup the panel shows crosses the bridge through these two
// functions: the one place in main where the customer-data rules apply to them (masking, by the
// agent's role), so a rule added later covers the panel without touching the handlers.

/** What the agent may see of the account: an executive gets the diagnosis line and its reply topic only. */
export function accountFactsForScreen(result: AccountFactsResult, agent: Agent): AccountFactsResult {
  if (agent.role !== 'executive') return result;
  if (result.kind !== 'found') return { ...result, mentioned: [] };
  return { ...result, facts: null, mentioned: [] };
}

/** The chain's word as the agent may see it: an executive gets the diagnosis only. */
export function accountChainForScreen(result: AccountChainResult, agent: Agent): AccountChainResult {
  if (agent.role !== 'executive') return result;
  return { transactions: [], addresses: [], diagnosis: result.diagnosis };
}
