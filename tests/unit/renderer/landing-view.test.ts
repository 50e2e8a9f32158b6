import { describe, expect, it } from 'vitest';
import { landingView } from '../../../renderer/src/stores/landing-view';

describe('the view an agent lands on', () => {
  it('a security agent lands on the security lane', () => {
    expect(landingView('security', null)).toBe('security');
    expect(landingView('security', 12)).toBe('security');
  });
  it('a frontline agent lands on their own tickets, or on the unassigned ones in their languages when they have none', () => {
    expect(landingView('frontline', 3)).toBe('mine');
    expect(landingView('frontline', 0)).toBe('unassigned');
    expect(landingView('frontline', null)).toBe('unassigned');
  });
  it('anyone else, or a desk that does not know the agent yet, keeps "All"', () => {
    expect(landingView('executive', 5)).toBe('all');
    expect(landingView(null, null)).toBe('all');
  });
});
