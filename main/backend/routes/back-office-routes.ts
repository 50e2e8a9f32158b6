import { z } from 'zod';
import { HttpError, sendJson } from '../../services/http/http-helpers';
import type { BackOffice } from '../back-office/back-office';
import { parseBody } from './route-context';
import type { Route } from './router';

/** The back office's API (API.md, "Back office"): one customer's account, by the exchange's user id or e-mail. */
export function backOfficeRoutes(backOffice: BackOffice): Route[] {
  return [
    [
      'GET',
      /^\/api\/v1\/back-office\/account$/,
      async (_req, res, _params, query) => {
        await misbehave(backOffice);
        const userId = query.get('userId')?.trim() ?? '';
        const email = query.get('email')?.trim() ?? '';
        if (!userId && !email) throw new HttpError(400, 'account_key_required', 'give userId or email');
        const account = backOffice.account(userId, email);
        if (!account) throw new HttpError(404, 'no_account', `no account for ${userId || email}`);
        sendJson(res, 200, { account });
      },
    ],
  ];
}

async function misbehave(backOffice: BackOffice): Promise<void> {
  const fault = backOffice.fault;
  if (fault.mode === 'down') throw new HttpError(503, 'back_office_down', 'the back office is down (simulated)');
  if (fault.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
}

const decimal = z.string().regex(/^\d{1,40}(\.\d{1,36})?$/);
const network = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const epochMs = z.number().int().min(0);
const depositRecord = z.strictObject({
  id: z.string().min(1).max(100),
  asset: z.string().min(1).max(20),
  network,
  token: z.string().min(1).max(200).nullable(),
  decimals: z.number().int().min(0).max(36),
  amount: decimal,
  address: z.string().min(1).max(200),
  memo: z.string().max(200).nullable(),
  txHash: z.string().min(1).max(200).nullable(),
  confirmations: z.number().int().min(0),
  requiredConfirmations: z.number().int().min(0),
  minimum: decimal,
  state: z.enum(['pending', 'credited', 'held', 'rejected']),
  holdReason: z.enum(['wrong_network', 'memo_missing', 'below_minimum', 'compliance']).nullable(),
  sentNetwork: network.nullable(),
  createdAt: epochMs,
  creditedAt: epochMs.nullable(),
});
const withdrawalRecord = z.strictObject({
  id: z.string().min(1).max(100),
  asset: z.string().min(1).max(20),
  network,
  amount: decimal,
  fee: decimal.nullable(),
  address: z.string().min(1).max(200),
  memo: z.string().max(200).nullable(),
  txHash: z.string().min(1).max(200).nullable(),
  confirmations: z.number().int().min(0),
  requiredConfirmations: z.number().int().min(0),
  state: z.enum(['requested', 'under_review', 'held', 'broadcast', 'confirmed', 'failed']),
  heldBy: z.string().max(200).nullable(),
  holdReason: z.string().max(2000).nullable(),
  requestedAt: epochMs,
  updatedAt: epochMs,
});
const putRecord = z.union([z.strictObject({ userId: z.string().min(1).max(64), deposit: depositRecord }), z.strictObject({ userId: z.string().min(1).max(64), withdrawal: withdrawalRecord })]);
const faultRequest = z.union([z.strictObject({ mode: z.literal('none') }), z.strictObject({ mode: z.literal('down') }), z.strictObject({ mode: z.literal('slow'), delayMs: z.number().int().min(1).max(120_000) })]);

/** Development routes: a test's own records in an account, and a back office that is down or slow. */
export function backOfficeDevRoutes(backOffice: BackOffice): Route[] {
  return [
    [
      'POST',
      /^\/api\/v1\/admin\/back-office\/records$/,
      async (req, res) => {
        const body = await parseBody(req, putRecord);
        const { userId, ...record } = body;
        if (!backOffice.put(userId, record)) throw new HttpError(404, 'no_account', `no account for ${userId}`);
        sendJson(res, 200, { ok: true });
      },
    ],
    [
      'POST',
      /^\/api\/v1\/admin\/back-office\/faults$/,
      async (req, res) => {
        backOffice.fault = await parseBody(req, faultRequest);
        sendJson(res, 200, backOffice.fault);
      },
    ],
  ];
}
