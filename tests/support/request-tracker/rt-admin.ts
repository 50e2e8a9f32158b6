/** Stands in for people working in RT's own UI: creates and changes tickets, reads raw history. */
export class RtAdmin {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; etag: string | null }> {
    const response = await fetch(`${this.url}/REST/2.0${path}`, {
      method,
      headers: { authorization: `token ${this.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null, etag: response.headers.get('etag') };
  }

  async createTicket(input: { subject: string; requestor: string; body: string; contentType?: 'text/plain' | 'text/html'; attachments?: Array<{ name: string; type: string; content: Buffer }>; queue?: string; topic?: string; language?: string; priority?: number }): Promise<string> {
    const customFields: Record<string, string> = {};
    if (input.topic) customFields.Topic = input.topic;
    if (input.language) customFields.Language = input.language;
    const { json } = await this.call('POST', '/ticket', {
      Queue: input.queue ?? 'General',
      Subject: input.subject,
      Requestor: input.requestor,
      Content: input.body,
      ContentType: input.contentType ?? 'text/plain',
      ...(input.attachments ? { Attachments: input.attachments.map((a) => ({ FileName: a.name, FileType: a.type, FileContent: a.content.toString('base64') })) } : {}),
      ...(input.priority !== undefined ? { Priority: input.priority } : {}),
      CustomFields: customFields,
    });
    return String((json as { id: string | number }).id);
  }

  async update(ticketId: string, fields: Record<string, unknown>): Promise<void> {
    await this.call('PUT', `/ticket/${ticketId}`, fields);
  }

  async comment(ticketId: string, text: string): Promise<void> {
    await this.call('POST', `/ticket/${ticketId}/comment`, { Content: text, ContentType: 'text/plain' });
  }

  async ticket(ticketId: string): Promise<Record<string, unknown>> {
    return (await this.call('GET', `/ticket/${ticketId}?fields[Queue]=Name`)).json as Record<string, unknown>;
  }

  async history(ticketId: string): Promise<Array<{ id: string; Type: string; Field: string; OldValue: string; NewValue: string; Creator: { id: string } }>> {
    const { json } = await this.call('GET', `/ticket/${ticketId}/history?per_page=100&orderby=id&fields=Type,Field,OldValue,NewValue,Creator`);
    return (json as { items: never[] }).items;
  }

  /** Transactions whose stored content contains `text` (each counted once). */
  async transactionsContaining(ticketId: string, text: string): Promise<string[]> {
    const { json } = await this.call('POST', `/ticket/${ticketId}/attachments?per_page=100&fields=TransactionId`, [{ field: 'Content', operator: 'LIKE', value: text }]);
    return [...new Set((json as { items: Array<{ TransactionId: string }> }).items.map((i) => String(i.TransactionId)))];
  }
}
