import { createElement, Fragment, type ReactNode } from 'react';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { create } from 'zustand';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../preload/contract/domain-types';
import { messagesFor, type MessageId } from './catalogs';

/** ICU argument values: plain values only, so a message never carries markup. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;
export type Translate = (id: MessageId, values?: MessageValues) => string;
/** A message with elements in its arguments (a <kbd>, a <time>): the sentence stays whole for translators. */
export type RichTranslate = (id: MessageId, values: Record<string, ReactNode>) => ReactNode;

/**
 * Dates and numbers: British English keeps the desk's 24-hour clock and day-month order; the
 * other languages use their own conventions.
 */
const FORMAT_LOCALE: Readonly<Record<InterfaceLanguage, string>> = { en: 'en-GB', es: 'es', ru: 'ru', lt: 'lt' };

interface I18nState {
  language: InterfaceLanguage;
  intl: IntlShape;
  /** Formats a message of the current language (a new function per language, so components re-render). */
  t: Translate;
  rich: RichTranslate;
  setLanguage(language: InterfaceLanguage): void;
}

const cache = createIntlCache();

function build(language: InterfaceLanguage): Pick<I18nState, 'language' | 'intl' | 't' | 'rich'> {
  const intl = createIntl(
    {
      locale: FORMAT_LOCALE[language],
      defaultLocale: 'en-GB',
      messages: messagesFor(language),
      // Catalogs are complete by construction (compile-time types, tests/unit/i18n); stay quiet in the console.
      onError: () => {},
    },
    cache,
  );
  const t: Translate = (id, values) => intl.formatMessage({ id }, values) as string;
  const rich: RichTranslate = (id, values) => {
    const parts = intl.formatMessage({ id }, values as Record<string, string>) as unknown;
    // Children passed one by one need no keys.
    return Array.isArray(parts) ? createElement(Fragment, null, ...(parts as ReactNode[])) : (parts as ReactNode);
  };
  return { language, intl, t, rich };
}

export const useI18nStore = create<I18nState>()((set, get) => ({
  ...build('en'),
  setLanguage(language) {
    if (!INTERFACE_LANGUAGES.includes(language) || language === get().language) return;
    set(build(language));
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  },
}));

/** The translate function for components: re-renders them when the language changes. */
export function useT(): Translate {
  return useI18nStore((s) => s.t);
}

/** For sentences that hold elements; re-renders the component when the language changes. */
export function useRich(): RichTranslate {
  return useI18nStore((s) => s.rich);
}

/** Number, date and relative-time formatting in the interface language (Intl underneath). */
export function useIntlFormat(): IntlShape {
  return useI18nStore((s) => s.intl);
}

/** For code outside components (stores, announcements): the current language's message. */
export function translate(id: MessageId, values?: MessageValues): string {
  return useI18nStore.getState().t(id, values);
}

export function currentIntl(): IntlShape {
  return useI18nStore.getState().intl;
}

export function currentLanguage(): InterfaceLanguage {
  return useI18nStore.getState().language;
}
