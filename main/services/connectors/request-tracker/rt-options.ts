import { RT_NAME_DEFAULTS, type Language } from '../../../../preload/contract';
import { DEFAULT_RT_PRIORITIES, type RtPriorityScale } from './rt-field-maps';

/** How an RT instance is laid out for the desk; every field has a default that suits a stock RT 5. */
export interface RequestTrackerOptions {
  /** The queue that is the security desk: tickets in it are security cases. */
  securityQueue?: string;
  /** Where a de-escalated case goes when its history does not say where it came from. */
  defaultQueue?: string;
  /** User-defined group whose members are the agents (read with SeeGroup). */
  agentGroup?: string;
  /** User-defined group whose members are security agents. */
  securityGroup?: string;
  /** Ticket custom fields the desk maps, by name; absent ones fall back to the defaults below. */
  topicField?: string;
  languageField?: string;
  tagsField?: string;
  defaultLanguage?: Language;
  /** The RT number the desk writes for each priority, and reads back by nearness (rt-field-maps.ts). */
  priorities?: RtPriorityScale;
  /** Extra TicketSQL every ticket query is limited by, e.g. "Queue = 'General' OR Queue = 'Security'". */
  ticketScope?: string | null;
  /** LastUpdated has one-second resolution: pulls look back this far beyond the cursor. */
  overlapSeconds?: number;
  timeoutMs?: number;
  /** How often watch() asks RT whether anything changed (RT has no live stream). */
  pollIntervalMs?: number;
}

export type ResolvedRequestTrackerOptions = Required<RequestTrackerOptions>;

export function resolveOptions(options: RequestTrackerOptions): ResolvedRequestTrackerOptions {
  return {
    securityQueue: options.securityQueue ?? RT_NAME_DEFAULTS.securityQueue,
    defaultQueue: options.defaultQueue ?? RT_NAME_DEFAULTS.defaultQueue,
    agentGroup: options.agentGroup ?? RT_NAME_DEFAULTS.agentGroup,
    securityGroup: options.securityGroup ?? RT_NAME_DEFAULTS.securityGroup,
    topicField: options.topicField ?? RT_NAME_DEFAULTS.topicField,
    languageField: options.languageField ?? RT_NAME_DEFAULTS.languageField,
    tagsField: options.tagsField ?? RT_NAME_DEFAULTS.tagsField,
    defaultLanguage: options.defaultLanguage ?? 'en',
    priorities: options.priorities ?? DEFAULT_RT_PRIORITIES,
    ticketScope: options.ticketScope ?? null,
    overlapSeconds: options.overlapSeconds ?? 3,
    timeoutMs: options.timeoutMs ?? 15_000,
    pollIntervalMs: options.pollIntervalMs ?? 5_000,
  };
}
