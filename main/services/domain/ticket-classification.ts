// The topic and language of a ticket from a backend that may not say (Request Tracker without
// the custom fields, Zendesk without topic or lang_ tags). What the backend says always wins;
// otherwise the language is detected and the topic found by the keyword rules, from the subject
// and the customer's first message. Pure: no I/O.
//
// The rules answer "other" when no topic's words are found, and the ticket is filed as "other":
// never a guessed topic, and never the backend's default dressed up as one.

import type { Language, Topic } from '../../../preload/contract/domain-types';
import { ownWords } from './customer-own-words';
import { detectLanguage } from './language-detection';
import { classifyTopic } from './topic-rules';

export interface TicketToClassify {
  subject: string;
  /** The customer's first message; '' when the ticket has none the desk can read. */
  firstCustomerMessage: string;
  /** What the backend itself says; null when it says nothing usable. */
  topic: Topic | null;
  language: Language | null;
  /**
   * What else says which language the customer writes (their account's language or locale, their
   * earlier tickets), most telling first: it decides between close languages (Russian or
   * Ukrainian, Spanish or Portuguese) when the text itself does not.
   */
  customerLanguages?: readonly Language[];
}

export interface TicketClassification {
  topic: Topic;
  language: Language;
}

/** The language used when neither the backend, the text nor the customer tells it; a topic is never defaulted. */
export interface ClassificationDefaults {
  language: Language;
}

export function classifyTicket(ticket: TicketToClassify, defaults: ClassificationDefaults): TicketClassification {
  // Detection and rules only run for what the backend left open.
  const found = ticket.topic ?? classifyTopic({ subject: ticket.subject, body: ownWords(ticket.firstCustomerMessage) }).topic;
  const language = ticket.language ?? detectLanguage({ subject: ticket.subject, body: ticket.firstCustomerMessage }, { customer: ticket.customerLanguages ?? [] })?.language;
  return { topic: found, language: language ?? defaults.language };
}
