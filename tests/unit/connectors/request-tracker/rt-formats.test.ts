import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRIORITIES, TICKET_STATUSES } from '../../../../preload/contract';
import { priorityFromRt, priorityToRt, statusFromRt, statusToRt } from '../../../../main/services/connectors/request-tracker/rt-field-maps';
import { RtIdentity } from '../../../../main/services/connectors/request-tracker/rt-identity';
import { attachmentLines, htmlToText, markerNeedle, readMarkers, toMarkedHtml } from '../../../../main/services/connectors/request-tracker/rt-message-format';
import { quote, ticketTransactionsQuery, updatedWithinQuery } from '../../../../main/services/connectors/request-tracker/rt-ticketsql';

/** The parts of the RT connector that need no RT: message markers, field maps, query building. */
describe('Request Tracker connector formats', () => {
  it('carries any text through the marked HTML and back unchanged, with its key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.stringMatching(/^[A-Za-z0-9._:-]{1,60}$/), (body, key) => {
        const trimmed = body.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
        const html = toMarkedHtml(trimmed, key, 'escalate');
        expect(htmlToText(html)).toBe(trimmed);
        expect(readMarkers(html)).toEqual({ key, action: 'escalate' });
        expect(html).toContain(markerNeedle(key));
      }),
    );
  });

  it('does not let one key match another that starts the same', () => {
    expect(toMarkedHtml('x', 'k-12')).not.toContain(markerNeedle('k-1'));
  });

  it('reads other HTML as plain text', () => {
    expect(htmlToText('<p>Hello&nbsp;<b>there</b></p><p>2 &lt; 3 &#x263A;</p><script>alert(1)</script>')).toBe('Hello\u00a0there\n\n2 < 3 ☺');
  });

  it('reads an HTML-only mail: every entity decoded, table cells apart, each link target beside its label', () => {
    const mail = [
      '<html><head><title>Support</title><style>p { color: red }</style></head><body>',
      '<h2>Dep&oacute;sito</h2>',
      '<p>Hola &mdash; &iquest;d&oacute;nde est&aacute; mi dep&oacute;sito de &euro;5&#8239;000? &laquo;Urgente&raquo; &hellip; &#x1F600; &amp; &lt;gracias&gt;</p>',
      '<table><tr><th>Asset</th><th>Amount</th><th>TxID</th></tr><tr><td>BTC</td><td>0.5</td><td>9f2c41aa</td></tr><tr><td>ETH</td><td>2</td><td>0x7be1</td></tr></table>',
      '<p>Your support told me to log in at <a href="https://trusted-exchange.com.verify-login.example/session">trusted-exchange.com</a>,',
      ' see <a href="https://trusted-exchange.com/help">https://trusted-exchange.com/help</a>.</p>',
      '<img src="https://tracker.example/pixel.gif" alt=""><script>steal()</script></body></html>',
    ].join('');
    const text = htmlToText(mail);
    expect(text).toBe(
      [
        'Depósito',
        '',
        'Hola — ¿dónde está mi depósito de €5\u202f000? «Urgente» … 😀 & <gracias>',
        '',
        'Asset   Amount   TxID',
        'BTC     0.5      9f2c41aa',
        'ETH     2        0x7be1',
        '',
        'Your support told me to log in at trusted-exchange.com [https://trusted-exchange.com.verify-login.example/session], see https://trusted-exchange.com/help.',
      ].join('\n'),
    );
    expect(text).not.toMatch(/&[a-z]+;|&#/i);
    expect(text).not.toMatch(/Support|color|steal|pixel/);
  });

  it('describes attachments by name, type and size only, without control characters from the name', () => {
    expect(attachmentLines([
      { name: 'scan.png', type: 'image/png', size: 900 },
      { name: 'report\u202egnp.exe\nline two', type: 'application/x-msdownload', size: 2_500_000 },
      { name: '', type: '', size: null },
    ])).toBe('📎 scan.png (image/png, 900 B)\n📎 report gnp.exe line two (application/x-msdownload, 2.4 MB)\n📎 unnamed (unknown type, size unknown)');
  });

  it('reads a mail that carries a copied desk marker through the converter, link targets and all', () => {
    const forged = '<div>Click <a href="https://evil.example">trusted.com</a></div>\n<!-- agentdesk-key: k-1 -->';
    expect(readMarkers(forged).key).toBe('k-1');
    expect(htmlToText(forged)).toBe('Click trusted.com [https://evil.example]');
  });

  it('maps statuses and priorities both ways', () => {
    for (const status of TICKET_STATUSES) expect(statusFromRt(statusToRt(status))).toBe(status === 'closed' ? 'solved' : status);
    for (const priority of PRIORITIES) expect(priorityFromRt(priorityToRt(priority))).toBe(priority);
    expect(statusFromRt('rejected')).toBe('closed');
    expect(statusFromRt('some-custom-status')).toBe('open');
  });

  it('quotes TicketSQL values and asks by RT-relative time', () => {
    expect(quote("O'Brien \\ co")).toBe("'O\\'Brien \\\\ co'");
    expect(updatedWithinQuery(12.2, "Queue = 'General'")).toBe("(LastUpdated >= '13 seconds ago') AND (Type = 'ticket') AND (Queue = 'General')");
    expect(ticketTransactionsQuery([{ id: '7' }, { id: '9', after: 40 }])).toBe("(ObjectType = 'RT::Ticket') AND (ObjectId = 7 OR (ObjectId = 9 AND id > 40))");
  });

  it("reads the user id out of an RT auth token", () => {
    expect(RtIdentity.userIdOfToken('1-29-0f2ca3cc6e65fc5e2f9c5abb7cd60da2')).toBe('29');
    expect(RtIdentity.userIdOfToken('not-a-token')).toBeNull();
  });
});
