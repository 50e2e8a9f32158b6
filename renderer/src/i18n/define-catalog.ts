import type { InterfaceLanguage } from '../../../preload/contract/domain-types';

/** The translations of one area of the interface; other languages must have exactly English's keys. */
export type Catalog<K extends string> = Readonly<Record<InterfaceLanguage, Readonly<Record<K, string>>>>;

/**
 * English first, then the others typed against its keys: a key missing in Spanish, Russian or
 * Lithuanian is a compile error, and tests/unit/i18n checks the same at run time (and the ICU
 * arguments) so a catalog built any other way is caught too.
 */
export function defineCatalog<const E extends Readonly<Record<string, string>>>(
  en: E,
  others: Readonly<Record<Exclude<InterfaceLanguage, 'en'>, Readonly<Record<keyof E & string, string>>>>,
): Catalog<keyof E & string> {
  return { en, ...others };
}
