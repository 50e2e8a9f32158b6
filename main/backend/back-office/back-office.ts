import type { BackendStore } from '../backend-store';
import { generateAccount } from './account-generator';
import type { BackOfficeAccount, BackOfficeDeposit, BackOfficeWithdrawal } from './back-office-shapes';

/** How the back office misbehaves on purpose (development routes): for the desk's tests of a back office that is down or slow. */
export type BackOfficeFault = { mode: 'none' } | { mode: 'down' } | { mode: 'slow'; delayMs: number };

/**
 * The simulated exchange's back office: accounts made from the helpdesk's own tickets
 * (account-generator.ts), plus records a test puts in through the development routes (a deposit
 * whose transaction is on a real test node), which replace a made-up record of the same id or hash.
 */
export class BackOffice {
  private readonly added = new Map<string, { deposits: BackOfficeDeposit[]; withdrawals: BackOfficeWithdrawal[] }>();
  fault: BackOfficeFault = { mode: 'none' };
  /** What the back office holds on top of the made-up account (protective actions in force). */
  overlay: (account: BackOfficeAccount) => BackOfficeAccount = (account) => account;

  constructor(
    private readonly store: BackendStore,
    private readonly now: () => number,
  ) {}

  account(userId: string, email: string): BackOfficeAccount | null {
    const customer = this.store.customerByAccount(userId, email);
    if (!customer) return null;
    const tickets = this.store.ticketsOfCustomer(customer.id).map((ticket) => ({ ticket, messages: this.store.messagesOf(ticket.id) }));
    const account = generateAccount(customer, tickets, this.now());
    const added = this.added.get(customer.userId);
    if (!added) return this.overlay(account);
    return this.overlay({
      ...account,
      deposits: replaceRecords(account.deposits, added.deposits, (d) => d.createdAt),
      withdrawals: replaceRecords(account.withdrawals, added.withdrawals, (w) => w.requestedAt),
    });
  }

  /** Puts a record into an account (a test's own deposit or withdrawal); false when there is no such account. */
  put(userId: string, record: { deposit: BackOfficeDeposit } | { withdrawal: BackOfficeWithdrawal }): boolean {
    const customer = this.store.customerByAccount(userId, '');
    if (!customer) return false;
    const added = this.added.get(customer.userId) ?? { deposits: [], withdrawals: [] };
    if ('deposit' in record) added.deposits = [...added.deposits.filter((d) => d.id !== record.deposit.id), record.deposit];
    else added.withdrawals = [...added.withdrawals.filter((w) => w.id !== record.withdrawal.id), record.withdrawal];
    this.added.set(customer.userId, added);
    return true;
  }
}

function replaceRecords<T extends { id: string; txHash: string | null }>(made: readonly T[], added: readonly T[], at: (row: T) => number): T[] {
  const replaced = (row: T) => added.some((a) => a.id === row.id || (a.txHash !== null && row.txHash !== null && a.txHash.toLowerCase() === row.txHash.toLowerCase()));
  return [...made.filter((row) => !replaced(row)), ...added].sort((a, b) => at(b) - at(a));
}
