import { z } from 'zod';
import type { PauseAlarm } from '../audit/reveal-ledger';
import { ConnectorError } from './backend-connector';

/** Parsers of the backend's reveal and alarm answers: validated data, or a ConnectorError of kind 'invalid_payload'. */
const revealAnswer = z.object({ until: z.number().int().nullable(), pausedSince: z.number().int().nullable() });
const alarmsAnswer = z.object({
  alarms: z.array(z.object({ id: z.string().max(100), agentId: z.string().max(64), reveals: z.number().int().nonnegative(), customers: z.number().int().nonnegative(), since: z.number().int() })).max(1000),
});
const clearAnswer = z.object({ cleared: z.boolean() });

function parsed<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const result = schema.safeParse(json);
  if (!result.success) throw new ConnectorError('invalid_payload', `backend sent a malformed ${what}`);
  return result.data;
}

export const parseRevealAnswer = (json: unknown): { until: number | null; pausedSince: number | null } => parsed(revealAnswer, json, 'reveal answer');
export const parseRevealAlarms = (json: unknown): PauseAlarm[] => parsed(alarmsAnswer, json, 'alarm list').alarms;
export const parseClearAnswer = (json: unknown): boolean => parsed(clearAnswer, json, 'clear answer').cleared;
