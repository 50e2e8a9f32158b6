import type { CrossCustomerLeak, RevealRefusal, SecurityAlarm } from '../../../preload/contract/privacy-types';
import type { MessageId, Translate } from '../i18n';

/** Main's privacy kinds in the agent's language (main sends kinds, never sentences). */

export function revealRefusalText(refusal: RevealRefusal, t: Translate): string {
  switch (refusal.kind) {
    case 'reveals_paused':
      return t('privacy.refusal.paused');
    case 'screen_share_on':
      return t('privacy.refusal.screenShare');
  }
}

const LEAK_LABEL = {
  email: 'privacy.leak.email',
  user_id: 'privacy.leak.user_id',
  wallet_address: 'privacy.leak.wallet_address',
  tx_hash: 'privacy.leak.tx_hash',
} as const satisfies Record<CrossCustomerLeak['identifier'], MessageId>;

export function leakText(leak: CrossCustomerLeak, t: Translate): string {
  return t(LEAK_LABEL[leak.identifier], { shown: leak.shown });
}

export function alarmText(alarm: SecurityAlarm, t: Translate, agentName: (id: string) => string): string {
  if (alarm.kind === 'reveals_paused') return t('privacy.alarm.revealsPaused', { agent: agentName(alarm.agentId), reveals: alarm.reveals, customers: alarm.customers });
  switch (alarm.how) {
    case 'shorter':
      return t('privacy.alarm.chainShorter', { seen: alarm.seenCount, anchor: alarm.anchorCount });
    case 'different':
      return t('privacy.alarm.chainDifferent', { anchor: alarm.anchorCount });
    case 'broken':
      return t('privacy.alarm.chainBroken');
  }
}
