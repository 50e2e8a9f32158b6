// The topic and language of a ticket from a backend that may not say (Request Tracker without
// the custom fields, Zendesk without topic or lang_ tags). What the backend says always wins;
// otherwise the language is detected and the topic guessed by the keyword rules, from the subject
// and the customer's first message; the configured default is the last resort. Pure: no I/O.

import type { Language, Topic } from '../../../preload/contract/domain-types';
import { ownWords } from './customer-text';
import { detectLanguage } from './language-detection';
import { classifyTopic } from './topic-rules';

export interface TicketToClassify {
  subject: string;
  /** The customer's first message; '' when the ticket has none the desk can read. */
  firstCustomerMessage: string;
  /** What the backend itself says; null when it says nothing usable. */
  topic: Topic | null;
  language: Language | null;
}

export interface TicketClassification {
  topic: Topic;
  language: Language;
}

export function classifyTicket(ticket: TicketToClassify, defaults: TicketClassification): TicketClassification {
  // Detection and rules only run for what the backend left open.
  const topic = ticket.topic ?? classifyTopic({ subject: ticket.subject, body: ownWords(ticket.firstCustomerMessage) })?.topic;
  const language = ticket.language ?? detectLanguage({ subject: ticket.subject, body: ticket.firstCustomerMessage })?.language;
  return { topic: topic ?? defaults.topic, language: language ?? defaults.language };
}
