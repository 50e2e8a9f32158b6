/**
 * An SLA clock with less than this left is "due soon": the queue's amber mark (renderer) and the
 * surge view's "breaching within" count (main) use the same threshold.
 */
export const SLA_SOON_MINUTES = 15;
