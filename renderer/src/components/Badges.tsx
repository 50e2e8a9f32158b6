import type { Priority } from '../../../preload/contract/domain-types';
import { useT, PRIORITY_LABEL } from '../i18n';

export function PriorityBadge({ priority }: { priority: Priority }) {
  const t = useT();
  const name = t(PRIORITY_LABEL[priority]);
  return (
    <span className={`badge badge-priority badge-priority-${priority}`} title={t('app.badge.priorityTitle', { priority: name })}>
      {name}
    </span>
  );
}

/**
 * A security case is a mark, not a flood: in a queue row (compact) only the violet shield, its
 * word for screen readers and in the title; in the ticket's header the shield and the word.
 */
export function SecurityBadge({ compact = false }: { compact?: boolean }) {
  const t = useT();
  return (
    <span className={`badge badge-security${compact ? ' is-compact' : ''}`} title={t('app.badge.securityTitle')}>
      {/* Drawn, not the 🛡 emoji: many Linux desktops have no emoji font. */}
      <svg className="badge-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 0.8 1.8 3.2v4.3c0 3.9 2.6 6.6 6.2 7.7 3.6-1.1 6.2-3.8 6.2-7.7V3.2z" />
      </svg>
      <span className={compact ? 'visually-hidden' : undefined}>{t('app.badge.security')}</span>
    </span>
  );
}

/** In a row only what stands out from the ordinary (urgent, high) gets a badge: priority stays quiet. */
export function RowPriorityBadge({ priority }: { priority: Priority }) {
  return priority === 'urgent' || priority === 'high' ? <PriorityBadge priority={priority} /> : null;
}
