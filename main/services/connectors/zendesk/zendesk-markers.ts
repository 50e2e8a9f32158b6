import type { ZendeskComment } from './zendesk-wire';

/**
 * Every ticket update the desk sends carries a marker in the audit's custom metadata (Zendesk
 * copies it to the comment's `metadata.custom`): the outbox key and which step of the change it
 * is. Zendesk has no idempotency key for updates, so the marker is how a retry learns that an
 * earlier attempt already landed, and how pulled comments get their clientKey back.
 */
export const MARKER_FIELD = 'agentdesk_marker';

/** The parts of one outbox entry: escalation needs two updates, since Zendesk takes one comment per update. */
export type DeliveryStep = 'reply' | 'note' | 'update' | 'escalate' | 'holding_reply' | 'acknowledge' | 'deescalate';

export interface Marker {
  key: string;
  step: DeliveryStep;
}

const STEPS: ReadonlySet<string> = new Set<DeliveryStep>(['reply', 'note', 'update', 'escalate', 'holding_reply', 'acknowledge', 'deescalate']);

export function markerValue(marker: Marker): string {
  return `${marker.key}#${marker.step}`;
}

export function markerOf(comment: Pick<ZendeskComment, 'metadata'>): Marker | null {
  const value = comment.metadata?.custom?.[MARKER_FIELD];
  if (typeof value !== 'string') return null;
  const at = value.lastIndexOf('#');
  if (at <= 0) return null;
  const step = value.slice(at + 1);
  return STEPS.has(step) ? { key: value.slice(0, at).slice(0, 128), step: step as DeliveryStep } : null;
}
