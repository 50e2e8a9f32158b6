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
export {
  STATUS_LABEL,
  PRIORITY_LABEL,
  TOPIC_LABEL,
  LANGUAGE_LABEL,
  ROLE_LABEL,
  SECURITY_REASON_LABEL,
  EXECUTIVE_REASON_LABEL,
  OUTBOX_KIND_LABEL,
  OUTBOX_STATE_LABEL,
  REVEAL_FIELD_LABEL,
  REVEAL_REASON_LABEL,
} from './labels';
