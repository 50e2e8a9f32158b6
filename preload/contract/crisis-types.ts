import type { Language, Topic, TopicDomain } from './domain-types';
import type { MacroPreview } from './macro-types';

// Shapes of the surge view, topic groups, executive mode and local reports.

/** One minute of the surge view's time line (oldest first). */
export interface SurgeMinute {
  /** Start of the minute, epoch ms. */
  start: number;
  /** Tickets created in that minute. */
  incoming: number;
  /** Tickets solved or closed in that minute. */
  solved: number;
  /** Open tickets at the end of the minute (created before its end, not yet solved). */
  queueDepth: number;
  /** Open tickets whose SLA target had passed at the end of the minute. */
  breached: number;
}

/** One line of a breakdown: a language, a domain or a topic. */
export interface SurgeBreakdownRow {
  key: string;
  /** Open tickets now. */
  open: number;
  /** Of those, past their SLA target. */
  breached: number;
  /** Created in the last 15 minutes. */
  incoming15m: number;
  /** Shortest time left before an open ticket breaches (ms); null when none is running. */
  nextBreachInMs: number | null;
}

export interface SurgeSnapshot {
  generatedAt: number;
  windowMinutes: number;
  minutes: SurgeMinute[];
  totals: {
    open: number;
    unassigned: number;
    breached: number;
    /** Open tickets that breach within 15 minutes. */
    breachingSoon: number;
    incomingLastMinute: number;
    /** Average over the window. */
    incomingPerMinute: number;
    /** The latest minute against the window's median (1 = normal, 10 = tenfold). */
    surgeFactor: number | null;
    nextBreachInMs: number | null;
  };
  byLanguage: Array<SurgeBreakdownRow & { key: Language }>;
  byDomain: Array<SurgeBreakdownRow & { key: TopicDomain }>;
  byTopic: Array<SurgeBreakdownRow & { key: Topic }>;
}

/** A topic group of a queue view: open tickets sharing a topic. */
export interface TopicGroup {
  topic: Topic;
  count: number;
  /** How many of them are past their SLA target. */
  breached: number;
  languages: Partial<Record<Language, number>>;
  /** The shared macro made for this topic, if the library has one. */
  suggestedMacroId: string | null;
}

/** The reply the executive desk proposes for a ticket: the topic's macro, rendered for its customer. */
export interface SuggestedReply {
  macroId: string;
  title: string;
  preview: MacroPreview;
}

export interface ReportRequest {
  from: number;
  to: number;
  /** me: this agent's own work; team: everything the cache holds. */
  scope: 'me' | 'team';
  bucketMinutes: number;
}

export interface DurationFigures {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface ReportFiguresRow {
  handled: number;
  firstResponse: DurationFigures;
  handleTime: DurationFigures;
}

export interface DeskReport {
  request: ReportRequest;
  agentId: string | null;
  generatedAt: number;
  overall: ReportFiguresRow;
  byTopic: Array<ReportFiguresRow & { key: Topic }>;
  byLanguage: Array<ReportFiguresRow & { key: Language }>;
  /** Tickets created per bucket, by topic. */
  topicFrequency: Array<{ start: number; end: number; total: number; counts: Partial<Record<Topic, number>> }>;
}

export interface ReportCsv {
  filename: string;
  content: string;
}

/**
 * The queues, groups and ticket custom fields the desk looks for in Request Tracker, with the names
 * a stock setup uses (README, "Connecting Request Tracker").
 */
export const RT_NAME_KEYS = ['securityQueue', 'defaultQueue', 'agentGroup', 'securityGroup', 'topicField', 'languageField', 'tagsField'] as const;
export type RtNameKey = (typeof RT_NAME_KEYS)[number];
export const RT_NAME_DEFAULTS: Readonly<Record<RtNameKey, string>> = {
  securityQueue: 'Security',
  defaultQueue: 'General',
  agentGroup: 'Support Agents',
  securityGroup: 'Security Desk',
  topicField: 'Topic',
  languageField: 'Language',
  tagsField: 'Tags',
};

/** Request Tracker's own names and priority scale, where they are not the defaults. */
export interface RtLayoutChoice {
  /** Only the names that differ from RT_NAME_DEFAULTS. */
  names: Partial<Record<RtNameKey, string>>;
  /** The RT numbers for low, normal, high, urgent ("0,50,75,100"); null: the default scale. */
  priorities: string | null;
}

/** Which backend the desk talks to, as the settings view shows it; never the token itself. */
export interface BackendChoice {
  kind: 'embedded' | 'request-tracker' | 'zendesk';
  /** Empty for the in-process embedded backend. */
  url: string;
  /** Zendesk: the agent's email for an API token. */
  email: string | null;
  /** Zendesk: the token is an OAuth access token. */
  oauth: boolean;
  /** Request Tracker: names and priority scale other than the defaults (absent: all defaults). */
  rt?: RtLayoutChoice;
}

export interface BackendSettingsView {
  current: BackendChoice;
  /** Where the current choice came from: command-line flags win over the saved choice. */
  source: 'default' | 'saved' | 'command-line';
  /** Whether a token for the current backend is stored (encrypted). */
  tokenStored: boolean;
  /** What keeps the token: the OS keychain, or only this session's memory (browser-hosted mode). */
  tokenStorage: 'keychain' | 'weak-keychain' | 'session-only';
  /** False when command-line flags fix the backend for this run. */
  canChange: boolean;
  /** Why the saved choice is not in use (its token was not kept), or null. */
  problem: string | null;
}

/** What kind of fix a failed check asks for (the renderer words it in the interface language). */
export type BackendProblemKind =
  | 'invalid-address'
  | 'unreachable'
  | 'timeout'
  | 'credentials'
  | 'wrong-address'
  | 'wrong-kind'
  | 'permission'
  | 'server-trouble'
  | 'missing-token'
  | 'missing-email'
  /** The server answered as another kind of backend (BackendCheckResult.detectedKind). */
  | 'other-kind'
  /** The Request Tracker priority scale is not four ascending whole numbers. */
  | 'rt-priorities'
  | 'unknown';

export interface BackendCheckResult {
  ok: boolean;
  /** One sentence for the agent: what is wrong and what to do, or that the backend answered. */
  message: string;
  /** Whether the desk switched to it (backend.apply only). */
  switched: boolean;
  /** null when ok. */
  problem: BackendProblemKind | null;
  /** Where the token is kept after backend.apply; null when nothing was stored. */
  tokenStorage: BackendSettingsView['tokenStorage'] | null;
  /** With problem 'other-kind': what the server is instead. */
  detectedKind?: BackendChoice['kind'];
}
