import { LANGUAGES, TOPICS, type Macro, type Topic } from '../../../../preload/contract/domain-types';
import { ticketOnlyFacts } from './conversation';
import { compiledContent, renderTemplate } from './templates';

interface MacroSpec {
  readonly title: string;
  readonly keywords: readonly string[];
  readonly actions: Macro['actions'];
}

const MACRO_SPECS: Readonly<Record<Topic, MacroSpec>> = {
  kyc: {
    title: 'KYC: verification in review',
    keywords: ['kyc', 'verification', 'identity', 'documents', 'selfie', 'proof of address', 'onboarding'],
    actions: { status: 'pending', addTags: ['kyc'] },
  },
  deposit: {
    title: 'Deposit not credited',
    keywords: ['deposit', 'not credited', 'missing', 'txid', 'confirmations', 'hash'],
    actions: { status: 'pending', addTags: ['deposit'] },
  },
  withdrawal: {
    title: 'Withdrawal delayed / under review',
    keywords: ['withdrawal', 'pending', 'delayed', 'processing', 'review', 'not received'],
    actions: { status: 'pending', addTags: ['withdrawal'] },
  },
  two_factor: {
    title: '2FA reset',
    keywords: ['2fa', 'authenticator', 'google authenticator', 'lost phone', 'reset', 'code invalid'],
    actions: { status: 'pending', addTags: ['two_factor'] },
  },
  account_compromise: {
    title: 'Account compromised: security holding reply',
    keywords: ['hacked', 'compromised', 'unauthorized', 'stolen', 'takeover', 'security'],
    actions: { status: 'open', priority: 'urgent', addTags: ['security', 'account_compromise'] },
  },
  locked_account: {
    title: 'Locked account: identity check',
    keywords: ['locked', 'disabled', 'frozen', 'unlock', 'blocked'],
    actions: { status: 'pending', addTags: ['locked_account'] },
  },
  phishing: {
    title: 'Phishing warning',
    keywords: ['phishing', 'scam', 'fake', 'telegram', 'impersonation', 'link', 'sms'],
    actions: { status: 'solved', priority: 'high', addTags: ['phishing'] },
  },
  fees: {
    title: 'Fees explained',
    keywords: ['fees', 'fee', 'commission', 'maker', 'taker', 'network fee'],
    actions: { status: 'solved', addTags: ['fees'] },
  },
  api_keys: {
    title: 'API keys: permissions, IP whitelist, signature',
    keywords: ['api', 'api key', 'signature', 'whitelist', 'bot', 'permissions'],
    actions: { status: 'pending', addTags: ['api_keys'] },
  },
  p2p_dispute: {
    title: 'P2P dispute: appeal opened',
    keywords: ['p2p', 'dispute', 'appeal', 'seller', 'buyer', 'escrow', 'order'],
    actions: { status: 'pending', addTags: ['p2p_dispute'] },
  },
  market_incident: {
    title: 'Market incident notice',
    keywords: ['incident', 'outage', 'crash', 'volatility', 'liquidation', 'downtime'],
    actions: { status: 'pending', addTags: ['market_incident', 'crypto-crash'] },
  },
  tax_statement: {
    title: 'Tax statement / transaction history export',
    keywords: ['tax', 'statement', 'export', 'history', 'csv', 'report'],
    actions: { status: 'solved', addTags: ['tax_statement'] },
  },
  account_closure: {
    title: 'Account closure',
    keywords: ['close account', 'delete account', 'closure', 'gdpr', 'data deletion'],
    actions: { status: 'pending', addTags: ['account_closure'] },
  },
};

// The macro syntax of the desk; each language's standard reply is written with these in mind.
const MACRO_FACTS = {
  ...ticketOnlyFacts('{{ticket.id}}'),
  firstName: '{{customer.first_name}}',
  agentName: '{{agent.name}}',
};

/**
 * The starter library: one macro per topic, in every language, made of the language's
 * greeting, the topic's standard reply and the sign-off.
 */
export function createStarterMacros(): Macro[] {
  return TOPICS.map((topic) => {
    const spec = MACRO_SPECS[topic];
    return {
      id: `macro-${topic}`,
      title: spec.title,
      topic,
      keywords: [...spec.keywords],
      bodies: LANGUAGES.map((language) => {
        const content = compiledContent(language);
        const standardReply = content.topics[topic].standardReply;
        return {
          language,
          body: [content.greeting, standardReply, content.signoff]
            .map((template) => renderTemplate(template, MACRO_FACTS))
            .join('\n\n'),
        };
      }),
      actions: { ...spec.actions, ...(spec.actions.addTags ? { addTags: [...spec.actions.addTags] } : {}) },
    };
  });
}
