import { describe, expect, it } from 'vitest';
import { PresenceRegistry } from '../../../main/backend/presence-registry';

describe('presence registry', () => {
  it('tracks who views and types where, and which tickets changed', () => {
    let now = 0;
    const registry = new PresenceRegistry(() => now);
    expect(registry.set('a', 'T-1', false)).toEqual(['T-1']);
    expect(registry.set('b', 'T-1', true)).toEqual(['T-1']);
    expect(registry.viewers('T-1')).toEqual([{ agentId: 'a', typing: false }, { agentId: 'b', typing: true }]);
    // Moving to another ticket changes both lists; repeating the same state changes none.
    expect(registry.set('a', 'T-2', false).sort()).toEqual(['T-1', 'T-2']);
    expect(registry.set('a', 'T-2', false)).toEqual([]);
    expect(registry.set('b', null, false)).toEqual(['T-1']);
    expect(registry.viewers('T-1')).toEqual([]);
    now = 31_000;
    expect(registry.sweep()).toEqual(['T-2']);
    expect(registry.viewers('T-2')).toEqual([]);
  });
});
