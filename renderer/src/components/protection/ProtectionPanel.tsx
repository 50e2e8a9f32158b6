import { useEffect } from 'react';
import { PROTECTIVE_ACTIONS, type QueuedProtection, type UndoRequest } from '../../../../preload/contract/protection-types';
import { useT } from '../../i18n';
import { formatTimestamp } from '../../lib/format';
import { PROTECTION_STATE_LABEL, PROTECTIVE_ACTION_KEY, PROTECTIVE_ACTION_LABEL, UNDO_LABEL } from '../../lib/protection-wording';
import { useProtectionStore, watchProtections } from '../../stores/protection-store';
import { useSessionStore } from '../../stores/session-store';
import { useSettingsStore } from '../../stores/settings-store';
import { Keys } from '../Keys';
import { UndoRequestForm } from './UndoRequestForm';
import './protection.css';

/** This desk's own protective entry on its way to the back office. */
function QueuedLine({ q }: { q: QueuedProtection }) {
  const t = useT();
  const what = q.action ? t(PROTECTIVE_ACTION_LABEL[q.action]) : q.undo ? t(UNDO_LABEL[q.undo]) : (q.requestId ?? '');
  return (
    <li data-testid="protection-queued" data-state={q.state}>
      {t('protection.queued', { action: what })}
    </li>
  );
}

function RequestLine({ ticketId, request }: { ticketId: string; request: UndoRequest }) {
  const t = useT();
  const me = useSessionStore((s) => s.session?.agent.id);
  const agentsById = useSessionStore((s) => s.agentsById);
  const name = (id: string) => agentsById.get(id)?.name ?? id;
  const bindings = useSettingsStore((s) => s.bindings);
  const undo = t(UNDO_LABEL[request.undo]);
  return (
    <li data-testid="protection-request" data-state={request.state}>
      {t('protection.request.summary', { undo, agent: name(request.requestedBy), at: formatTimestamp(request.requestedAt) })}{' '}
      {request.state === 'pending' && request.requestedBy === me && <span className="muted">{t('protection.request.mine')}</span>}
      {request.state === 'pending' && request.requestedBy !== me && (
        <button type="button" className="btn btn-small" data-testid="approve-request" aria-label={t('protection.request.approveLabel', { undo, ticketId })} onClick={() => void useProtectionStore.getState().approve(ticketId, request.id)}>
          {t('protection.request.approve')} <Keys keys={bindings['security.approveUndo']} />
        </button>
      )}
    </li>
  );
}

/** On a security case: the four protective actions with their keys, what is in force, the requests to undo, the request form. */
export function ProtectionPanel({ ticketId }: { ticketId: string }) {
  const t = useT();
  const overview = useProtectionStore((s) => s.byTicket[ticketId]);
  const requesting = useProtectionStore((s) => (s.requesting?.ticketId === ticketId ? s.requesting : null));
  const bindings = useSettingsStore((s) => s.bindings);
  const agentsById = useSessionStore((s) => s.agentsById);
  const name = (id: string) => agentsById.get(id)?.name ?? id;
  useEffect(() => watchProtections(ticketId), [ticketId]);
  const { apply, openRequest, closeRequest } = useProtectionStore.getState();
  const inForce = overview?.kind === 'found' ? overview.inForce : [];
  return (
    <section className="protection-panel" aria-label={t('protection.label')} data-testid="protection-panel">
      {/* The buttons open on request, so the conversation keeps its room; the keys work either way. */}
      <details className="protection-box">
        <summary data-testid="protection-summary">{t('protection.label')}</summary>
        <div className="protection-actions">
          {PROTECTIVE_ACTIONS.map((action) => (
            <button key={action} type="button" className="btn btn-small" data-testid={`protect-${action}`} disabled={overview?.kind === 'not_configured'} onClick={() => void apply(ticketId, action)}>
              {t(PROTECTIVE_ACTION_LABEL[action])} <Keys keys={bindings[PROTECTIVE_ACTION_KEY[action]]} />
            </button>
          ))}
          <button type="button" className="btn btn-small" data-testid="request-undo" aria-expanded={requesting !== null} onClick={() => (requesting ? closeRequest() : openRequest(ticketId, null))}>
            {t('protection.undo.button')} <Keys keys={bindings['security.requestUndo']} />
          </button>
        </div>
        {overview?.kind === 'found' && inForce.length === 0 && overview.queued.length === 0 && <p className="muted">{t('protection.none')}</p>}
      </details>
      {overview?.kind === 'not_configured' && <p className="muted">{t('protection.notConfigured')}</p>}
      {overview?.kind === 'failed' && <p className="muted">{t('protection.unavailable')}</p>}
      <ul className="protection-state" data-testid="protection-in-force">
        {inForce.map((p) => (
          <li key={`${p.action}-${p.at}`} data-action={p.action}>
            {t('protection.inForce', { state: t(PROTECTION_STATE_LABEL[p.action]), agent: name(p.by), at: formatTimestamp(p.at) })}
          </li>
        ))}
        {overview?.queued.map((q) => <QueuedLine key={q.entryId} q={q} />)}
      </ul>
      {overview?.kind === 'found' && overview.requests.some((r) => r.state === 'pending') && (
        <ul className="protection-requests">
          {overview.requests
            .filter((r) => r.state === 'pending')
            .map((r) => (
              <RequestLine key={r.id} ticketId={ticketId} request={r} />
            ))}
        </ul>
      )}
      {requesting && <UndoRequestForm key={requesting.undo ?? 'any'} ticketId={ticketId} inForce={inForce} initial={requesting.undo} />}
    </section>
  );
}
