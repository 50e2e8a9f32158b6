// First: decides how schemas are parsed before any is built (see zod-setup.ts).
import './zod-setup';
import { z } from 'zod';
import { explorerTemplateProblem, MAX_EXPLORER_TEMPLATE_LENGTH, type ExplorerPage } from '../rules/explorer-template';
import type { BackendSettingsView } from './crisis-types';

// Where the account panel reads accounts (the exchange's back office: address and token) and
// which block explorer its links open per network, as Settings → Backend sets them.

/** A network's explorer pages; null keeps the desk's default for that page. */
export interface ExplorerTemplates {
  tx: string | null;
  address: string | null;
}

export interface AccountSettingsView {
  backOffice: {
    /** The address in use; empty when none. */
    url: string;
    /**
     * settings: set here; command-line: --back-office for this run (cannot change here);
     * helpdesk: AgentDesk's backend serves its own; none: the panel has no back office.
     */
    source: 'settings' | 'command-line' | 'helpdesk' | 'none';
    /** Whether a token for this address is kept (encrypted by the OS keychain where there is one). */
    tokenStored: boolean;
  };
  /** The explorers set per network (network id → pages); networks not listed use the defaults. */
  explorers: Readonly<Record<string, ExplorerTemplates>>;
  tokenStorage: BackendSettingsView['tokenStorage'];
}

export type AccountSettingsSaveResult =
  | { ok: true; view: AccountSettingsView }
  /** fixed: the back office was given on the command line; missing_token: a new address needs its token. */
  | { ok: false; problem: 'fixed' | 'missing_token' };

const explorerTemplate = (page: ExplorerPage) =>
  z
    .string()
    .trim()
    .max(MAX_EXPLORER_TEMPLATE_LENGTH)
    .nullable()
    .transform((t) => (t === '' ? null : t))
    .superRefine((template, ctx) => {
      const problem = template === null ? null : explorerTemplateProblem(template, page);
      if (problem) ctx.addIssue({ code: 'custom', message: `explorer ${page} page: ${problem}` });
    });

/** What Settings → Backend saves: the back office (empty address: none set here) and every network's explorer pages. */
export const accountSettingsInput = z.strictObject({
  backOffice: z.strictObject({
    url: z
      .string()
      .trim()
      .max(2000)
      .refine((url) => url === '' || /^https?:\/\/[^\s/?#]+/i.test(url), 'an http(s) address'),
    /** Empty keeps the token stored for this address. */
    token: z.string().trim().max(4000),
  }),
  explorers: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/), z.strictObject({ tx: explorerTemplate('tx'), address: explorerTemplate('address') })).refine((e) => Object.keys(e).length <= 50, 'at most 50 networks'),
});
