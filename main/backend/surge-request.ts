import { z } from 'zod';
import { INCIDENT_KINDS, type IncidentKind } from './seed/incident-topic-mixes';

/** A day is the longest surge worth simulating; a thousandfold the largest multiplier. */
export const MAX_SURGE_MINUTES = 24 * 60;
export const MAX_SURGE_FACTOR = 1000;

export interface SurgeRequest {
  /** How many times the everyday rate of new tickets arrives. */
  factor: number;
  minutes: number;
  incident?: IncidentKind;
}

/** Body of POST /api/v1/admin/surge. */
export const surgeRequest = z.strictObject({
  factor: z.number().min(1).max(MAX_SURGE_FACTOR),
  minutes: z.number().positive().max(MAX_SURGE_MINUTES),
  incident: z.enum(INCIDENT_KINDS).optional(),
});

const SURGE_SPEC = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$/i;

/** Reads the command line's "<factor>x<minutes>" (e.g. "10x30"); null when it is not one. */
export function parseSurgeSpec(text: string): { factor: number; minutes: number } | null {
  const match = SURGE_SPEC.exec(text.trim());
  if (!match) return null;
  const parsed = surgeRequest.safeParse({ factor: Number(match[1]), minutes: Number(match[2]) });
  return parsed.success ? { factor: parsed.data.factor, minutes: parsed.data.minutes } : null;
}
