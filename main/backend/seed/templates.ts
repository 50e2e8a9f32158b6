// Texts are parsed once into literal pieces and placeholder keys, so filling one for a message
// is a handful of string concatenations — no regular expressions inside the 100k-ticket loop.

import { KNOWN_TOPICS, type KnownTopic, type SeedLanguage, type Topic } from '../wire-types';
import { CONTENT } from './content';
import { GENERIC_NOTES, NOTES_BY_TOPIC } from './content-notes';
import { FACT_KEYS, type FactKey, type Facts } from './content-types';

export interface Template {
  readonly source: string;
  /** Literal text before the first placeholder. */
  readonly head: string;
  /** Each placeholder followed by the literal text up to the next one. */
  readonly tail: readonly (readonly [FactKey, string])[];
  readonly keys: ReadonlySet<FactKey>;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>(FACT_KEYS);

function isFactKey(name: string): name is FactKey {
  return KNOWN_KEYS.has(name);
}

export function compileTemplate(source: string): Template {
  let head = '';
  const tail: (readonly [FactKey, string])[] = [];
  let pendingKey: FactKey | null = null;
  let cursor = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isFactKey(name)) throw new Error(`Unknown placeholder {${name}} in seed text: ${source}`);
    const literal = source.slice(cursor, match.index);
    if (pendingKey === null) head = literal;
    else tail.push([pendingKey, literal]);
    pendingKey = name;
    cursor = match.index + match[0].length;
  }
  const rest = source.slice(cursor);
  if (pendingKey === null) head = rest;
  else tail.push([pendingKey, rest]);
  return { source, head, tail, keys: new Set(tail.map(([key]) => key)) };
}

export function renderTemplate(template: Template, facts: Facts): string {
  let out = template.head;
  for (const [key, literal] of template.tail) out += facts[key] + literal;
  return out;
}

export interface CompiledScenario {
  readonly subjects: readonly Template[];
  readonly opening: Template;
  readonly resolution: Template | null;
  /** Whether the customer names a transfer, which makes its network worth a tag. */
  readonly mentionsTransfer: boolean;
}

const TRANSFER_MENTIONS: readonly FactKey[] = ['coin', 'network', 'txHash', 'address'];

export interface CompiledTopic {
  readonly standardReply: Template;
  readonly scenarios: readonly CompiledScenario[];
}

export interface CompiledLanguage {
  readonly topics: Readonly<Record<KnownTopic, CompiledTopic>>;
  readonly nudges: readonly Template[];
  readonly answers: readonly Template[];
  readonly transferAnswers: readonly Template[];
  readonly thanks: readonly Template[];
  readonly agentFollowUps: readonly Template[];
  readonly accountLines: readonly Template[];
  readonly greeting: Template;
  readonly signoff: Template;
}

const compileAll = (sources: readonly string[]): readonly Template[] => sources.map(compileTemplate);

function compileLanguage(language: SeedLanguage): CompiledLanguage {
  const content = CONTENT[language];
  const topics = {} as Record<KnownTopic, CompiledTopic>;
  for (const topic of KNOWN_TOPICS) {
    const texts = content.topics[topic];
    topics[topic] = {
      standardReply: compileTemplate(texts.standardReply),
      scenarios: texts.scenarios.map((scenario) => {
        const subjects = compileAll(scenario.subjects);
        const opening = compileTemplate(scenario.opening);
        return {
          subjects,
          opening,
          resolution: scenario.resolution === undefined ? null : compileTemplate(scenario.resolution),
          mentionsTransfer: [opening, ...subjects].some((template) =>
            TRANSFER_MENTIONS.some((key) => template.keys.has(key)),
          ),
        };
      }),
    };
  }
  return {
    topics,
    nudges: compileAll(content.nudges),
    answers: compileAll(content.answers),
    transferAnswers: compileAll(content.transferAnswers),
    thanks: compileAll(content.thanks),
    agentFollowUps: compileAll(content.agentFollowUps),
    accountLines: compileAll(content.accountLines),
    greeting: compileTemplate(content.greeting),
    signoff: compileTemplate(content.signoff),
  };
}

const compiledLanguages = new Map<SeedLanguage, CompiledLanguage>();

export function compiledContent(language: SeedLanguage): CompiledLanguage {
  let compiled = compiledLanguages.get(language);
  if (compiled === undefined) {
    compiled = compileLanguage(language);
    compiledLanguages.set(language, compiled);
  }
  return compiled;
}

/**
 * The texts a simulated customer or colleague uses for a ticket: an unclassified ticket ("other",
 * made through the API) is written about as an account question in general.
 */
export function contentTopic(topic: Topic): KnownTopic {
  return topic === 'other' ? 'kyc' : topic;
}

let compiledNotes: Readonly<Record<Topic, readonly Template[]>> | null = null;

/** Internal notes (English) that fit a topic: its own plus the generic ones. */
export function notesFor(topic: Topic): readonly Template[] {
  if (compiledNotes === null) {
    const generic = compileAll(GENERIC_NOTES);
    const byTopic = { other: generic } as Record<Topic, readonly Template[]>;
    for (const item of KNOWN_TOPICS) byTopic[item] = [...compileAll(NOTES_BY_TOPIC[item]), ...generic];
    compiledNotes = byTopic;
  }
  return compiledNotes[topic];
}
