import { SEED_LANGUAGES, type Customer, type Language, type SeedLanguage } from '../wire-types';
import { COUNTRIES, EMAIL_DOMAINS, NAMES, NUMERIC_MAILBOX_DOMAINS, toAsciiLower, type NamePool, type PoolName } from './content-people';
import { randomUserId } from './identifiers';
import { WeightedTable, type Random } from './random';

export const CUSTOMER_ID_PREFIX = 'C-';
/** Seeded customers are numbered from here, like tickets (C-100001, C-100002, …). */
export const FIRST_CUSTOMER_NUMBER = 100001;

/** A crypto exchange's customer mix: English first, then its large Spanish, Russian, Turkish, Portuguese and Asian markets. */
export const CUSTOMER_LANGUAGES = new WeightedTable<SeedLanguage>([
  ['en', 18],
  ['es', 9],
  ['ru', 8],
  ['tr', 8],
  ['pt', 7],
  ['zh', 7],
  ['ko', 6],
  ['vi', 6],
  ['de', 5],
  ['fr', 5],
  ['id', 5],
  ['ja', 4],
  ['ar', 4],
  ['it', 3],
  ['pl', 3],
  ['uk', 3],
  ['lt', 2],
]);

const KYC_LEVELS = new WeightedTable<Customer['kycLevel']>([
  [0, 8],
  [1, 22],
  [2, 55],
  [3, 15],
]);

interface Person {
  readonly display: string;
  readonly ascii: string;
}

interface PreparedNames {
  readonly maleFirst: readonly Person[];
  readonly femaleFirst: readonly Person[];
  readonly maleLast: readonly Person[];
  readonly femaleLast: readonly Person[];
  readonly secondSurnameChance: number;
  readonly familyNameFirst: boolean;
  readonly nameSeparator: string;
  readonly addressedBy: NonNullable<NamePool['addressedBy']>;
  readonly countries: WeightedTable<string>;
  readonly emailDomains: readonly string[];
}

const toPeople = (names: readonly PoolName[]): readonly Person[] =>
  names.map((name) => (typeof name === 'string' ? { display: name, ascii: toAsciiLower(name) } : { display: name[0], ascii: name[1] }));

// Transliteration runs once per distinct name here, not once per customer.
const PREPARED: Readonly<Record<SeedLanguage, PreparedNames>> = (() => {
  const prepared = {} as Record<SeedLanguage, PreparedNames>;
  for (const language of SEED_LANGUAGES) {
    const pool = NAMES[language];
    const maleLast = toPeople(pool.maleLast);
    prepared[language] = {
      maleFirst: toPeople(pool.maleFirst),
      femaleFirst: toPeople(pool.femaleFirst),
      maleLast,
      femaleLast: pool.femaleLast ? toPeople(pool.femaleLast) : maleLast,
      secondSurnameChance: pool.secondSurnameChance ?? 0,
      familyNameFirst: pool.familyNameFirst ?? false,
      nameSeparator: pool.nameSeparator ?? ' ',
      addressedBy: pool.addressedBy ?? 'given',
      countries: new WeightedTable(COUNTRIES[language]),
      emailDomains: EMAIL_DOMAINS[language],
    };
  }
  return prepared;
})();

/** Keeps user ids and e-mail addresses unique across every customer generated so far. */
export class IdentityRegistry {
  private readonly userIds = new Set<string>();
  private readonly emails = new Set<string>();

  remember(customer: Pick<Customer, 'userId' | 'email'>): void {
    this.userIds.add(customer.userId);
    this.emails.add(customer.email);
  }

  uniqueUserId(rng: Random): string {
    let userId = randomUserId(rng);
    while (this.userIds.has(userId)) userId = randomUserId(rng);
    return userId;
  }

  uniqueEmail(rng: Random, local: string, domain: string): string {
    let email = `${local}@${domain}`;
    while (this.emails.has(email)) email = `${local}${rng.int(1, 9999)}@${domain}`;
    return email;
  }
}

function emailLocalPart(rng: Random, first: string, last: string, domain: string): string {
  if (NUMERIC_MAILBOX_DOMAINS.has(domain)) return String(rng.int(100_000_000, 3_999_999_999));
  switch (rng.int(0, 4)) {
    case 0:
      return `${first}.${last}`;
    case 1:
      return `${first}${last}${rng.int(70, 99)}`;
    case 2:
      return `${first.charAt(0)}${last}`;
    case 3:
      return `${last}.${first}${rng.int(1, 99)}`;
    default:
      return `${first}_${last}${rng.int(1970, 2006)}`;
  }
}

export function customerIdFor(sequence: number): string {
  return CUSTOMER_ID_PREFIX + sequence;
}

/** The numeric part of a seeded-style customer id, or NaN for ids in another format. */
export function customerNumberOf(id: string): number {
  return id.startsWith(CUSTOMER_ID_PREFIX) ? Number(id.slice(CUSTOMER_ID_PREFIX.length)) : Number.NaN;
}

export function createCustomer(rng: Random, id: string, identities: IdentityRegistry, language?: SeedLanguage): Customer {
  const customerLanguage = language ?? CUSTOMER_LANGUAGES.pick(rng);
  const names = PREPARED[customerLanguage];
  const female = rng.chance(0.45);
  const first = rng.pick(female ? names.femaleFirst : names.maleFirst);
  const last = rng.pick(female ? names.femaleLast : names.maleLast);
  const full = names.familyNameFirst ? `${last.display}${names.nameSeparator}${first.display}` : `${first.display}${names.nameSeparator}${last.display}`;
  let name = full;
  if (rng.chance(names.secondSurnameChance)) {
    const second = rng.pick(names.maleLast);
    if (second !== last) name += ` ${second.display}`;
  }
  const domain = rng.pick(names.emailDomains);
  const email = identities.uniqueEmail(rng, emailLocalPart(rng, first.ascii, last.ascii, domain), domain);
  const addressedAs = { given: first.display, family: last.display, full }[names.addressedBy];
  const customer: Customer = {
    id,
    name,
    firstName: addressedAs,
    email,
    userId: identities.uniqueUserId(rng),
    language: customerLanguage,
    country: names.countries.pick(rng),
    kycLevel: KYC_LEVELS.pick(rng),
  };
  identities.remember(customer);
  return customer;
}

/** Generated customers write in the seed's languages; anyone else gets English content. */
export function seedLanguageOf(language: Language): SeedLanguage {
  return (SEED_LANGUAGES as readonly string[]).includes(language) ? (language as SeedLanguage) : 'en';
}
