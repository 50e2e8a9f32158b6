import { z } from 'zod';
import { ESCALATION_REASONS, LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS } from './wire-types';

export const messageRequest = z.strictObject({
  kind: z.enum(['reply', 'note']),
  body: z.string().min(1).max(200_000),
  authorId: z.string().min(1).max(64),
});

export const updateRequest = z.strictObject({
  baseVersion: z.number().int().nonnegative(),
  authorId: z.string().min(1).max(64),
  changes: z
    .strictObject({
      status: z.enum(TICKET_STATUSES).optional(),
      priority: z.enum(PRIORITIES).optional(),
      assigneeId: z.string().min(1).max(64).nullable().optional(),
      tags: z.array(z.string().min(1).max(50)).max(30).optional(),
      snoozedUntil: z.number().int().positive().nullable().optional(),
    })
    .refine((c) => Object.keys(c).length > 0, 'at least one change is required'),
});

export const idempotencyKey = z.string().min(8).max(128);

export const presenceRequest = z.strictObject({
  agentId: z.string().min(1).max(64),
  ticketId: z.string().min(1).max(64).nullable(),
  typing: z.boolean(),
});

/** Training and test helpers: what a colleague or a customer would do elsewhere. */
export const simulatedAgentUpdate = z.strictObject({
  ticketId: z.string().min(1).max(64),
  agentId: z.string().min(1).max(64),
  changes: updateRequest.shape.changes,
});

export const simulatedCustomerMessage = z.strictObject({
  ticketId: z.string().min(1).max(64),
  body: z.string().min(1).max(200_000),
});

/** A customer writes in for the first time (tests and training: any subject, body or name). */
export const simulatedNewTicket = z.strictObject({
  subject: z.string().min(1).max(2000),
  body: z.string().min(1).max(5_000_000),
  customerName: z.string().min(1).max(500),
  /** As given, hostile or not (the hostile-content tests); a generated address and user id otherwise. */
  customerEmail: z.string().min(1).max(500).optional(),
  customerUserId: z.string().min(1).max(200).optional(),
  tags: z.array(z.string().min(1).max(200)).max(30).optional(),
  language: z.enum(LANGUAGES).optional(),
  topic: z.enum(TOPICS).optional(),
  priority: z.enum(PRIORITIES).optional(),
  security: z.boolean().optional(),
});

export const escalationRequest = z.strictObject({
  authorId: z.string().min(1).max(64),
  reason: z.enum(ESCALATION_REASONS),
  note: z.string().max(5000),
  holdWithdrawals: z.boolean(),
  holdingReply: z.strictObject({ body: z.string().min(1).max(20_000), language: z.string().min(2).max(10) }).nullable(),
});

export const acknowledgeRequest = z.strictObject({
  authorId: z.string().min(1).max(64),
  claim: z.boolean(),
});

export const deescalateRequest = z.strictObject({
  authorId: z.string().min(1).max(64),
  reason: z.string().trim().min(1).max(2000),
});

/** What one entry of a batch asks for: the same requests as the single routes, named by kind. */
export const MUTATION_KINDS = ['message', 'update', 'escalate', 'acknowledge', 'deescalate'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** Several desks' changes in one request; each entry is checked and applied on its own, in order. */
export const batchRequest = z.strictObject({
  mutations: z
    .array(
      z.strictObject({
        idempotencyKey,
        ticketId: z.string().min(1).max(64),
        kind: z.enum(MUTATION_KINDS),
        body: z.unknown(),
      }),
    )
    .min(1)
    .max(100),
});
