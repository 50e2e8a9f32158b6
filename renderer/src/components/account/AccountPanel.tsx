import { useEffect, useMemo } from 'react';
import type { AccountFactsResult } from '../../../../preload/contract/account-types';
import { useT } from '../../i18n';
import { backOfficeReasonText } from '../../lib/account-wording';
import { formatAgo } from '../../lib/format';
import { diagnosisOf, isFromCache, isSettling, useAccountStore } from '../../stores/account-store';
import { useSessionStore } from '../../stores/session-store';
import { AccountDiagnosisLine } from './AccountDiagnosisLine';
import { BalancesAndSecurity, DepositsSection, HoldsSection, SignInsSection, WithdrawalsSection } from './AccountSections';
import { copyOnC } from './AccountValue';
import { ChainSection } from './ChainSection';

/** How often the chain is asked again while a transaction gathers confirmations. */
export const CHAIN_REFRESH_MS = 4_000;

/** How often the facts are asked again while they come from the cache (main asks the back office in the background). */
export const FACTS_REFRESH_MS = 5_000;

/**
 * How long a ticket must stay shown before its account is asked for: walking the queue with j/k,
 * each press would otherwise start two lookups and a re-render that the next press waits behind.
 */
export const ACCOUNT_SETTLE_MS = 150;

/**
 * Asks for the ticket's account once the agent stops on it (never before), the chain again while it
 * settles, and the facts again while they are the cache's (they show at once; main refreshes them).
 */
export function useAccount(ticketId: string) {
  const entry = useAccountStore((s) => s.byTicket[ticketId]);
  const diagnosis = diagnosisOf(entry);
  const settling = isSettling(diagnosis);
  const cached = isFromCache(entry);
  useEffect(() => {
    const timer = setTimeout(() => void useAccountStore.getState().load(ticketId), ACCOUNT_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ticketId]);
  useEffect(() => {
    if (!settling) return;
    const timer = setInterval(() => void useAccountStore.getState().refreshChain(ticketId), CHAIN_REFRESH_MS);
    return () => clearInterval(timer);
  }, [ticketId, settling]);
  useEffect(() => {
    if (!cached) return;
    const timer = setInterval(() => void useAccountStore.getState().refreshFacts(ticketId), FACTS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [ticketId, cached]);
  return { entry, diagnosis };
}

function StatusLine({ facts }: { facts: AccountFactsResult | null }) {
  const t = useT();
  if (!facts) return <p className="muted account-status">{t('account.panel.loading')}</p>;
  switch (facts.kind) {
    case 'not_configured':
      return (
        <p className="muted account-status" data-testid="account-status">
          {t('account.panel.notConfigured')}
        </p>
      );
    case 'failed':
      return (
        <p className="account-status is-problem" data-testid="account-status">
          {t('account.panel.failed', { reason: backOfficeReasonText(facts.reason, t) })}
        </p>
      );
    case 'found':
      return facts.source === 'cache' ? (
        <p className="account-status is-problem" data-testid="account-status">
          {t('account.panel.cached', { reason: backOfficeReasonText(facts.problem ?? 'down', t), ago: formatAgo(facts.learnedAt, facts.learnedAt + facts.ageMs) })}
        </p>
      ) : null;
  }
}

/**
 * The customer's account beside the conversation: the diagnosis line first, then the facts. A
 * security agent sees holds and sign-ins before the money; everyone else the deposits and
 * withdrawals the ticket is about first. Lookups run after the ticket shows and fill the panel in.
 */
export function AccountPanel({ ticketId }: { ticketId: string }) {
  const t = useT();
  const role = useSessionStore((s) => s.session?.agent.role ?? 'frontline');
  const { entry, diagnosis } = useAccount(ticketId);
  const factsResult = entry?.facts ?? null;
  const facts = factsResult?.kind === 'found' ? factsResult.facts : null;
  const mentioned = useMemo(() => {
    const ids = new Set<string>();
    if (factsResult && factsResult.kind !== 'failed') for (const s of factsResult.mentioned) for (const id of [s.depositId, s.withdrawalId]) if (id) ids.add(id);
    return ids;
  }, [factsResult]);
  const money = facts && (
    <>
      <DepositsSection facts={facts} first={mentioned} />
      <WithdrawalsSection facts={facts} first={mentioned} />
    </>
  );
  const guard = facts && (
    <>
      <HoldsSection facts={facts} />
      <SignInsSection facts={facts} />
    </>
  );
  return (
    <aside className="account-panel" aria-label={t('account.panel.label')} data-testid="account-panel" data-role-order={role === 'security' ? 'security' : 'money'} onKeyDown={copyOnC}>
      <AccountDiagnosisLine ticketId={ticketId} diagnosis={diagnosis} facts={facts} canInsert={role !== 'executive'} />
      <StatusLine facts={factsResult} />
      {facts && !diagnosis && <p className="muted account-status">{t('account.diagnosis.none')}</p>}
      {role === 'security' ? guard : money}
      {entry?.chain && <ChainSection chain={entry.chain} now={entry.chainAt ?? Date.now()} />}
      {role === 'security' ? money : guard}
      {facts && <BalancesAndSecurity facts={facts} />}
      {facts && <p className="muted account-hint">{t('account.panel.copyHint')}</p>}
    </aside>
  );
}

/** The executive's view: the diagnosis line only (main sends them no raw account data); the suggested reply is their editor's. */
export function AccountDiagnosisOnly({ ticketId }: { ticketId: string }) {
  const { diagnosis } = useAccount(ticketId);
  return <AccountDiagnosisLine ticketId={ticketId} diagnosis={diagnosis} facts={null} canInsert={false} />;
}
