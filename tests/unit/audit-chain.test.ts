import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toCsv, verifyChain } from '../../main/services/audit/audit-chain';
import { AuditLogTable } from '../../main/services/audit/audit-log-table';
import { cacheSchema } from '../../main/services/store/migrations';
import { migrate, registerFunctions } from '../../main/services/sqlite/open-database';

function table() {
  const db = new Database(':memory:');
  registerFunctions(db, cacheSchema.functions ?? {});
  migrate(db, cacheSchema.migrations);
  const audit = new AuditLogTable(db);
  audit.append({ at: 1, actorId: 'agent-frontline-1', action: 'escalate', ticketId: 'T-1', details: { reason: 'account_takeover', note: 'customer says 2FA changed' } });
  audit.append({ at: 2, actorId: 'agent-frontline-1', action: 'account_protection_requested', ticketId: 'T-1', details: { holdWithdrawals: true } });
  audit.append({ at: 3, actorId: 'agent-security-1', action: 'claim', ticketId: 'T-1', details: {} });
  return { db, audit };
}

describe('the audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyChain(table().audit.list())).toEqual({ ok: true, entries: 3 });
  });

  it('is append-only in the database itself', () => {
    const { db } = table();
    expect(() => db.prepare(`UPDATE audit_log SET actor_id = 'x' WHERE id = 1`).run()).toThrow(/append-only/);
  });

  it('detects an edited entry', () => {
    const { audit } = table();
    const entries = audit.list();
    entries[1] = { ...entries[1]!, details: { holdWithdrawals: false } };
    expect(verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 2, reason: expect.stringMatching(/changed/) });
  });

  it('detects a deleted entry, even with the triggers bypassed', () => {
    const { db, audit } = table();
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(verifyChain(audit.list())).toMatchObject({ ok: false, brokenAt: 3, reason: expect.stringMatching(/removed/) });
  });

  it('exports CSV that a spreadsheet cannot turn into a formula', () => {
    const { audit } = table();
    audit.append({ at: 4, actorId: '=HYPERLINK("http://evil")', action: 'deescalate', ticketId: 'T-1', details: { reason: 'false alarm' } });
    const csv = toCsv(audit.list());
    expect(csv.split('\n')[0]).toBe('seq,at,actor,action,ticket,details,prev_hash,hash');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.trim().split('\n')).toHaveLength(5);
  });
});
