import {
  LANGUAGES,
  TICKET_STATUSES,
  TOPICS,
  type Agent,
  type Customer,
  type Language,
  type Macro,
  type Message,
  type Priority,
  type Ticket,
  type TicketStatus,
  type Topic,
} from '../../../../preload/contract';
import { classifyTicket } from '../../domain/ticket-classification';
import { markerOf } from './zendesk-markers';
import type { ZendeskComment, ZendeskMacro, ZendeskStatus, ZendeskTicket, ZendeskUser } from './zendesk-wire';

/*
 * Zendesk → desk records:
 *  ticket:   id, subject, status (hold → pending + HOLD_TAG), priority (none → normal), requester → customerId,
 *            assignee, tags; topic from a topic tag, else guessed by the topic rules; language from a lang_xx
 *            tag, else the requester's locale, else detected (both from the subject and the customer's first
 *            comment); version = updated_at; first answer, last customer word, escalation and claim from the comments.
 *  customer: a requester (end-user); language from the locale, else their ticket's; the exchange account,
 *            country and KYC level come from custom user fields.
 *  message:  a comment: public → reply, private → note; the author's role tells customer, agent or system.
 */

/** Zendesk's "hold" has no twin in the desk: it shows as pending with this tag, which is never written back. */
export const HOLD_TAG = 'zendesk:hold';
export const SECURITY_TAG = 'security_escalation';
export const HOLD_WITHDRAWALS_TAG = 'hold_withdrawals';
/** Snoozing has no Zendesk field; a tag carries it so it survives a pull (seconds since the epoch). */
export const SNOOZE_TAG_PREFIX = 'snoozed_until_';
/** Agent tags in Zendesk that give the desk's roles; anyone else is frontline. */
export const SECURITY_AGENT_TAG = 'security_desk';
export const EXECUTIVE_AGENT_TAG = 'executive_desk';

export interface ZendeskMappingOptions {
  /** Language of a ticket with no lang_ tag nor requester locale whose text is too short or mixed to tell. */
  defaultLanguage: Language;
  /** Keys in a user's `user_fields` (custom user fields) holding what the exchange knows of the customer. */
  userFields: { accountId: string; country: string; kycLevel: string };
}

export const DEFAULT_MAPPING: ZendeskMappingOptions = {
  defaultLanguage: 'en',
  userFields: { accountId: 'exchange_user_id', country: 'country', kycLevel: 'kyc_level' },
};

/**
 * The ticket version is Zendesk's `updated_at` in epoch milliseconds. It grows with every update,
 * it is what `safe_update` compares (`updated_stamp`), and it converts both ways without a lookup.
 * Zendesk keeps whole seconds, so two updates within one second share a version.
 */
export function versionOf(updatedAt: string): number {
  return Date.parse(updatedAt);
}

