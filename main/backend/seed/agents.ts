import {
  SEED_LANGUAGES,
  TOPICS,
  type Agent,
  type AgentRole,
  type SeedLanguage,
  type Topic,
} from '../wire-types';
import type { Random } from './random';
import { toAsciiLower } from './content-people';

const AGENT_EMAIL_DOMAIN = 'support.example.com';

const SECURITY_DOMAINS: readonly Topic[] = ['account_compromise', 'phishing', 'locked_account'];

interface AgentSpec {
  readonly name: string;
  readonly languages: readonly SeedLanguage[];
  readonly domains: readonly Topic[];
}

// The first entry is the default sign-in, so it must be a frontline agent speaking en and es.
const FRONTLINE: readonly AgentSpec[] = [
  { name: 'María González', languages: ['en', 'es'], domains: ['kyc', 'deposit', 'withdrawal', 'fees', 'two_factor'] },
  { name: 'James Whitfield', languages: ['en', 'fr'], domains: ['deposit', 'withdrawal', 'api_keys', 'market_incident', 'phishing'] },
  { name: 'Rūta Kazlauskienė', languages: ['lt', 'en', 'ru'], domains: ['kyc', 'two_factor', 'tax_statement', 'account_compromise'] },
  { name: 'Dmitri Sokolov', languages: ['ru', 'en'], domains: ['withdrawal', 'p2p_dispute', 'fees', 'market_incident'] },
  { name: 'Lukas Schneider', languages: ['de', 'en'], domains: ['kyc', 'api_keys', 'tax_statement', 'fees'] },
  { name: 'Ana Ferreira', languages: ['pt', 'es', 'en'], domains: ['deposit', 'withdrawal', 'p2p_dispute', 'account_closure'] },
  { name: 'Elif Yılmaz', languages: ['tr', 'en', 'de'], domains: ['kyc', 'deposit', 'withdrawal', 'two_factor'] },
  { name: 'Camille Dubois', languages: ['fr', 'en'], domains: ['kyc', 'two_factor', 'locked_account', 'account_closure', 'phishing'] },
  { name: 'Alejandro Ruiz', languages: ['es', 'pt'], domains: ['withdrawal', 'p2p_dispute', 'market_incident', 'locked_account'] },
  { name: 'Olga Petrova', languages: ['ru', 'lt'], domains: ['kyc', 'deposit', 'locked_account', 'account_closure', 'account_compromise'] },
  { name: 'Mehmet Kaya', languages: ['tr', 'en'], domains: ['p2p_dispute', 'fees', 'api_keys', 'market_incident'] },
  { name: 'Sophie Martin', languages: ['de', 'fr'], domains: ['deposit', 'withdrawal', 'tax_statement', 'account_closure'] },
  { name: 'Wang Jing', languages: ['zh', 'en'], domains: ['kyc', 'deposit', 'withdrawal', 'p2p_dispute', 'fees'] },
  { name: 'Chen Hao', languages: ['zh', 'en'], domains: ['two_factor', 'locked_account', 'api_keys', 'market_incident', 'tax_statement'] },
  { name: 'Yuki Tanaka', languages: ['ja', 'en'], domains: ['kyc', 'deposit', 'withdrawal', 'two_factor', 'tax_statement'] },
  { name: 'Ji-woo Park', languages: ['ko', 'en'], domains: ['kyc', 'deposit', 'withdrawal', 'p2p_dispute', 'fees'] },
  { name: 'Min-jun Kim', languages: ['ko', 'ja', 'en'], domains: ['two_factor', 'locked_account', 'api_keys', 'market_incident', 'account_closure'] },
  { name: 'Omar Haddad', languages: ['ar', 'en', 'fr'], domains: ['kyc', 'deposit', 'withdrawal', 'p2p_dispute', 'fees'] },
  { name: 'Layla Mansour', languages: ['ar', 'en'], domains: ['two_factor', 'locked_account', 'market_incident', 'tax_statement', 'account_closure'] },
  { name: 'Giulia Romano', languages: ['it', 'en', 'fr'], domains: ['kyc', 'deposit', 'withdrawal', 'fees', 'account_closure'] },
  { name: 'Katarzyna Wójcik', languages: ['pl', 'uk', 'en'], domains: ['kyc', 'deposit', 'withdrawal', 'two_factor', 'p2p_dispute'] },
  { name: 'Oksana Melnyk', languages: ['uk', 'pl', 'ru'], domains: ['locked_account', 'fees', 'api_keys', 'market_incident', 'tax_statement'] },
  { name: 'Nguyễn Thu Hà', languages: ['vi', 'en'], domains: ['kyc', 'deposit', 'withdrawal', 'p2p_dispute', 'fees'] },
  { name: 'Dewi Lestari', languages: ['id', 'en'], domains: ['deposit', 'withdrawal', 'two_factor', 'market_incident', 'tax_statement'] },
  { name: 'Trần Quốc Bảo', languages: ['vi', 'id', 'en'], domains: ['two_factor', 'locked_account', 'api_keys', 'market_incident', 'account_closure'] },
];

