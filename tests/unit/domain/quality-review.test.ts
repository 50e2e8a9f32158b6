import { describe, expect, it } from 'vitest';
import { needsQualityReview, QUALITY_REVIEW_TAG, withQualityReview } from '../../../main/services/domain/quality-review';

describe('quality review of what an executive sends', () => {
  it('marks only executives for review', () => {
    expect(needsQualityReview('executive')).toBe(true);
    expect(needsQualityReview('frontline')).toBe(false);
    expect(needsQualityReview('security')).toBe(false);
  });

  it('adds the review tag to the ticket’s own tags when nothing else changes them', () => {
    expect(withQualityReview('executive', { tags: ['vip'] }, {})).toEqual({ tags: ['vip', QUALITY_REVIEW_TAG] });
    expect(withQualityReview('executive', { tags: [] }, { status: 'pending' })).toEqual({ status: 'pending', tags: [QUALITY_REVIEW_TAG] });
  });

  it('builds on the tags a macro just set, so none of them is dropped', () => {
    expect(withQualityReview('executive', { tags: ['vip'] }, { tags: ['vip', 'deposit'] })).toEqual({ tags: ['vip', 'deposit', QUALITY_REVIEW_TAG] });
  });

  it('changes nothing when the ticket is already marked, or the sender is not an executive', () => {
    const changes = { status: 'pending' as const };
    expect(withQualityReview('executive', { tags: [QUALITY_REVIEW_TAG] }, changes)).toBe(changes);
    expect(withQualityReview('executive', { tags: [] }, { tags: [QUALITY_REVIEW_TAG, 'kyc'] })).toEqual({ tags: [QUALITY_REVIEW_TAG, 'kyc'] });
    expect(withQualityReview('frontline', { tags: ['vip'] }, changes)).toBe(changes);
    expect(withQualityReview('security', { tags: [] }, {})).toEqual({});
  });
});
