import { describe, expect, it } from 'vitest';
import { bodyInLanguage, macroContext } from '../../../main/services/domain/macro-context';
import { renderMacro } from '../../../main/services/domain/macro-rendering';
import { makeCustomer, makeTicket } from '../fixtures/make-ticket';

const ticket = makeTicket({ id: 'T-42', subject: 'Deposit missing' });
const agent = { name: 'Rūta Kazlauskienė' };

describe('macro rendering', () => {
  it('fills placeholders from the ticket, customer and agent', () => {
    const context = macroContext(ticket, makeCustomer({ id: 'C-1', name: 'Ana Ruiz', firstName: 'Ana', userId: 'U-7' }), agent);
    const out = renderMacro('Hola {{ customer.first_name }}, ticket {{ ticket.id }} ({{ customer.user_id }}). {{ agent.first_name }}', context);
    expect(out).toEqual({ text: 'Hola Ana, ticket T-42 (U-7). Rūta', missing: [], error: null });
  });

  it('uses the fallback when a value is missing, and reports a missing value that has none', () => {
    const context = macroContext(ticket, null, agent);
    expect(renderMacro('Hi {{ customer.first_name | default: "there" }},', context)).toMatchObject({ text: 'Hi there,', missing: [] });
    expect(renderMacro('Hi {{ customer.first_name }},', context).missing).toEqual(['customer.first_name']);
    // A placeholder only used in a condition is not required.
    expect(renderMacro('{% if customer.name %}Dear {{ customer.name }}{% else %}Hello{% endif %}', context)).toMatchObject({ text: 'Hello', missing: ['customer.name'] });
  });

  it('blocks on a required field until it is filled', () => {
    const required = [{ key: 'tx_hash', label: 'Transaction hash' }];
    const empty = renderMacro('TxID {{ fields.tx_hash }} is confirmed.', macroContext(ticket, null, agent), required);
    expect(empty.missing).toEqual(['fields.tx_hash']);
    const filled = renderMacro('TxID {{ fields.tx_hash }} is confirmed.', macroContext(ticket, null, agent, { tx_hash: '0xabc' }), required);
    expect(filled).toMatchObject({ text: 'TxID 0xabc is confirmed.', missing: [] });
  });

  it('inserts hostile values as text: never evaluated, escaped for HTML, without line breaks or direction overrides', () => {
    const customer = makeCustomer({ id: 'C-2', name: '{{ agent.name }} <img src=x onerror=alert(1)>\n\u202Eevil', firstName: '{% raw %}' });
    const context = macroContext(ticket, customer, agent);
    const text = renderMacro('Dear {{ customer.name }} / {{ customer.first_name }}', context);
    expect(text.text).toBe('Dear {{ agent.name }} <img src=x onerror=alert(1)> evil / {% raw %}');
    const html = renderMacro('Dear {{ customer.name }}', context, [], 'html');
    expect(html.text).toBe('Dear {{ agent.name }} &lt;img src=x onerror=alert(1)&gt; evil');
  });

  it('reports a broken template instead of sending half of it', () => {
    expect(renderMacro('Hi {{ customer.name | shout }}', macroContext(ticket, null, agent)).error).toMatch(/undefined filter: shout/);
    expect(renderMacro('Hi {% if customer.name %}', macroContext(ticket, null, agent)).error).toMatch(/not closed/);
  });

  it('picks the body in the ticket language, then English, then the first one', () => {
    const macro = { bodies: [{ language: 'ru' as const, body: 'ru' }, { language: 'en' as const, body: 'en' }, { language: 'lt' as const, body: 'lt' }] };
    expect(bodyInLanguage(macro, 'lt')?.body).toBe('lt');
    expect(bodyInLanguage(macro, 'pt')?.body).toBe('en');
    expect(bodyInLanguage({ bodies: [{ language: 'ru', body: 'ru' }] }, 'pt')?.body).toBe('ru');
    expect(bodyInLanguage({ bodies: [] }, 'en')).toBeNull();
  });
});
