import { describe, expect, it } from 'vitest';
import { approvalRefusal, deescalationNeedsApproval, protectiveActionRefusal, undoRequestRefusal } from '../../../preload/rules/protective-actions';

// The four-eyes rule the desk, the renderer and the backend all run.

const request = { id: 'UR-1', requestedBy: 'agent-security-1', state: 'pending' as const };
const frozen = [{ action: 'freeze_withdrawals' as const }];

describe('protective actions and four eyes', () => {
  it('lets only security agents act', () => {
    expect(protectiveActionRefusal('security')).toBeNull();
    expect(protectiveActionRefusal('frontline')).toMatchObject({ kind: 'forbidden' });
    expect(protectiveActionRefusal('executive')).toMatchObject({ kind: 'forbidden' });
  });

  it('never lets the requester approve, nor anyone but security; a request is approved once', () => {
    expect(approvalRefusal({ id: 'agent-security-2', role: 'security' }, request)).toBeNull();
    expect(approvalRefusal({ id: 'agent-security-1', role: 'security' }, request)).toMatchObject({ kind: 'forbidden' });
    expect(approvalRefusal({ id: 'agent-frontline-1', role: 'frontline' }, request)).toMatchObject({ kind: 'forbidden' });
    expect(approvalRefusal({ id: 'agent-executive-1', role: 'executive' }, request)).toMatchObject({ kind: 'forbidden' });
    expect(approvalRefusal({ id: 'agent-security-2', role: 'security' }, { ...request, state: 'approved' })).toMatchObject({ kind: 'conflict' });
  });

  it('takes a request only from security, and only to lift what is in force', () => {
    expect(undoRequestRefusal('security', 'unfreeze_withdrawals', frozen)).toBeNull();
    expect(undoRequestRefusal('frontline', 'unfreeze_withdrawals', frozen)).toMatchObject({ kind: 'forbidden' });
    expect(undoRequestRefusal('security', 'unlock_account', frozen)).toMatchObject({ kind: 'conflict' });
    expect(undoRequestRefusal('security', 'unlock_account', [{ action: 'lock_account' }])).toBeNull();
  });

  it('makes a de-escalation wait for approval only while withdrawals are frozen', () => {
    expect(deescalationNeedsApproval(frozen)).toBe(true);
    expect(deescalationNeedsApproval([{ action: 'lock_account' }, { action: 'sign_out_sessions' }])).toBe(false);
    expect(undoRequestRefusal('security', 'deescalate', frozen)).toBeNull();
    expect(undoRequestRefusal('security', 'deescalate', [])).toMatchObject({ kind: 'conflict' });
  });
});
