import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerTextParts, escapeHiddenInJson, hasHiddenCharacters, isolatedPlainText, withVisibleMarks } from '../../../preload/contract/customer-text';
import { HIDDEN_CHARACTER_CLASS } from '../../../preload/contract/text-marks';
import type { Agent } from '../../../preload/contract';
import { escalationNotificationText } from '../../../main/electron/escalation-notifier';
import { createEscalationHandlers } from '../../../main/services/app/escalation-handlers';
import { toCsv, verifyChain, type AuditEntry } from '../../../main/services/audit/audit-chain';
import { csvCell } from '../../../main/services/domain/csv-cell';
import { openCacheStore } from '../../../main/services/store/cache-store';
import { makeTicket, T0 } from '../fixtures/make-ticket';

// Issue 14: text a customer or a backend wrote, outside the message body, never acts on what is
// around it. One set of payloads for every place it goes (the probe brings its own).
const PAYLOADS = [
  'invoice_7731\u202Efdp.exe',
  'Ana \u202Ezeuq\u202C Ruiz',
  '\u2067withdrawal\u2069 approved',
  '\u202Bsee attached\u202C and \u202Aembedded\u202C',
  '\u202Dlocked\u202C',
  'Pay\u200Bpal\u200C\u200D\u2060',
  '\uFEFFpassword re\u00ADset',
  '\u0645\u062D\u0645\u062F\u200F \u200E\u061C',
  'a\u2066b\u2068c\u2069',
  'bell\u0007 esc\u001b[31m del\u007f c1\u0085',
  'hangul\u3164filler\u115F and \uFFA0',
  'tag chars \u{E0041}\u{E0042} and vs \uFE0F\u{E0100}',
  'mongolian\u180E joiner\u034F invisible\u2063\u2062\u2061\u2064',
];
const hidden = new RegExp(HIDDEN_CHARACTER_CLASS, 'u');
const hiddenCount = (s: string) => [...s.matchAll(new RegExp(HIDDEN_CHARACTER_CLASS, 'gu'))].length;

describe('customer text outside the message body', () => {
  it('splits every hidden character out as a mark, keeping the rest in order', () => {
    for (const payload of PAYLOADS) {
      const parts = customerTextParts(payload);
      expect(parts.map((p) => p.text).join(''), payload).toBe(payload);
      expect(parts.filter((p) => p.hidden)).toHaveLength(hiddenCount(payload));
      for (const p of parts) {
        if (p.hidden) expect(p.label, payload).toMatch(/^U\+[0-9A-F]{4,6}$/);
        else expect(hidden.test(p.text), payload).toBe(false);
      }
      expect(hasHiddenCharacters(payload)).toBe(true);
    }
    expect(customerTextParts('Plain name')).toEqual([{ hidden: false, text: 'Plain name' }]);
    expect(customerTextParts('')).toEqual([]);
  });

  it('plain-text forms leave no control: marks, and one closed isolate of the desk’s own', () => {
    expect(withVisibleMarks('invoice_7731\u202Efdp.exe')).toBe('invoice_7731⟨U+202E⟩fdp.exe');
    for (const payload of PAYLOADS) {
      expect(hidden.test(withVisibleMarks(payload)), payload).toBe(false);
      const isolated = isolatedPlainText(payload);
      expect(isolated.startsWith('\u2068') && isolated.endsWith('\u2069')).toBe(true);
      expect(hidden.test(isolated.slice(1, -1)), payload).toBe(false);
    }
  });

  it('desktop notifications carry marks and isolates, never the customer’s controls', () => {
    for (const payload of PAYLOADS) {
      const { title, body } = escalationNotificationText({ ticketId: `T-1${payload}`, customerName: payload, subject: payload });
      for (const text of [title, body]) {
        const withoutOurIsolates = text.replace(/\u2068([^\u2068\u2069]*)\u2069/g, '$1');
        expect(hidden.test(withoutOurIsolates), text).toBe(false);
      }
      expect(body).toContain(withVisibleMarks(payload).slice(0, 20));
    }
  });

  it('CSV cells show marks, still refuse formulas', () => {
    for (const payload of PAYLOADS) expect(hidden.test(csvCell(payload)), payload).toBe(false);
    expect(csvCell('=HYPERLINK("x")\u202E')).toBe('"\'=HYPERLINK(""x"")⟨U+202E⟩"');
    expect(csvCell('\u202E=1+1')).toBe('"⟨U+202E⟩=1+1"');
  });

  it('JSON keeps the same values (hashes verify) with hidden characters as escapes', () => {
    for (const payload of PAYLOADS) {
      const json = JSON.stringify({ note: payload, nested: [payload] });
      const escaped = escapeHiddenInJson(json);
      expect(hidden.test(escaped), payload).toBe(false);
      expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
    }
  });

  it('audit exports (CSV and JSON, through the channel handler) hold no control and still verify', async () => {
    const cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-customer-text-')), 'cache.sqlite'));
    try {
      const ticketId = 'T-1\u202Evsc.exe';
      cache.transaction(() => cache.tickets.applyServerData({ tickets: [makeTicket({ id: ticketId })], customers: [], messages: [] }));
      cache.transaction(() => {
        for (const [i, payload] of PAYLOADS.entries()) cache.audit.append({ at: T0 + i, actorId: `agent-${payload}`, action: 'escalate', ticketId, details: { reason: 'other', note: payload } });
      });
      const me: Agent = { id: 'agent-s', name: 'Sec', email: 's@desk', role: 'security', languages: ['en'], domains: [] };
      const handlers = createEscalationHandlers({ cache, agent: () => me, now: () => T0, sendingIds: () => new Set(), onQueued: () => {}, warn: () => {} } as never);
      for (const format of ['csv', 'json'] as const) {
        const exported = await handlers['audit.export']({ format, ticketId });
        expect(exported.entries).toBe(PAYLOADS.length);
        expect(exported.verification.ok).toBe(true);
        expect(hidden.test(exported.content), format).toBe(false);
        expect(exported.filename).toMatch(/^agentdesk-audit-T-1_vsc\.exe-[0-9-]+\.(csv|json)$/);
        if (format === 'json') {
          const parsed = JSON.parse(exported.content) as { entries: AuditEntry[] };
          expect(parsed.entries.map((e) => (e.details as { note: string }).note)).toEqual(PAYLOADS);
          expect(verifyChain(parsed.entries).ok).toBe(true);
        }
      }
      expect(hidden.test(toCsv(cache.audit.list()))).toBe(false);
    } finally {
      cache.close();
    }
  });
});
