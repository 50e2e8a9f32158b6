import type { AccountFacts, AccountSubject } from '../../../preload/contract';
import { sameAddress } from './chain-diagnosis';

// The transaction hashes and addresses a ticket's messages mention, each tied to the account's
// deposit or withdrawal it belongs to (by hash, else by address), so the desk can look every one
// up on chain and say what it means for that record.

const EVM_HASH = /(?<![0-9a-zA-Z])0x[0-9a-fA-F]{64}(?![0-9a-zA-Z])/g;
const BARE_HASH = /(?<![0-9a-zA-Z])[0-9a-fA-F]{64}(?![0-9a-zA-Z])/g;
const ADDRESS = /(?<![0-9a-zA-Z])(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,60}|tb1[02-9ac-hj-np-z]{25,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})(?![0-9a-zA-Z])/g;
const MAX_SUBJECTS = 12;

function sameHash(a: string, b: string): boolean {
  const key = (h: string) => h.trim().toLowerCase().replace(/^0x/, '');
  return key(a) === key(b);
}

/** Hashes (0x-prefixed first) and addresses, each once, in the order they first appear. */
export function identifiersIn(texts: readonly string[]): { transactions: string[]; addresses: string[] } {
  const transactions: string[] = [];
  const addresses: string[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(EVM_HASH)) if (!transactions.some((t) => sameHash(t, m[0]))) transactions.push(m[0]);
    const withoutEvm = text.replace(EVM_HASH, ' ');
    for (const m of withoutEvm.matchAll(BARE_HASH)) if (!transactions.some((t) => sameHash(t, m[0]))) transactions.push(m[0]);
    for (const m of withoutEvm.replace(BARE_HASH, ' ').matchAll(ADDRESS)) if (!addresses.some((a) => sameAddress(a, m[0]))) addresses.push(m[0]);
  }
  return { transactions, addresses };
}

/** What the ticket mentions, tied to the account's records where they match (at most 12 subjects). */
export function accountSubjects(texts: readonly string[], facts: AccountFacts | null): AccountSubject[] {
  const { transactions, addresses } = identifiersIn(texts);
  const deposits = facts?.deposits ?? [];
  const withdrawals = facts?.withdrawals ?? [];
  const subjects: AccountSubject[] = [
    ...transactions.map((value): AccountSubject => ({
      kind: 'transaction',
      value,
      depositId: deposits.find((d) => d.txHash !== null && sameHash(d.txHash, value))?.id ?? null,
      withdrawalId: withdrawals.find((w) => w.txHash !== null && sameHash(w.txHash, value))?.id ?? null,
    })),
    ...addresses.map((value): AccountSubject => ({
      kind: 'address',
      value,
      depositId: deposits.find((d) => sameAddress(d.address, value))?.id ?? null,
      withdrawalId: withdrawals.find((w) => sameAddress(w.address, value))?.id ?? null,
    })),
  ];
  return subjects.slice(0, MAX_SUBJECTS);
}
