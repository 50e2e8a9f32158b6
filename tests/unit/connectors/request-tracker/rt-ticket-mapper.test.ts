import { describe, expect, it } from 'vitest';
import { mapCustomer, mapTicket, needsClassification, openingTransaction, type TicketMaterial } from '../../../../main/services/connectors/request-tracker/rt-ticket-mapper';
import { resolveOptions } from '../../../../main/services/connectors/request-tracker/rt-options';
import type { RtTicket, RtTransaction } from '../../../../main/services/connectors/request-tracker/rt-wire';

/** How tickets RT gives without the Topic and Language custom fields get them: the mapper alone, no RT. */
const options = resolveOptions({ defaultLanguage: 'de' });
const context = { options, securityQueueId: null };

function rtTicket(overrides: Partial<RtTicket> = {}): RtTicket {
  return {
    id: '42',
    Subject: 'Išvedimas užstrigo',
    Status: 'new',
    Priority: 0,
    Queue: { id: '1', Name: 'General' },
    Owner: null,
    Creator: 'root',
    Requestor: [{ id: 'rasa@example.lt' }],
    Created: '2026-11-20T08:00:00Z',
    LastUpdated: '2026-11-20T09:00:00Z',
    CustomFields: [],
    ...overrides,
  };
}

const transaction = (id: string, type: string, creator: string, created: string): RtTransaction => ({ id, ObjectId: '42', Type: type, Field: '', OldValue: '', NewValue: '', Creator: creator, Created: created });

const OPENING = 'Sveiki, vakar išvedžiau 0,5 ETH į adresą 0x8f3Cf7ad23Cd3CaDbD9735AFf958023239c6A063, bet išvedimas vis dar laukia patvirtinimo. Kada gausiu lėšas?';
const TRANSACTIONS = [
  transaction('100', 'Create', 'root', '2026-11-20T08:00:00Z'),
  transaction('101', 'Comment', 'agent', '2026-11-20T08:20:00Z'),
  transaction('102', 'Correspond', 'agent', '2026-11-20T08:30:00Z'),
];
const noMeta = { clientKey: null, action: null };

function material(ticket: RtTicket, bodies: Record<string, string>, extra: Partial<TicketMaterial> = {}): TicketMaterial {
  return {
    ticket,
    transactions: TRANSACTIONS,
    metaOf: () => noMeta,
    bodies: new Map(Object.entries(bodies).map(([id, text]) => [id, { text, meta: noMeta }])),
    ...extra,
  };
}

describe('Request Tracker mapping without the Topic and Language custom fields', () => {
  it('detects the language and guesses the topic from the subject and the customer’s first message', () => {
    const { ticket, messages } = mapTicket(
      material(rtTicket(), { '100': OPENING, '101': 'Checked the hot wallet, nothing stuck there.', '102': 'We are checking your withdrawal with our payments team.' }),
      context,
    );
    expect(ticket).toMatchObject({ topic: 'withdrawal', language: 'lt', customerId: 'rasa@example.lt' });
    expect(messages.map((m) => [m.id, m.authorType, m.kind])).toEqual([
      ['rt-100', 'customer', 'reply'],
      ['rt-101', 'agent', 'note'],
      ['rt-102', 'agent', 'reply'],
    ]);
  });

  it('reads the opening from openingText when its body went to the desk in an earlier pull', () => {
    const later = mapTicket(material(rtTicket(), { '102': 'We are checking your withdrawal.' }, { openingText: OPENING }), context);
    expect(later.ticket).toMatchObject({ topic: 'withdrawal', language: 'lt' });
    // The opening is not handed over again as a message.
    expect(later.messages.map((m) => m.id)).toEqual(['rt-102']);
  });

  it('files the ticket as "other" with the configured language when neither subject nor message says enough', () => {
    const { ticket } = mapTicket(material(rtTicket({ Subject: 'help' }), { '100': 'TXID 9f2c4e1a7b3d5f6e8a0c2b4d6f8e0a1c3b5d7f9e1a3c5b7d9f0e2a4c6b8d0f1e ???' }), context);
    expect(ticket).toMatchObject({ topic: 'other', language: 'de' });
  });

  it('lets RT’s custom fields win over the text, and ignores values that are not the desk’s', () => {
    const fields = (topic: string, language: string) => [
      { name: 'Topic', values: [topic] },
      { name: 'Language', values: [language] },
    ];
    const given = rtTicket({ CustomFields: fields('kyc', 'pt_BR') });
    expect(needsClassification(given, options)).toBe(false);
    expect(mapTicket(material(given, { '100': OPENING }), context).ticket).toMatchObject({ topic: 'kyc', language: 'pt' });

    const unusable = rtTicket({ CustomFields: fields('crypto stuff', 'klingon') });
    expect(needsClassification(unusable, options)).toBe(true);
    expect(mapTicket(material(unusable, { '100': OPENING }), context).ticket).toMatchObject({ topic: 'withdrawal', language: 'lt' });
  });

  it('takes the first message of the customer, not an agent’s note or reply before it', () => {
    const byAgentFirst = [
      transaction('200', 'Comment', 'agent', '2026-11-20T07:50:00Z'),
      transaction('201', 'Correspond', 'agent', '2026-11-20T07:55:00Z'),
      transaction('202', 'Correspond', 'rasa@example.lt', '2026-11-20T08:10:00Z'),
    ];
    const ticket = rtTicket({ Requestor: [{ id: 'rasa@example.lt' }] });
    expect(openingTransaction(ticket, byAgentFirst)?.id).toBe('202');
    const { ticket: mapped } = mapTicket(
      {
        ...material(ticket, { '200': 'Customer called, English speaker.', '201': 'Hello, could you tell us more about the problem?', '202': OPENING }),
        transactions: byAgentFirst,
      },
      context,
    );
    expect(mapped).toMatchObject({ topic: 'withdrawal', language: 'lt' });
  });

  it('decides between close languages by the requestor’s RT language, which never overrules a clear text', () => {
    const ambiguous = rtTicket({ Subject: 'Монобанк', Requestor: [{ id: 'oksana@example.ua' }] });
    const opening = { '100': 'оплата на карту Монобанк по ордеру, продавец молчит' };
    expect(mapTicket(material(ambiguous, opening), context).ticket.language).toBe('ru');
    expect(mapTicket(material(ambiguous, opening, { requestorLanguage: 'uk' }), context).ticket.language).toBe('uk');
    expect(mapTicket(material(rtTicket(), { '100': OPENING }, { requestorLanguage: 'pl' }), context).ticket.language).toBe('lt');
  });

  it('gives the customer their RT language, else the language of their ticket', () => {
    const user = (lang: string) => ({ Name: 'rasa@example.lt', RealName: 'Rasa Petrauskienė', EmailAddress: 'rasa@example.lt', Lang: lang });
    expect(mapCustomer('rasa@example.lt', user(''), 'lt')).toMatchObject({ language: 'lt', firstName: 'Rasa' });
    expect(mapCustomer('rasa@example.lt', user('pt_BR'), 'lt')).toMatchObject({ language: 'pt' });
    expect(mapCustomer('rasa@example.lt', user('zh_CN'), 'lt')).toMatchObject({ language: 'zh' });
    expect(mapCustomer('rasa@example.lt', user('nl_NL'), 'lt')).toMatchObject({ language: 'lt' });
    expect(mapCustomer('rasa@example.lt', null, 'uk')).toMatchObject({ language: 'uk' });
  });
});
