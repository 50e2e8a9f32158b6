import type { BackendTrouble, CallRefusal, ConflictFields, LinkRefusal, OutboxFailure, ReplyNotice, SyncProblem } from '../../../preload/contract/kinds';
import type { Translate } from '../i18n';
import { formatTimestamp } from './format';

/**
 * Main reports failures and notices as kinds with parameters (preload/contract/kinds.ts); these
 * functions word them in the interface language. Each switch is exhaustive: a new kind does not
 * compile until it has words, and tests/unit/i18n/kinds.test.ts renders every kind in every language.
 */

export function backendTroubleText(trouble: BackendTrouble, t: Translate): string {
  switch (trouble.kind) {
    case 'unreachable':
      return t('kind.trouble.unreachable');
    case 'server_error':
      return t('kind.trouble.serverError', { status: trouble.status });
    case 'rate_limited':
      return t('kind.trouble.rateLimited');
    case 'invalid_answer':
      return t('kind.trouble.invalidAnswer');
    case 'auth':
      return t('kind.trouble.auth');
    case 'refused':
      return t('kind.trouble.refused', { detail: trouble.detail });
    case 'unexpected':
      return t('kind.trouble.unexpected');
  }
}

/** What the ticket holds now in the fields the agent wanted to change, so they can decide. */
export function conflictFieldsText(fields: ConflictFields, t: Translate): string {
  const parts: string[] = [];
  if (fields.status !== undefined) parts.push(t('kind.conflict.status', { status: fields.status }));
  if (fields.priority !== undefined) parts.push(t('kind.conflict.priority', { priority: fields.priority }));
  if (fields.assigneeId !== undefined) parts.push(fields.assigneeId === null ? t('kind.conflict.unassigned') : t('kind.conflict.assignee', { agent: fields.assigneeId }));
  if (fields.tags !== undefined) parts.push(fields.tags.length > 0 ? t('kind.conflict.tags', { tags: fields.tags.join(', ') }) : t('kind.conflict.noTags'));
  if (fields.snoozedUntil !== undefined) parts.push(fields.snoozedUntil === null ? t('kind.conflict.notSnoozed') : t('kind.conflict.snoozed', { until: formatTimestamp(fields.snoozedUntil) }));
  return parts.join(', ');
}

/** A failed entry as the outbox shows it: a conflict says what the ticket holds now. */
export function outboxFailureText(failure: OutboxFailure, t: Translate): string {
  if (failure.kind !== 'conflict') return t('kind.outbox.notDelivered', { reason: backendTroubleText(failure, t) });
  const fields = conflictFieldsText(failure.fields, t);
  return failure.ticketVersion === null ? t('kind.conflict.unknown') : t('kind.conflict.current', { version: failure.ticketVersion, fields });
}

/** Why the last attempt of an entry still waiting did not go through (the desk retries). */
export function retryReasonText(failure: OutboxFailure, t: Translate): string {
  return failure.kind === 'conflict' ? outboxFailureText(failure, t) : backendTroubleText(failure, t);
}

export function syncProblemText(problem: SyncProblem, t: Translate): string {
  if (problem.kind === 'malformed_records') return t('kind.sync.malformedRecords', { count: problem.count });
  const reason = backendTroubleText(problem, t);
  switch (problem.during) {
    case 'loading_reference':
      return t('kind.sync.loadingReference', { reason });
    case 'pulling':
      return t('kind.sync.pulling', { reason });
    case 'sending':
      return t('kind.sync.sending', { reason });
  }
}

export function replyNoticeText(notice: ReplyNotice, t: Translate): string {
  switch (notice.kind) {
    case 'status_left_unchanged':
      return t('kind.notice.statusLeftUnchanged', { status: notice.status, ticketId: notice.ticketId });
  }
}

export function linkRefusalText(refusal: LinkRefusal, t: Translate): string {
  switch (refusal.kind) {
    case 'not_an_address':
      return t('kind.link.notAnAddress');
    case 'scheme_never_opened':
      return t('kind.link.schemeNeverOpened', { scheme: refusal.scheme });
    case 'credentials_in_address':
      return t('kind.link.credentialsInAddress');
    case 'no_system_browser':
      return t('kind.link.noSystemBrowser');
    case 'cancelled':
      return t('kind.link.cancelled');
  }
}

export function callRefusalText(refusal: CallRefusal, t: Translate): string {
  switch (refusal.kind) {
    case 'unfilled_placeholder':
      return t('composer.error.placeholderLeft', { output: '{{ }}', tag: '{% %}' });
  }
}
