import { useState } from 'react';
import type { AccountDiagnosis, AccountFacts } from '../../../../preload/contract/account-types';
import type { MacroSummary } from '../../../../preload/contract/macro-types';
import { call } from '../../bridge';
import { translate, useT, TOPIC_LABEL } from '../../i18n';
import { diagnosisText, unitOf } from '../../lib/account-wording';
import { announce } from '../../stores/announce-store';
import { activeComposer } from '../../stores/composer-link';
import { reportError } from '../../stores/error-store';
import { useMacroStore } from '../../stores/macro-store';

/** Uses the account's facts ({{ deposit.… }}, {{ withdrawal.… }}): the reply made for a diagnosis. */
const usesAccountFacts = (m: MacroSummary): boolean => m.bodies.some((b) => /\{\{-?\s*(deposit|withdrawal)\./.test(b.body));

/** The macro for a topic: one that speaks of the account's facts first, then the shared library's, then the most used. */
export function suggestedMacro(macros: readonly MacroSummary[], topic: string): MacroSummary | undefined {
  const rank = (m: MacroSummary) => (usesAccountFacts(m) ? 0 : 2) + (m.source === 'shared' ? 0 : 1);
  return macros.filter((m) => m.topic === topic).sort((a, b) => rank(a) - rank(b) || b.uses - a.uses)[0];
}

/** The diagnosis's own macro (the starter macro made for it) when the library has it, else one of its topic. */
export function macroForDiagnosis(macros: readonly MacroSummary[], diagnosis: Pick<AccountDiagnosis, 'macroId' | 'macroTopic'>): MacroSummary | undefined {
  const own = diagnosis.macroId ? macros.find((m) => m.id === diagnosis.macroId) : undefined;
  return own ?? (diagnosis.macroTopic ? suggestedMacro(macros, diagnosis.macroTopic) : undefined);
}

/** The record's transaction hash fills a macro's TxID field: the desk knows it, the agent need not type it. */
function knownFields(macro: MacroSummary, diagnosis: AccountDiagnosis, facts: AccountFacts | null): Record<string, string> | undefined {
  const record = facts?.deposits.find((d) => d.id === diagnosis.depositId) ?? facts?.withdrawals.find((w) => w.id === diagnosis.withdrawalId);
  return record?.txHash && macro.requiredFields.some((f) => f.key === 'tx_hash') ? { tx_hash: record.txHash } : undefined;
}

/** The suggested reply for the diagnosis, rendered for the ticket in the customer's language, into the composer. */
async function insertSuggested(ticketId: string, diagnosis: AccountDiagnosis, facts: AccountFacts | null): Promise<void> {
  const macros = useMacroStore.getState();
  if (!macros.loaded) await macros.load();
  const macro = macroForDiagnosis(useMacroStore.getState().macros, diagnosis);
  if (!macro) {
    announce(translate('account.diagnosis.noMacro'));
    return;
  }
  try {
    const fields = knownFields(macro, diagnosis, facts);
    const preview = await call('macro.render', { macroId: macro.id, ticketId, ...(fields ? { fields } : {}) });
    // A fact the desk has not learned yet holds the reply back, like an unfilled field.
    if (preview.missing.length > 0 || preview.error !== null) {
      announce(translate('account.diagnosis.missingFacts', { facts: preview.missing.join(', ') }));
      return;
    }
    const composer = activeComposer();
    if (!composer || composer.ticketId !== ticketId) {
      announce(translate('macros.announce.openComposer'));
      return;
    }
    composer.insert(preview.text);
    useMacroStore.getState().inserted(ticketId, macro);
    announce(translate('account.diagnosis.inserted'));
  } catch (error) {
    reportError(translate('macros.error.preview'), error);
  }
}

/**
 * The one line at the top of the panel: what the chain and the back office say about the deposit
 * or withdrawal the ticket is about, and the reply that fits (inserted on request, never sent).
 */
export function AccountDiagnosisLine({ ticketId, diagnosis, facts, canInsert }: { ticketId: string; diagnosis: AccountDiagnosis | null; facts: AccountFacts | null; canInsert: boolean }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  if (!diagnosis) return null;
  const topic = diagnosis.macroTopic;
  return (
    <div className="account-diagnosis" role="status" data-testid="account-diagnosis" data-kind={diagnosis.diagnosis.kind}>
      <span className="account-diagnosis-label">{t('account.diagnosis.label')}</span>
      <p className="account-diagnosis-text">{diagnosisText(diagnosis.diagnosis, t, unitOf(facts, diagnosis.depositId))}</p>
      {topic && (
        <p className="account-diagnosis-reply">
          <span>{t('account.diagnosis.suggested', { topic: t(TOPIC_LABEL[topic]) })}</span>
          {canInsert && (
            <button
              type="button"
              className="btn btn-small"
              data-testid="account-insert-reply"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void insertSuggested(ticketId, diagnosis, facts).finally(() => setBusy(false));
              }}
            >
              {t('account.diagnosis.insert')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
