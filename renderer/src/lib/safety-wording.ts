import type { SafetyWarningReason } from '../../../preload/contract/queue-types';
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
  }
}

/** The invisible and direction-changing characters main marks (domain/text-safety.ts), by the character itself. */
const HIDDEN_NAMES: Readonly<Record<string, MessageId>> = {
  '\u200B': 'ticket.hidden.zeroWidthSpace',
  '\u200C': 'ticket.hidden.zeroWidthNonJoiner',
  '\u200D': 'ticket.hidden.zeroWidthJoiner',
  '\u2060': 'ticket.hidden.wordJoiner',
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

/** A character main marked but this list does not know keeps main's English name rather than none. */
export function hiddenCharacterName(char: string, english: string, t: Translate): string {
  const id = HIDDEN_NAMES[char];
  return id === undefined ? english : t(id);
}
