import { LANGUAGES, type Language } from '../../../preload/contract/domain-types';
import { translate } from './i18n-store';
import { LANGUAGE_LABEL } from './labels';

/** A ticket's or macro's language named in the interface language ("Spanish", "испанский"); an unknown code as it is. */
export function languageName(code: string): string {
  return (LANGUAGES as readonly string[]).includes(code) ? translate(LANGUAGE_LABEL[code as Language]) : code;
}
