import type { Agent, Customer, EscalationNotice, Message, OutboxEntry, QueuePage, QueueRow, SearchResult } from '../../../preload/contract';
import { REVEALABLE_FIELDS, type PersonalField, type RevealableField, type TicketPrivacy } from '../../../preload/contract/privacy-types';
import type { AccountFacts } from '../../../preload/contract/account-types';
import { maskBalance, maskEmail, maskIp, maskName, maskNamesIn, maskPersonalData, maskUserId } from '../domain/personal-data';

/** Balances above this (in the asset's display units) are masked for frontline agents and executives, unless set otherwise. */
export const DEFAULT_BALANCE_THRESHOLD = 1000;

export interface CustomerDataGuardOptions {
  agent: () => Agent;
  now: () => number;
  balanceThreshold?: number;
}

/**
 * What this desk's agent may see of customer data, and the masking of it. Security agents see
 * values; frontline agents and executives see them masked unless revealed for that field of that
 * customer (for a limited time); in screen-share mode every identifier is masked, names
 * included, for everyone. Reveals live in memory: a restarted desk shows everything masked again.
 */
export class CustomerDataGuard {
  private screenShare = false;
  private readonly reveals = new Map<string, Map<RevealableField, number>>();
  readonly balanceThreshold: number;

  constructor(private readonly options: CustomerDataGuardOptions) {
    this.balanceThreshold = options.balanceThreshold ?? DEFAULT_BALANCE_THRESHOLD;
  }

  get screenShareOn(): boolean {
    return this.screenShare;
  }

  setScreenShare(on: boolean): void {
    this.screenShare = on;
  }

  /** Shows that field of that customer until `until`. */
  reveal(customerId: string, field: RevealableField, until: number): void {
    const fields = this.reveals.get(customerId) ?? new Map<RevealableField, number>();
    fields.set(field, until);
    this.reveals.set(customerId, fields);
  }

  private revealedUntil(customerId: string | null, field: RevealableField): number | null {
    if (customerId === null) return null;
    const until = this.reveals.get(customerId)?.get(field);
    return until !== undefined && until > this.options.now() ? until : null;
  }

  /** Whether values of this field are masked for this customer (null: a customer the desk cannot name, as in queue rows). */
  hidden(customerId: string | null): (field: PersonalField) => boolean {
    if (this.screenShare) return () => true;
    if (this.options.agent().role === 'security') return () => false;
    return (field) => field === 'name' || field === 'user_id' ? false : this.revealedUntil(customerId, field as RevealableField) === null;
  }

  /** Customer-written text (a body, a subject, a snippet) with what this agent may not see masked. */
  text(value: string, customer: Pick<Customer, 'id' | 'name'> | null, customerName?: string): { text: string; masked: PersonalField[] } {
    const masked = maskPersonalData(value, this.hidden(customer?.id ?? null));
    if (!this.screenShare) return masked;
    const names = [customer?.name, customerName].filter((n): n is string => typeof n === 'string' && n.length > 0);
    return { text: maskNamesIn(masked.text, names), masked: masked.masked };
  }

  plain(value: string, customerName?: string): string {
    return this.text(value, null, customerName).text;
  }

  customer(customer: Customer | null): Customer | null {
    if (!customer) return null;
    const hidden = this.hidden(customer.id);
    const shown = { ...customer, email: hidden('email') ? maskEmail(customer.email) : customer.email };
    if (!this.screenShare) return shown;
    return { ...shown, name: maskName(customer.name), firstName: maskName(customer.firstName), userId: maskUserId(customer.userId) };
  }

  name(value: string): string {
    return this.screenShare && value ? maskName(value) : value;
  }

  /** A wallet balance as this agent may see it (the back-office panel calls this for each balance it shows). */
  balance(customerId: string, amount: string): string {
    return this.hidden(customerId)('balance') ? maskBalance(amount, this.balanceThreshold) : amount;
  }

  /** The back office's account facts for the panel: balances above the threshold, sign-in IPs and free text masked. */
  accountFacts(facts: AccountFacts, customerId: string | null): AccountFacts {
    const hidden = this.hidden(customerId);
    const balance = (amount: string) => (customerId !== null && !hidden('balance') ? amount : maskBalance(amount, this.balanceThreshold));
    return {
      ...facts,
      userId: this.screenShare ? maskUserId(facts.userId) : facts.userId,
      balances: facts.balances.map((b) => ({ ...b, available: balance(b.available), locked: balance(b.locked) })),
      signIns: facts.signIns.map((s) => ({ ...s, ip: hidden('ip') ? maskIp(s.ip) : s.ip })),
      locks: facts.locks.map((l) => ({ ...l, reason: this.plain(l.reason) })),
      withdrawals: facts.withdrawals.map((w) => ({ ...w, holdReason: w.holdReason === null ? null : this.plain(w.holdReason) })),
    };
  }

  row(row: QueueRow): QueueRow {
    return { ...row, subject: this.plain(row.subject, row.customerName), customerName: this.name(row.customerName) };
  }

  page(page: QueuePage): QueuePage {
    return { ...page, rows: page.rows.map((r) => this.row(r)) };
  }

  search(result: SearchResult): SearchResult {
    return {
      ...result,
      // The echo of what the agent typed is masked too: no answer carries an unrevealed value, whoever typed it.
      query: this.plain(result.query),
      hits: result.hits.map((h) => ({ ...h, subject: this.plain(h.subject, h.customerName), customerName: this.name(h.customerName), snippet: this.plain(h.snippet, h.customerName) })),
    };
  }

  entry(entry: OutboxEntry): OutboxEntry {
    return { ...entry, summary: this.plain(entry.summary) };
  }

  messages(messages: readonly Message[], customer: Customer | null): Message[] {
    return messages.map((m) => ({ ...m, body: this.text(m.body, customer).text }));
  }

  notice(notice: EscalationNotice): EscalationNotice {
    return { ...notice, subject: this.plain(notice.subject, notice.customerName), customerName: this.name(notice.customerName) };
  }

  /** What the ticket pane offers: the masked fields found, the reveals in force for this customer. */
  privacy(customerId: string | null, masked: Iterable<PersonalField>): TicketPrivacy {
    const maskedSet = new Set(masked);
    return {
      masked: REVEALABLE_FIELDS.filter((f) => maskedSet.has(f)),
      revealed: REVEALABLE_FIELDS.flatMap((field) => {
        const until = this.revealedUntil(customerId, field);
        return until === null ? [] : [{ field, until }];
      }),
      screenShare: this.screenShare,
    };
  }
}
