import type { RtHttpClient } from './rt-http-client';
import { parseRt, rtUserSchema } from './rt-wire';

/**
 * Who the token belongs to. REST2 in RT 5.0 has no "current user" endpoint, but RT's auth tokens
 * read "<format>-<user id>-<secret>", and a user may always read their own record.
 */
export class RtIdentity {
  private name: Promise<string | null> | null = null;

  constructor(
    private readonly http: RtHttpClient,
    private readonly token: string,
  ) {}

  static userIdOfToken(token: string): string | null {
    return /^\d+-(\d+)-[0-9a-f]+$/i.exec(token.trim())?.[1] ?? null;
  }

  /** The token owner's user name, or null when the token does not say. */
  userName(): Promise<string | null> {
    if (!this.name) {
      const id = RtIdentity.userIdOfToken(this.token);
      this.name = id === null ? Promise.resolve(null) : this.http.request('GET', `/user/${id}`).then(({ json }) => parseRt(rtUserSchema, json, 'user record').Name);
      // A failed lookup is tried again next time.
      this.name.catch(() => {
        this.name = null;
      });
    }
    return this.name;
  }
}
