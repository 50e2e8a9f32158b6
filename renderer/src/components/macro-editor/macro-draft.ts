import type { Language, Priority, TicketStatus, Topic } from '../../../../preload/contract/domain-types';
import type { ChannelInput } from '../../../../preload/contract/channels';

// A personal macro as the editor holds it (text the agent types) and as main saves it.

export interface BodyDraft {
  language: Language;
  body: string;
}

export interface MacroDraft {
  title: string;
  /** Comma-separated. */
  keywords: string;
  topic: Topic | '';
  bodies: BodyDraft[];
  /** "key: Label" per line. */
  fieldsText: string;
  status: TicketStatus | '';
  priority: Priority | '';
  /** Comma-separated. */
  addTags: string;
  assignToSelf: boolean;
}

export const EMPTY_MACRO_DRAFT: MacroDraft = {
  title: '',
  keywords: '',
  topic: '',
  bodies: [{ language: 'en', body: '' }],
  fieldsText: '',
  status: '',
  priority: '',
  addTags: '',
  assignToSelf: false,
};

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** "tx_hash: Transaction hash" per line → required fields. */
function parseFields(text: string): Array<{ key: string; label: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [key = '', ...label] = line.split(':');
      return { key: key.trim(), label: label.join(':').trim() || key.trim() };
    });
}

/** The macro main saves: empty bodies and unset actions left out. */
export function macroToSave(d: MacroDraft): ChannelInput<'macro.save'>['macro'] {
  return {
    title: d.title,
    topic: d.topic === '' ? null : d.topic,
    keywords: splitList(d.keywords),
    bodies: d.bodies.filter((b) => b.body.trim() !== ''),
    requiredFields: parseFields(d.fieldsText),
    actions: {
      ...(d.status ? { status: d.status } : {}),
      ...(d.priority ? { priority: d.priority } : {}),
      ...(splitList(d.addTags).length ? { addTags: splitList(d.addTags) } : {}),
      ...(d.assignToSelf ? { assignToSelf: d.assignToSelf } : {}),
    },
  };
}
