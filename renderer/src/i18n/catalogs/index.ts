import type { InterfaceLanguage } from '../../../../preload/contract/domain-types';
import en from './en.json';
import es from './es.json';
import lt from './lt.json';
import ru from './ru.json';

/**
 * Every message id: the keys of the English catalog, so an id no catalog defines is a compile
 * error wherever t(…) or translate(…) is called.
 */
export type MessageId = keyof typeof en;

/**
 * One catalog per interface language (flat id → ICU message, the format translation tools and
 * `formatjs verify` read). Typed against English: a message missing in Spanish, Russian or
 * Lithuanian does not compile; `npm run i18n:check` and tests/unit/i18n also catch extra keys,
 * ICU that differs from English and plurals without every form.
 */
export const CATALOGS: Readonly<Record<InterfaceLanguage, Readonly<Record<MessageId, string>>>> = { en, es, ru, lt };

export function messagesFor(language: InterfaceLanguage): Readonly<Record<MessageId, string>> {
  return CATALOGS[language];
}
