export {
  useT,
  useRich,
  useIntlFormat,
  translate,
  currentIntl,
  currentLanguage,
  useI18nStore,
  type Translate,
  type RichTranslate,
  type MessageValues,
} from './i18n-store';
export { languageName } from './language-name';
export { CATALOGS, messagesFor, type MessageId } from './catalogs';
