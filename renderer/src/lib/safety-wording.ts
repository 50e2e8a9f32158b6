import type { SafetyWarningReason } from '../../../preload/contract/queue-types';
import { codePointLabel } from '../../../preload/contract/text-marks';
import type { MessageId, Translate } from '../i18n';

/** Main words each warning in English for its logs; the reason, when sent, is said in the agent's language. */
export function safetyWarningText(reason: SafetyWarningReason | undefined, english: string, t: Translate): string {
  if (!reason) return english;
  switch (reason.code) {
    case 'punycode':
      return t('ticket.safety.punycode');
    case 'mixed_scripts':
      return t('ticket.safety.mixedScripts');
    case 'looks_like_domain':
      return t('ticket.safety.looksLikeDomain', { domain: reason.domain });
    case 'borrows_name':
      return t('ticket.safety.borrowsName', { name: reason.name, domain: reason.domain });
    case 'looks_like_address':
      return t('ticket.safety.looksLikeAddress', { address: reason.address });
    case 'one_character_off':
      return t('ticket.safety.oneCharacterOff', { address: reason.address });
    case 'text_names_other_host':
      return t('ticket.safety.textNamesOtherHost', { shown: reason.shown, host: reason.host });
    case 'misleading_url':
      return t('ticket.safety.misleadingUrl', { shown: reason.shown, host: reason.host });
    case 'carries_url':
      return t('ticket.safety.carriesUrl', { host: reason.host, reason: safetyWarningText(reason.why, english, t) });
  }
}

/** The invisible and direction-changing characters that have a name of their own, by the character itself. */
const HIDDEN_NAMES: Readonly<Record<string, MessageId>> = {
  '\u00AD': 'ticket.hidden.softHyphen',
  '\u034F': 'ticket.hidden.combiningGraphemeJoiner',
  '\u061C': 'ticket.hidden.arabicLetterMark',
  '\u115F': 'ticket.hidden.hangulFiller',
  '\u1160': 'ticket.hidden.hangulFiller',
  '\u3164': 'ticket.hidden.hangulFiller',
  '\uFFA0': 'ticket.hidden.hangulFiller',
  '\u180E': 'ticket.hidden.mongolianVowelSeparator',
  '\u200B': 'ticket.hidden.zeroWidthSpace',
  '\u200C': 'ticket.hidden.zeroWidthNonJoiner',
  '\u200D': 'ticket.hidden.zeroWidthJoiner',
  '\u200E': 'ticket.hidden.leftToRightMark',
  '\u200F': 'ticket.hidden.rightToLeftMark',
  '\u2060': 'ticket.hidden.wordJoiner',
  '\u2061': 'ticket.hidden.functionApplication',
  '\u2062': 'ticket.hidden.invisibleTimes',
  '\u2063': 'ticket.hidden.invisibleSeparator',
  '\u2064': 'ticket.hidden.invisiblePlus',
  '\uFEFF': 'ticket.hidden.zeroWidthNoBreakSpace',
  '\u202A': 'ticket.hidden.leftToRightEmbedding',
  '\u202B': 'ticket.hidden.rightToLeftEmbedding',
  '\u202C': 'ticket.hidden.popDirectionalFormatting',
  '\u202D': 'ticket.hidden.leftToRightOverride',
  '\u202E': 'ticket.hidden.rightToLeftOverride',
  '\u2066': 'ticket.hidden.leftToRightIsolate',
  '\u2067': 'ticket.hidden.rightToLeftIsolate',
  '\u2068': 'ticket.hidden.firstStrongIsolate',
  '\u2069': 'ticket.hidden.popDirectionalIsolate',
};

/**
 * The name of a hidden character (see preload/contract/text-marks.ts) in the agent's language:
 * its own, or its kind with its code point ("variation selector U+FE0F").
 */
export function hiddenCharacterName(char: string, t: Translate): string {
  const id = HIDDEN_NAMES[char];
  if (id !== undefined) return t(id);
  const cp = char.codePointAt(0) ?? 0;
  const code = codePointLabel(char);
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return t('ticket.hidden.variationSelector', { code });
  if (cp >= 0xe0000 && cp <= 0xe007f) return t('ticket.hidden.tag', { code });
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return t('ticket.hidden.control', { code });
  return t('ticket.hidden.invisible', { code });
}
