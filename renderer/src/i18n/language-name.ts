import { LANGUAGES, type Language } from '../../../preload/contract/domain-types';
import { translate } from './i18n-store';

/** A ticket's or macro's language named in the interface language ("Spanish", "испанский"); an unknown code as it is. */
export function languageName(code: string): string {
  return (LANGUAGES as readonly string[]).includes(code) ? translate(`language.${code as Language}`) : code;
}
