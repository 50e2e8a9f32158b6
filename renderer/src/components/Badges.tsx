import type { Priority } from '../../../preload/contract/domain-types';

export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span className={`badge badge-priority badge-priority-${priority}`} title={`Priority: ${priority}`}>
      {priority}
    </span>
  );
}

export function SecurityBadge() {
  return (
    <span className="badge badge-security" title="Security-sensitive ticket">
      {/* Drawn, not the 🛡 emoji: many Linux desktops have no emoji font. */}
      <svg className="badge-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 0.8 1.8 3.2v4.3c0 3.9 2.6 6.6 6.2 7.7 3.6-1.1 6.2-3.8 6.2-7.7V3.2z" />
      </svg>
      SECURITY
    </span>
  );
}
