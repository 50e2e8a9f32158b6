import type { ReactNode } from 'react';
import type { AccountFacts, AccountLockKind, KycStatus } from '../../../../preload/contract/account-types';
import type { ChainDepositState, ChainWithdrawalState } from '../../../../preload/contract/chain-types';
import { useIntlFormat, useT, type MessageId } from '../../i18n';
import { networkName } from '../../lib/account-wording';
import { formatTimestamp } from '../../lib/format';
import { CustomerText } from '../CustomerText';
import { AccountValue, ExplorerLink } from './AccountValue';

const LOCK_LABEL = {
  withdrawal_hold: 'account.lock.withdrawal_hold',
  account_lock: 'account.lock.account_lock',
  trading_lock: 'account.lock.trading_lock',
  api_lock: 'account.lock.api_lock',
} as const satisfies Record<AccountLockKind, MessageId>;

const DEPOSIT_STATE_LABEL = {
  pending: 'account.deposit.state.pending',
  credited: 'account.deposit.state.credited',
  held: 'account.deposit.state.held',
  rejected: 'account.deposit.state.rejected',
} as const satisfies Record<ChainDepositState, MessageId>;

const WITHDRAWAL_STATE_LABEL = {
  requested: 'account.withdrawal.state.requested',
  under_review: 'account.withdrawal.state.under_review',
  held: 'account.withdrawal.state.held',
  broadcast: 'account.withdrawal.state.broadcast',
  confirmed: 'account.withdrawal.state.confirmed',
  failed: 'account.withdrawal.state.failed',
} as const satisfies Record<ChainWithdrawalState, MessageId>;

const KYC_LABEL = {
  none: 'account.kyc.none',
  pending: 'account.kyc.pending',
  verified: 'account.kyc.verified',
  rejected: 'account.kyc.rejected',
} as const satisfies Record<KycStatus, MessageId>;

/** Rows shown per list; the panel is a glance, the back office holds the rest. */
const ROWS = 5;

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="account-section" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function None() {
  const t = useT();
  return <p className="muted">{t('account.none')}</p>;
}

export function HoldsSection({ facts }: { facts: AccountFacts }) {
  const t = useT();
  return (
    <Section id="account-holds" title={t('account.section.holds')}>
      {facts.locks.length === 0 ? (
        <None />
      ) : (
        <ul className="account-list">
          {facts.locks.map((lock, i) => (
            <li key={i} className="account-hold">
              <strong>{t(LOCK_LABEL[lock.kind])}</strong> {t('account.lock.since', { when: formatTimestamp(lock.since) })}
              <br />
              <CustomerText text={lock.reason} />
              {lock.by && (
                <span className="muted">
                  {' · '}
                  <CustomerText text={lock.by} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function SignInsSection({ facts }: { facts: AccountFacts }) {
  const t = useT();
  const intl = useIntlFormat();
  const region = (code: string) => {
    try {
      return intl.formatDisplayName(code, { type: 'region' }) ?? code;
    } catch {
      return code;
    }
  };
  return (
    <Section id="account-sign-ins" title={t('account.section.signIns')}>
      {facts.signIns.length === 0 ? (
        <None />
      ) : (
        <ul className="account-list">
          {facts.signIns.slice(0, ROWS).map((s, i) => (
            <li key={i} className={s.newDevice ? 'is-new-device' : undefined}>
              {formatTimestamp(s.at)} · <CustomerText text={s.device} /> · {region(s.country)} · <AccountValue value={s.ip} />
              {s.newDevice && <span className="account-badge">{t('account.signIn.newDevice')}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function DepositsSection({ facts, first }: { facts: AccountFacts; first: ReadonlySet<string> }) {
  const t = useT();
  const rows = [...facts.deposits].sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id))).slice(0, ROWS);
  return (
    <Section id="account-deposits" title={t('account.section.deposits')}>
      {rows.length === 0 ? (
        <None />
      ) : (
        <ul className="account-list">
          {rows.map((d) => (
            <li key={d.id} className={first.has(d.id) ? 'is-mentioned' : undefined} data-testid="account-deposit" data-deposit-id={d.id}>
              <strong>
                {d.amount} {d.asset}
              </strong>{' '}
              · {networkName(d.network)} · <span className={`account-state state-${d.state}`}>{t(DEPOSIT_STATE_LABEL[d.state])}</span>
              {' · '}
              <span data-testid="account-deposit-confirmations">{t('account.confirmations', { confirmations: d.confirmations, required: d.requiredConfirmations })}</span>
              <br />
              <AccountValue value={d.address} /> <ExplorerLink network={d.network} kind="address" value={d.address} />
              {d.memo !== null && <> · {t('account.memo', { memo: d.memo })}</>}
              {d.txHash && (
                <>
                  <br />
                  <AccountValue value={d.txHash} /> <ExplorerLink network={d.sentNetwork ?? d.network} kind="tx" value={d.txHash} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function WithdrawalsSection({ facts, first }: { facts: AccountFacts; first: ReadonlySet<string> }) {
  const t = useT();
  const rows = [...facts.withdrawals].sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id))).slice(0, ROWS);
  return (
    <Section id="account-withdrawals" title={t('account.section.withdrawals')}>
      {rows.length === 0 ? (
        <None />
      ) : (
        <ul className="account-list">
          {rows.map((w) => (
            <li key={w.id} className={first.has(w.id) ? 'is-mentioned' : undefined} data-testid="account-withdrawal">
              <strong>
                {w.amount} {w.asset}
              </strong>{' '}
              · {networkName(w.network)} · <span className={`account-state state-${w.state}`}>{t(WITHDRAWAL_STATE_LABEL[w.state])}</span>
              {w.fee !== null && <> · {t('account.fee', { fee: `${w.fee} ${w.asset}` })}</>}
              {w.txHash && <> · {t('account.confirmations', { confirmations: w.confirmations, required: w.requiredConfirmations })}</>}
              <br />
              <AccountValue value={w.address} /> <ExplorerLink network={w.network} kind="address" value={w.address} />
              {w.txHash && (
                <>
                  <br />
                  <AccountValue value={w.txHash} /> <ExplorerLink network={w.network} kind="tx" value={w.txHash} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function BalancesAndSecurity({ facts }: { facts: AccountFacts }) {
  const t = useT();
  const method = facts.twoFactor.method ?? '';
  return (
    <>
      <Section id="account-security" title={t('account.section.security')}>
        <p>{t('account.kyc', { level: facts.kyc.level, status: t(KYC_LABEL[facts.kyc.status]) })}</p>
        <p>
          {!facts.twoFactor.enabled
            ? t('account.twoFactor.off')
            : facts.twoFactor.changedAt === null
              ? t('account.twoFactor.onNever', { method })
              : t('account.twoFactor.on', { method, when: formatTimestamp(facts.twoFactor.changedAt) })}
        </p>
      </Section>
      <Section id="account-balances" title={t('account.section.balances')}>
        {facts.balances.length === 0 ? (
          <None />
        ) : (
          <ul className="account-list account-balances">
            {facts.balances.map((b) => (
              <li key={b.asset}>
                <strong>{b.asset}</strong> {b.available}
                {b.locked !== '0' && <span className="muted"> · {t('account.balance.locked', { locked: b.locked })}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
