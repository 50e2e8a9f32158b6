import type { AccountChainResult } from '../../../../preload/contract/account-types';
import { useT } from '../../i18n';
import { chainReasonText, networkName } from '../../lib/account-wording';
import { formatAgo } from '../../lib/format';
import { AccountValue, ExplorerLink } from './AccountValue';
import { Section } from './AccountSections';

/** What each hash and address the ticket mentions looks like on chain, live or as last seen with its age. */
export function ChainSection({ chain, now }: { chain: AccountChainResult; now: number }) {
  const t = useT();
  if (chain.transactions.length === 0 && chain.addresses.length === 0) return null;
  const notConfigured = [...chain.transactions, ...chain.addresses].every((r) => r.result.kind === 'not_configured');
  return (
    <Section id="account-chain" title={t('account.section.chain')}>
      {notConfigured ? (
        <p className="muted">{t('account.chain.notConfigured')}</p>
      ) : (
        <ul className="account-list">
          {chain.transactions.map(({ subject, result }) => (
            <li key={subject.value} data-testid="account-chain-tx">
              <AccountValue value={subject.value} />{' '}
              {result.kind === 'found' && (
                <>
                  <ExplorerLink network={result.facts.network} kind="tx" value={result.facts.hash} />
                  <br />
                  <span data-testid="account-chain-confirmations">{t('account.chain.tx', { network: networkName(result.facts.network), confirmations: result.facts.confirmations })}</span>
                  {' · '}
                  <span className="muted">
                    {result.source === 'live' ? t('account.chain.live') : t('account.chain.cached', { reason: chainReasonText(result.problems[0]?.kind ?? 'unreachable', t), ago: formatAgo(result.learnedAt, now) })}
                  </span>
                </>
              )}
              {result.kind === 'failed' && <span className="muted">{chainReasonText(result.reason, t)}</span>}
            </li>
          ))}
          {chain.addresses.map(({ subject, result }) => (
            <li key={subject.value} data-testid="account-chain-address">
              <AccountValue value={subject.value} />
              {result.kind === 'found' &&
                result.activity.map((a) => (
                  <span key={a.network} className="account-chain-activity">
                    <br />
                    {t('account.chain.address', { network: networkName(a.network), count: a.transactions.length })} <ExplorerLink network={a.network} kind="address" value={a.address} />
                    {!a.nativeTransfersListed && <span className="muted"> · {t('account.chain.nativeNotListed')}</span>}
                  </span>
                ))}
              {result.kind === 'failed' && <span className="muted"> {chainReasonText(result.reason, t)}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
