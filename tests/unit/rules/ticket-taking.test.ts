import { describe, expect, it } from 'vitest';
import { TICKET_STATUSES } from '../../../preload/contract/domain-types';
import { statusOnceTaken, takeChanges } from '../../../preload/rules/ticket-taking';
import { hasUnfilledPlaceholder } from '../../../preload/rules/unfilled-placeholder';

describe('rules the desk, main and the backend share', () => {
  it('a new ticket is open once taken; every other status stays', () => {
    for (const status of TICKET_STATUSES) expect(statusOnceTaken(status)).toBe(status === 'new' ? 'open' : status);
    expect(takeChanges('agent-1', 'new')).toEqual({ assigneeId: 'agent-1', status: 'open' });
    expect(takeChanges('agent-1', 'pending')).toEqual({ assigneeId: 'agent-1' });
    expect(takeChanges('agent-1', undefined)).toEqual({ assigneeId: 'agent-1' });
  });

  it('template markup left in a text is found; single braces are not markup', () => {
    for (const text of ['{{ x }}', 'a {{}} b', 'a {% if %}', '{%']) expect(hasUnfilledPlaceholder(text), text).toBe(true);
    for (const text of ['{x}', 'a { b } c', '}} {{', 'plain']) expect(hasUnfilledPlaceholder(text), text).toBe(false);
  });
});
