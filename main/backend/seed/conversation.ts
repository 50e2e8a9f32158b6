// Per-ticket facts and the bodies of the messages that talk about them.

import { SEED_LANGUAGES, TOPICS, type Customer, type SeedLanguage, type Topic } from '../wire-types';
import type { FactKey, Facts } from './content-types';
import {
  randomApiKeyPrefix,
  randomIpAddress,
  randomOrderId,
  randomPhishingUrl,
  randomTransfer,
} from './identifiers';
import { seedLanguageOf } from './customers';
import type { Random } from './random';
import { compiledContent, contentTopic, notesFor, renderTemplate, type CompiledScenario, type Template } from './templates';

/** Topics where a customer answering an agent may quote the transfer (hash, address) again. */
const TRANSFER_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['deposit', 'withdrawal', 'account_compromise']);
const TRANSFER_KEYS: readonly FactKey[] = ['coin', 'network', 'amount', 'txHash', 'address'];
const PARAGRAPH = '\n\n';

function templatesOfTopic(language: SeedLanguage, topic: Topic): Template[] {
  const content = compiledContent(language);
  const texts = content.topics[contentTopic(topic)];
  return [
    texts.standardReply,
    ...texts.scenarios.flatMap((scenario) => [
      ...scenario.subjects,
      scenario.opening,
      ...(scenario.resolution === null ? [] : [scenario.resolution]),
    ]),
    ...content.nudges,
    ...content.answers,
    ...(TRANSFER_TOPICS.has(topic) ? content.transferAnswers : []),
    ...content.agentFollowUps,
    ...content.accountLines,
  ];
}

let keysByTopic: Readonly<Record<Topic, ReadonlySet<FactKey>>> | null = null;

/** Which facts a topic's texts can ask for, so that identifiers nobody reads are never generated. */
function keysNeededBy(topic: Topic): ReadonlySet<FactKey> {
  if (keysByTopic === null) {
    const computed = {} as Record<Topic, ReadonlySet<FactKey>>;
    for (const item of TOPICS) {
      const keys = new Set<FactKey>();
      const templates = [...notesFor(item), ...SEED_LANGUAGES.flatMap((language) => templatesOfTopic(language, item))];
      for (const template of templates) for (const key of template.keys) keys.add(key);
      computed[item] = keys;
    }
    keysByTopic = computed;
  }
  return keysByTopic[topic];
}

export interface TicketFacts {
  readonly facts: Facts;
  /** Tag for the transfer's network ("trc20"), or '' when the topic involves no transfer. */
  readonly networkTag: string;
}

/** Everything a ticket's messages may mention. `agentName` is '' while no agent has replied. */
export function createFacts(
  rng: Random,
  customer: Customer,
  topic: Topic,
  ticketId: string,
  now: number,
  agentName: string,
): TicketFacts {
  const needed = keysNeededBy(topic);
  const transfer = TRANSFER_KEYS.some((key) => needed.has(key)) ? randomTransfer(rng, seedLanguageOf(customer.language)) : null;
  return {
    networkTag: transfer?.networkTag ?? '',
    facts: {
      firstName: customer.firstName,
      agentName,
      userId: customer.userId,
      email: customer.email,
      ticketId,
      coin: transfer?.coin ?? '',
      network: transfer?.network ?? '',
      amount: transfer?.amount ?? '',
      txHash: transfer?.txHash ?? '',
      address: transfer?.address ?? '',
      orderId: needed.has('orderId') ? randomOrderId(rng) : '',
      ip: needed.has('ip') ? randomIpAddress(rng) : '',
      apiKey: needed.has('apiKey') ? randomApiKeyPrefix(rng) : '',
      phishingUrl: needed.has('phishingUrl') ? randomPhishingUrl(rng) : '',
      // Tax questions are about the last complete year.
      year: String(new Date(now).getUTCFullYear() - 1),
    },
  };
}

/** Facts for texts that may use only {ticketId} (nudges sent by live traffic). */
export function ticketOnlyFacts(ticketId: string): Facts {
  return {
    firstName: '',
    agentName: '',
    userId: '',
    email: '',
    ticketId,
    coin: '',
    network: '',
    amount: '',
    txHash: '',
    address: '',
    orderId: '',
    ip: '',
    apiKey: '',
    phishingUrl: '',
    year: '',
  };
}

/** The kind of request a ticket is about; its subject, first message and answer agree. */
export function chooseScenario(rng: Random, language: SeedLanguage, topic: Topic): CompiledScenario {
  return rng.pick(compiledContent(language).topics[contentTopic(topic)].scenarios);
}

export function subjectLine(rng: Random, scenario: CompiledScenario, facts: Facts): string {
  return renderTemplate(rng.pick(scenario.subjects), facts);
}

/** A customer's first message; often signed, and often naming the account if the text does not. */
export function openingBody(rng: Random, language: SeedLanguage, scenario: CompiledScenario, facts: Facts): string {
  let body = renderTemplate(scenario.opening, facts);
  if (!scenario.opening.keys.has('userId') && rng.chance(0.5)) {
    body += PARAGRAPH + renderTemplate(rng.pick(compiledContent(language).accountLines), facts);
  }
  if (rng.chance(0.3)) body += PARAGRAPH + facts.firstName;
  return body;
}

export function nudgeBody(rng: Random, language: SeedLanguage, facts: Facts): string {
  return renderTemplate(rng.pick(compiledContent(language).nudges), facts);
}

export function answerBody(rng: Random, language: SeedLanguage, topic: Topic, scenario: CompiledScenario, facts: Facts): string {
  const content = compiledContent(language);
  const quotesTransfer = TRANSFER_TOPICS.has(topic) && scenario.mentionsTransfer && rng.chance(0.6);
  const pool = quotesTransfer ? content.transferAnswers : content.answers;
  return renderTemplate(rng.pick(pool), facts);
}

export function thanksBody(rng: Random, language: SeedLanguage, facts: Facts): string {
  return renderTemplate(rng.pick(compiledContent(language).thanks), facts);
}

export type AgentReplyKind = 'standard' | 'resolution' | 'follow-up';

/**
 * What the agent says next: usually the topic's standard reply first, the scenario's
 * resolution once the case is settled, and generic follow-ups in between.
 */
export function nextAgentReplyKind(
  rng: Random,
  scenario: CompiledScenario,
  repliesSent: number,
  resolutionSent: boolean,
): AgentReplyKind {
  const canResolve = scenario.resolution !== null && !resolutionSent;
  if (repliesSent === 0) return canResolve && rng.chance(0.25) ? 'resolution' : 'standard';
  return canResolve && rng.chance(0.7) ? 'resolution' : 'follow-up';
}

/** Greeting, the answer, sign-off. */
export function agentReplyBody(
  rng: Random,
  language: SeedLanguage,
  topic: Topic,
  scenario: CompiledScenario,
  facts: Facts,
  kind: AgentReplyKind,
): string {
  const content = compiledContent(language);
  let answer: Template;
  if (kind === 'resolution' && scenario.resolution !== null) answer = scenario.resolution;
  else if (kind === 'follow-up') answer = rng.pick(content.agentFollowUps);
  else answer = content.topics[contentTopic(topic)].standardReply;
  return (
    renderTemplate(content.greeting, facts) +
    PARAGRAPH +
    renderTemplate(answer, facts) +
    PARAGRAPH +
    renderTemplate(content.signoff, facts)
  );
}

export function noteBody(rng: Random, topic: Topic, facts: Facts): string {
  return renderTemplate(rng.pick(notesFor(topic)), facts);
}
