import { z } from 'zod';
import { PRIORITIES, TICKET_STATUSES } from '../../../preload/contract';

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
    })
    .refine((c) => Object.keys(c).length > 0, 'at least one change is required'),
});

export const idempotencyKey = z.string().min(8).max(128);