export function updatedStampOf(version: number): string {
  return new Date(version).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function statusFromZendesk(status: ZendeskStatus): TicketStatus {
  return status === 'hold' ? 'pending' : status;
}

export function languageOf<F extends Language | null>(locale: string | null | undefined, fallback: F): Language | F {
  const code = locale?.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(code ?? '') ? (code as Language) : fallback;
}

function topicOf<F extends Topic | null>(tags: readonly string[], fallback: F): Topic | F {
  for (const tag of tags) {
    const name = tag.startsWith('topic_') ? tag.slice('topic_'.length) : tag;
    if ((TOPICS as readonly string[]).includes(name)) return name as Topic;
  }
  return fallback;
}

function tagLanguage(tags: readonly string[]): Language | null {
  const tag = tags.find((t) => t.startsWith('lang_') && (LANGUAGES as readonly string[]).includes(t.slice(5)));
  return tag ? (tag.slice(5) as Language) : null;
}

export function snoozeTag(until: number): string {
  return `${SNOOZE_TAG_PREFIX}${Math.ceil(until / 1000)}`;
}

function snoozedUntilOf(tags: readonly string[]): number | null {
  const times = tags.filter((t) => t.startsWith(SNOOZE_TAG_PREFIX)).map((t) => Number(t.slice(SNOOZE_TAG_PREFIX.length)) * 1000);
  const valid = times.filter((t) => Number.isSafeInteger(t) && t > 0);
  return valid.length > 0 ? Math.max(...valid) : null;
}

const ms = (iso: string) => Date.parse(iso);

/** What the comments tell about a ticket: first answer, last customer word, escalation and claim. */
export function toTicket(raw: ZendeskTicket, requester: ZendeskUser | undefined, comments: readonly ZendeskComment[], roles: ReadonlyMap<number, ZendeskUser['role']>, options: ZendeskMappingOptions): Ticket {
  const sorted = [...comments].sort((a, b) => ms(a.created_at) - ms(b.created_at));
  const isAgent = (c: ZendeskComment) => roles.get(c.author_id) === 'agent' || roles.get(c.author_id) === 'admin';
  const firstAnswer = sorted.find((c) => c.public && isAgent(c));
  const customerWords = sorted.filter((c) => c.public && (c.author_id === raw.requester_id || roles.get(c.author_id) === 'end-user'));
  // A ticket an agent opened for the customer has no customer comment yet: its description stands in.
  const opening = customerWords[0] ?? sorted.find((c) => c.public);
  const { topic, language } = classifyTicket(
    {
      subject: raw.subject ?? '',
      firstCustomerMessage: opening?.body ?? '',
      topic: topicOf(raw.tags, null),
      language: tagLanguage(raw.tags) ?? languageOf(requester?.locale, null),
    },
    { language: options.defaultLanguage },
  );
  const security = raw.tags.includes(SECURITY_TAG);
  // Only escalations sent by the desk carry a marker; one made in Zendesk's own UI shows no timer start.
  const escalation = security ? sorted.filter((c) => markerOf(c)?.step === 'escalate').at(-1) : undefined;
  const acknowledgement = escalation ? sorted.filter((c) => markerOf(c)?.step === 'acknowledge' && ms(c.created_at) >= ms(escalation.created_at)).at(-1) : undefined;
  return {
    id: String(raw.id),
    subject: raw.subject ?? '',
    status: statusFromZendesk(raw.status),
    priority: raw.priority ?? 'normal',
    topic,
    language,
    customerId: String(raw.requester_id),
    assigneeId: raw.assignee_id === null ? null : String(raw.assignee_id),
    tags: raw.status === 'hold' ? [...raw.tags, HOLD_TAG] : [...raw.tags],
    security,
    createdAt: ms(raw.created_at),
    updatedAt: ms(raw.updated_at),
    firstResponseAt: firstAnswer ? ms(firstAnswer.created_at) : null,
    lastCustomerMessageAt: customerWords.length > 0 ? ms(customerWords.at(-1)!.created_at) : ms(raw.created_at),
    snoozedUntil: snoozedUntilOf(raw.tags),
    escalatedAt: escalation ? ms(escalation.created_at) : null,
    acknowledgedAt: acknowledgement ? ms(acknowledgement.created_at) : null,
    version: versionOf(raw.updated_at),
  };
}

function field(user: ZendeskUser, key: string): unknown {
  return user.user_fields?.[key];
}

/** `ticketLanguage`: the language of a ticket this user asked, for a user without a usable locale. */
export function toCustomer(user: ZendeskUser, options: ZendeskMappingOptions, ticketLanguage?: Language): Customer {
  const accountId = field(user, options.userFields.accountId);
  const country = field(user, options.userFields.country);
  const kyc = Number(field(user, options.userFields.kycLevel));
  return {
    id: String(user.id),
    name: user.name,
    firstName: user.name.trim().split(/\s+/)[0] ?? '',
    email: user.email ?? '',
    userId: typeof accountId === 'string' || typeof accountId === 'number' ? String(accountId) : (user.external_id ?? ''),
    language: languageOf(user.locale, ticketLanguage ?? options.defaultLanguage),
    country: typeof country === 'string' ? country : '',
    kycLevel: kyc === 1 || kyc === 2 || kyc === 3 ? kyc : 0,
  };
}

export function toMessage(comment: ZendeskComment, ticketId: number, authorRole: ZendeskUser['role'] | undefined): Message {
  return {
    id: String(comment.id),
    ticketId: String(ticketId),
    // Comments by triggers and automations have no known author.
    authorType: authorRole === 'end-user' ? 'customer' : authorRole === undefined ? 'system' : 'agent',
    authorId: String(comment.author_id),
    kind: comment.public ? 'reply' : 'note',
    body: comment.body,
    createdAt: ms(comment.created_at),
    clientKey: markerOf(comment)?.key ?? null,
  };
}

export function toAgent(user: ZendeskUser): Agent {
  const languages = new Set<Language>([languageOf(user.locale, 'en')]);
  for (const tag of user.tags) if (tag.startsWith('lang_') && (LANGUAGES as readonly string[]).includes(tag.slice(5))) languages.add(tag.slice(5) as Language);
  return {
    id: String(user.id),
    name: user.name,
    email: user.email ?? '',
    role: user.tags.includes(SECURITY_AGENT_TAG) ? 'security' : user.tags.includes(EXECUTIVE_AGENT_TAG) ? 'executive' : 'frontline',
    languages: [...languages],
    domains: TOPICS.filter((t) => user.tags.includes(t) || user.tags.includes(`topic_${t}`)),
  };
}

// Zendesk placeholders that have a twin in the desk's macro context.
const PLACEHOLDERS: Record<string, string> = {
  'ticket.requester.first_name': 'customer.first_name',
  'ticket.requester.name': 'customer.name',
  'ticket.title': 'ticket.subject',
  'current_user.name': 'agent.name',
  'current_user.first_name': 'agent.first_name',
};

function translatePlaceholders(body: string): string {
  return body.replace(/\{\{\s*([\w.]+)/g, (whole, path: string) => (PLACEHOLDERS[path] ? whole.replace(path, PLACEHOLDERS[path]) : whole));
}

/** A macro value is a string, or [channel, text] in newer accounts. */
function actionText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value.at(-1) === 'string') return value.at(-1) as string;
  return null;
}

/** A Zendesk macro as a desk macro; null when it has no comment to insert (it only sets fields). */
export function toMacro(macro: ZendeskMacro, options: ZendeskMappingOptions): Macro | null {
  const bodies: Macro['bodies'] = [];
  const actions: Macro['actions'] = {};
  for (const action of macro.actions) {
    const text = actionText(action.value);
    if (text === null) continue;
    if (action.field === 'comment_value' || action.field === 'comment_value_html') bodies.push({ language: options.defaultLanguage, body: translatePlaceholders(text) });
    else if (action.field === 'status' && (TICKET_STATUSES as readonly string[]).concat('hold').includes(text)) actions.status = statusFromZendesk(text as ZendeskStatus);
    else if (action.field === 'priority' && ['low', 'normal', 'high', 'urgent'].includes(text)) actions.priority = text as Priority;
    else if (action.field === 'current_tags') actions.addTags = text.split(/\s+/).filter(Boolean);
  }
  if (bodies.length === 0) return null;
  return {
    id: String(macro.id),
    title: macro.title,
    topic: topicOf(macro.title.toLowerCase().split(/[^a-z_]+/), null),
    keywords: (macro.description ?? '').split(/[,;]/).map((k) => k.trim()).filter((k) => k.length > 0 && k.length <= 100).slice(0, 20),
    bodies: bodies.slice(0, 1),
    requiredFields: [],
    actions,
    source: 'shared',
  };
}