const SECURITY: readonly AgentSpec[] = [
  { name: 'Jonas Petrauskas', languages: ['en', 'lt', 'ru', 'de'], domains: SECURITY_DOMAINS },
  { name: 'Laura Martínez', languages: ['en', 'es', 'pt', 'fr'], domains: SECURITY_DOMAINS },
  { name: 'Emre Demir', languages: ['en', 'tr', 'de', 'ru'], domains: SECURITY_DOMAINS },
  { name: 'Li Na', languages: ['en', 'zh', 'ja', 'ko'], domains: SECURITY_DOMAINS },
  { name: 'Karim Nasser', languages: ['en', 'ar', 'fr', 'tr'], domains: SECURITY_DOMAINS },
  { name: 'Marta Zielińska', languages: ['en', 'pl', 'uk', 'it'], domains: SECURITY_DOMAINS },
  { name: 'Phạm Đức Anh', languages: ['en', 'vi', 'id'], domains: SECURITY_DOMAINS },
];

// Executives jump into any queue during a crisis, so they carry every topic.
const EXECUTIVES: readonly AgentSpec[] = [{ name: 'Marius Vaitkus', languages: ['en', 'lt', 'ru'], domains: TOPICS }];

function emailFor(name: string): string {
  return name.split(' ').map(toAsciiLower).join('.') + '@' + AGENT_EMAIL_DOMAIN;
}

function toAgents(role: AgentRole, specs: readonly AgentSpec[]): Agent[] {
  return specs.map((spec, index) => ({
    id: `agent-${role}-${index + 1}`,
    name: spec.name,
    email: emailFor(spec.name),
    role,
    languages: [...spec.languages],
    domains: [...spec.domains],
  }));
}

/** The fixed support team: 25 frontline agents, 7 security agents, 1 executive. */
export function createAgents(): Agent[] {
  return [...toAgents('frontline', FRONTLINE), ...toAgents('security', SECURITY), ...toAgents('executive', EXECUTIVES)];
}

/**
 * Who may answer a ticket: frontline agents who speak its language (preferring those whose
 * domains include its topic), or security agents for security cases.
 */
export class AgentRouter {
  private readonly specialists = new Map<string, readonly Agent[]>();
  private readonly speakers = new Map<SeedLanguage, readonly Agent[]>();
  private readonly security = new Map<SeedLanguage, readonly Agent[]>();

  constructor(agents: readonly Agent[]) {
    const frontline = agents.filter((agent) => agent.role === 'frontline');
    const securityTeam = agents.filter((agent) => agent.role === 'security');
    const anyFrontline = frontline.length > 0 ? frontline : agents;
    const anySecurity = securityTeam.length > 0 ? securityTeam : anyFrontline;
    for (const language of SEED_LANGUAGES) {
      const speaking = frontline.filter((agent) => agent.languages.includes(language));
      this.speakers.set(language, speaking.length > 0 ? speaking : anyFrontline);
      const securitySpeaking = anySecurity.filter((agent) => agent.languages.includes(language));
      this.security.set(language, securitySpeaking.length > 0 ? securitySpeaking : anySecurity);
      for (const topic of TOPICS) {
        this.specialists.set(`${language}:${topic}`, speaking.filter((agent) => agent.domains.includes(topic)));
      }
    }
  }

  pick(rng: Random, language: SeedLanguage, topic: Topic, security: boolean): Agent {
    if (security) return rng.pick(this.security.get(language) ?? []);
    const specialists = this.specialists.get(`${language}:${topic}`) ?? [];
    if (specialists.length > 0 && rng.chance(0.8)) return rng.pick(specialists);
    return rng.pick(this.speakers.get(language) ?? []);
  }
}
