import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackOfficeError } from '../../../main/services/back-office/back-office-connector';
import { HttpBackOfficeConnector } from '../../../main/services/back-office/http-back-office-connector';
import { startRecordedServer, type RecordedAnswer, type RecordedServer } from '../chain/recorded-http-server';
import { sampleAccount } from './account-fixture';

// The back-office connector against a loopback server: what it believes, and the one word for
// every way an answer can fail.

describe('HTTP back-office connector', () => {
  let server: RecordedServer;
  let answer: RecordedAnswer = { body: {} };
  let lastAuth = '';
  const key = { userId: 'U-4821937', email: 'ana@example.com' };
  const connector = (timeoutMs = 1_000) => new HttpBackOfficeConnector({ url: server.url, token: 'bo-token', timeoutMs });

  beforeAll(async () => {
    server = await startRecordedServer((req) => {
      lastAuth = String(req.headers.authorization);
      return req.url?.startsWith('/api/v1/back-office/account?') ? answer : undefined;
    });
  });
  afterAll(() => server.close());

  async function failure(timeoutMs?: number): Promise<BackOfficeError> {
    const error = await connector(timeoutMs).accountFacts(key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackOfficeError);
    return error as BackOfficeError;
  }

  it('asks for the account by user id and e-mail with the bearer token, and gives the validated facts', async () => {
    answer = { body: { account: sampleAccount() } };
    const facts = await connector().accountFacts(key);
    expect(facts).toEqual(sampleAccount());
    expect(lastAuth).toBe('Bearer bo-token');
    expect(server.requests.at(-1)).toBe('GET /api/v1/back-office/account?userId=U-4821937&email=ana%40example.com');
  });

  it('drops fields the API does not name (an exchange may say more)', async () => {
    answer = { body: { account: { ...sampleAccount(), riskScore: 17 } } };
    expect(await connector().accountFacts(key)).not.toHaveProperty('riskScore');
  });

  it.each([
    ['an amount given as a number', { ...sampleAccount(), balances: [{ asset: 'USDT', available: 12.5, locked: '0' }] }, 'balances.0.available'],
    ['a deposit state the API does not have', { ...sampleAccount(), deposits: [{ ...sampleAccount().deposits[0], state: 'lost' }] }, 'deposits.0.state'],
    ['a transaction hash with a space in it', { ...sampleAccount(), deposits: [{ ...sampleAccount().deposits[0], txHash: '0xab cd' }] }, 'deposits.0.txHash'],
    ['a country that is not a code', { ...sampleAccount(), signIns: [{ ...sampleAccount().signIns[0], country: 'Spain' }] }, 'signIns.0.country'],
    ['a missing section', { ...sampleAccount(), locks: undefined }, 'locks'],
  ])('refuses %s as malformed, naming the field', async (_name, account, path) => {
    answer = { body: { account } };
    const error = await failure();
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain(path);
  });

  it('refuses a body that is not JSON as malformed', async () => {
    answer = { body: '<html>maintenance</html>', contentType: 'text/html' };
    expect((await failure()).kind).toBe('malformed');
  });

  it('refuses more than 200 deposits as malformed (an answer is bounded)', async () => {
    answer = { body: { account: { ...sampleAccount(), deposits: Array.from({ length: 201 }, () => sampleAccount().deposits[0]) } } };
    expect((await failure()).kind).toBe('malformed');
  });

  it.each([
    [401, 'refused'],
    [403, 'refused'],
    [400, 'refused'],
    [404, 'unknown_customer'],
    [500, 'down'],
    [503, 'down'],
  ] as const)('HTTP %i is %s', async (status, kind) => {
    answer = { status, body: { error: 'x' } };
    const error = await failure();
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it('a back office that does not answer in time is a timeout', async () => {
    answer = { hang: true, body: '' };
    const error = await failure(150);
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/within 150 ms/);
  });

  it('a back office nobody listens at is down', async () => {
    const closed = await startRecordedServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const error = await new HttpBackOfficeConnector({ url, token: 't', timeoutMs: 1_000 }).accountFacts(key).catch((e: unknown) => e as BackOfficeError);
    expect(error).toBeInstanceOf(BackOfficeError);
    expect((error as BackOfficeError).kind).toBe('down');
  });
});
