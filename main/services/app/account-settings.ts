import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { AccountSettingsSaveResult, AccountSettingsView, ExplorerTemplates } from '../../../preload/contract';
import { accountSettingsInput } from '../../../preload/contract';
import { explorerTemplateProblem } from '../../../preload/rules/explorer-template';
import type { BackOfficeConnector } from '../back-office/back-office-connector';
import { chooseBackOffice, type BackOfficeConfig } from '../back-office/back-office-choice';
import type { TokenKeeper } from '../secrets/token-keeper';
import type { ChannelHandlers } from './channel-handlers';

export type AccountSettingsInput = z.output<typeof accountSettingsInput>;

/** What is kept beside the cache: the back office's address and the explorers; the token never (it goes to the keychain). */
const savedSchema = z.object({
  backOfficeUrl: z.string().max(2000),
  explorers: z.record(z.string(), z.object({ tx: z.string().nullable(), address: z.string().nullable() })),
});
type Saved = z.infer<typeof savedSchema>;

export interface AccountSettingsOptions {
  /** The JSON file beside the cache. */
  file: string;
  tokens: TokenKeeper;
  /** --back-office for this run (fixed); null: none, fixed; undefined: the settings decide. */
  commandLine: BackOfficeConfig | null | undefined;
  /** The helpdesk the desk talks to: AgentDesk's own backend serves a back office. */
  helpdesk: { kind: string; url: string; token: string };
}

/** The key a back office's token is kept under, apart from the helpdesks' tokens. */
export function backOfficeTokenKey(url: string): string {
  return `back-office-token:${url.trim().replace(/\/+$/, '')}`;
}

/**
 * The account panel's back office and explorers as set in Settings → Backend: the address in a
 * file beside the cache, the token with the OS keychain like the helpdesk tokens. The command
 * line wins for the back office; the explorers can always be set. The connector is rebuilt only
 * when the address or token changes, so the panel switches on the next lookup, no restart.
 */
export class AccountSettings {
  private saved: Saved;
  private connector: { config: string; value: BackOfficeConnector | null } | null = null;

  constructor(private readonly options: AccountSettingsOptions) {
    this.saved = readSaved(options.file);
  }

  view(): AccountSettingsView {
    const config = this.config();
    return {
      backOffice: { url: config.url, source: config.source, tokenStored: config.source === 'settings' && config.token !== null },
      explorers: this.explorers(),
      tokenStorage: this.options.tokens.storage(),
    };
  }

  /** The explorers set per network, each page checked again (a file edited by hand is not trusted). */
  explorers(): Readonly<Record<string, ExplorerTemplates>> {
    const usable = (template: string | null, page: 'tx' | 'address') => (template !== null && explorerTemplateProblem(template, page) === null ? template : null);
    const entries = Object.entries(this.saved.explorers).map(([network, pages]) => [network, { tx: usable(pages.tx, 'tx'), address: usable(pages.address, 'address') }] as const);
    return Object.fromEntries(entries.filter(([, pages]) => pages.tx !== null || pages.address !== null));
  }

  save(input: AccountSettingsInput): AccountSettingsSaveResult {
    const url = input.backOffice.url.replace(/\/+$/, '');
    const { commandLine, tokens } = this.options;
    if (commandLine !== undefined) {
      // Fixed for this run: the form may send it back unchanged (or empty), never another one.
      if ((url !== '' && url !== (commandLine?.url ?? '').replace(/\/+$/, '')) || input.backOffice.token !== '') return { ok: false, problem: 'fixed' };
    } else if (url !== '') {
      if (input.backOffice.token === '' && tokens.get(backOfficeTokenKey(url)) === null) return { ok: false, problem: 'missing_token' };
      if (input.backOffice.token !== '') tokens.set(backOfficeTokenKey(url), input.backOffice.token);
    }
    const explorers = Object.fromEntries(Object.entries(input.explorers).filter(([, pages]) => pages.tx !== null || pages.address !== null));
    this.saved = { backOfficeUrl: commandLine !== undefined ? this.saved.backOfficeUrl : url, explorers };
    writeSaved(this.options.file, this.saved);
    return { ok: true, view: this.view() };
  }

  /** The back office the panel reads from now. */
  backOffice(): BackOfficeConnector | null {
    const config = this.config();
    const configured = config.source === 'settings' ? (config.token === null ? null : { url: config.url, token: config.token }) : config.source === 'command-line' ? this.options.commandLine : undefined;
    const id = JSON.stringify([config.source, config.url, config.token]);
    if (this.connector?.config !== id) this.connector = { config: id, value: chooseBackOffice(configured, this.options.helpdesk) };
    return this.connector.value;
  }

  private config(): { source: AccountSettingsView['backOffice']['source']; url: string; token: string | null } {
    const { commandLine, helpdesk, tokens } = this.options;
    if (commandLine !== undefined) return commandLine ? { source: 'command-line', url: commandLine.url, token: commandLine.token } : { source: 'none', url: '', token: null };
    if (this.saved.backOfficeUrl !== '') return { source: 'settings', url: this.saved.backOfficeUrl, token: tokens.get(backOfficeTokenKey(this.saved.backOfficeUrl)) };
    return helpdesk.kind === 'embedded' ? { source: 'helpdesk', url: helpdesk.url, token: helpdesk.token } : { source: 'none', url: '', token: null };
  }
}

function readSaved(file: string): Saved {
  const empty: Saved = { backOfficeUrl: '', explorers: {} };
  if (!existsSync(file)) return empty;
  try {
    const parsed = savedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : empty;
  } catch {
    return empty;
  }
}

function writeSaved(file: string, saved: Saved): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(saved, null, 2));
  renameSync(temp, file);
}

/** Settings → Backend's channels for the account panel's back office and explorers. */
export function createAccountSettingsHandlers(settings: AccountSettings): Pick<ChannelHandlers, 'accountSettings.get' | 'accountSettings.save'> {
  return {
    'accountSettings.get': () => settings.view(),
    'accountSettings.save': (input) => settings.save(input),
  };
}
