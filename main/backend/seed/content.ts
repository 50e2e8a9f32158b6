import type { SeedLanguage } from '../wire-types';
import type { LanguageContent } from './content-types';
import { CONTENT_AR } from './content-ar';
import { CONTENT_DE } from './content-de';
import { CONTENT_EN } from './content-en';
import { CONTENT_ES } from './content-es';
import { CONTENT_FR } from './content-fr';
import { CONTENT_ID } from './content-id';
import { CONTENT_IT } from './content-it';
import { CONTENT_JA } from './content-ja';
import { CONTENT_KO } from './content-ko';
import { CONTENT_LT } from './content-lt';
import { CONTENT_PL } from './content-pl';
import { CONTENT_PT } from './content-pt';
import { CONTENT_RU } from './content-ru';
import { CONTENT_TR } from './content-tr';
import { CONTENT_UK } from './content-uk';
import { CONTENT_VI } from './content-vi';
import { CONTENT_ZH } from './content-zh';

/** Raw texts per language; the Record type makes a missing language a compile error. */
export const CONTENT: Readonly<Record<SeedLanguage, LanguageContent>> = {
  en: CONTENT_EN,
  es: CONTENT_ES,
  ru: CONTENT_RU,
  lt: CONTENT_LT,
  de: CONTENT_DE,
  pt: CONTENT_PT,
  tr: CONTENT_TR,
  fr: CONTENT_FR,
  it: CONTENT_IT,
  pl: CONTENT_PL,
  uk: CONTENT_UK,
  zh: CONTENT_ZH,
  ja: CONTENT_JA,
  ko: CONTENT_KO,
  vi: CONTENT_VI,
  id: CONTENT_ID,
  ar: CONTENT_AR,
};
