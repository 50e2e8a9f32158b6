import { addressesIn } from './text-safety';
import { personalDataIn } from './personal-data';
import { HIDDEN_CHARACTER_CLASS } from '../../../preload/contract/text-marks';

/**
 * The identifiers in a reply that could belong to a customer: e-mail addresses, the exchange's
 * user ids, wallet addresses and transaction hashes. Whose they are is the cache's to say; this
 * only finds them (pure). A reply naming another customer's identifier leaks their data.
 */
export type IdentifierKind = 'email' | 'user_id' | 'wallet_address' | 'tx_hash';

export interface FoundIdentifier {
  kind: IdentifierKind;
  value: string;
}

const USER_ID = /(?<![\p{L}\p{N}-])U-\d{4,12}(?![\p{L}\p{N}])/gu;
const TX_HASH = /(?<![\p{L}\p{N}])(?:0x)?[0-9a-fA-F]{64}(?![\p{L}\p{N}])/gu;
const HIDDEN = new RegExp(HIDDEN_CHARACTER_CLASS, 'gu');

export function identifiersIn(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  for (const span of personalDataIn(text)) {
    if (span.field === 'email') found.push({ kind: 'email', value: text.slice(span.start, span.end).replace(HIDDEN, '').toLowerCase() });
  }
  for (const m of text.matchAll(USER_ID)) found.push({ kind: 'user_id', value: m[0] });
  for (const address of addressesIn([text])) found.push({ kind: 'wallet_address', value: address });
  for (const m of text.matchAll(TX_HASH)) found.push({ kind: 'tx_hash', value: m[0] });
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(`${f.kind}:${f.value}`) && seen.add(`${f.kind}:${f.value}`));
}
