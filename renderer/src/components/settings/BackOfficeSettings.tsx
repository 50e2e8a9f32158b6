import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AccountSettingsView, ExplorerTemplates } from '../../../../preload/contract/account-settings-types';
import { EXPLORER_PLACEHOLDERS, explorerTemplateProblem, type ExplorerPage, type ExplorerTemplateProblem } from '../../../../preload/rules/explorer-template';
import { call } from '../../bridge';
import { useT, type MessageId, type Translate } from '../../i18n';
import { networkName } from '../../lib/account-wording';
import { DEFAULT_EXPLORERS } from '../../lib/explorers';
import { announce } from '../../stores/announce-store';
import { useExplorerStore } from '../../stores/explorer-store';
import { TOKEN_STORAGE_LABEL } from './backend-labels';

type ExplorerDraft = Record<string, Record<ExplorerPage, string>>;

/** Why an explorer page cannot be saved, by literal message id. */
const EXPLORER_PROBLEM_LABEL = {
  invalid: 'backend.explorers.problem.invalid',
  not_https: 'backend.explorers.problem.not_https',
  no_placeholder: 'backend.explorers.problem.no_placeholder',
} as const satisfies Record<ExplorerTemplateProblem, MessageId>;
type Status = { kind: 'ok' | 'error'; text: string } | null;

const NETWORKS = Object.keys(DEFAULT_EXPLORERS);
const PAGES: readonly ExplorerPage[] = ['tx', 'address'];

function draftOf(explorers: Readonly<Record<string, ExplorerTemplates>>): ExplorerDraft {
  return Object.fromEntries(NETWORKS.map((n) => [n, { tx: explorers[n]?.tx ?? '', address: explorers[n]?.address ?? '' }]));
}

const fieldName = (t: Translate, network: string, page: ExplorerPage) => t(page === 'tx' ? 'backend.explorers.tx' : 'backend.explorers.address', { network: networkName(network) });

/** The first explorer field the rule refuses, in words; null when all can be saved. */
function explorerProblem(t: Translate, draft: ExplorerDraft): string | null {
  for (const network of NETWORKS) {
    for (const page of PAGES) {
      const template = draft[network]![page].trim();
      const problem = template === '' ? null : explorerTemplateProblem(template, page);
      if (problem) return t(EXPLORER_PROBLEM_LABEL[problem], { field: fieldName(t, network, page), placeholder: EXPLORER_PLACEHOLDERS[page] });
    }
  }
  return null;
}

/** Which back office the panel reads now, in one line. */
function CurrentBackOffice({ view }: { view: AccountSettingsView }) {
  const t = useT();
  const { source, url } = view.backOffice;
  const text = source === 'none' ? t('backend.backOffice.none') : source === 'helpdesk' ? t('backend.backOffice.helpdesk') : t('backend.backOffice.current', { url });
  return (
    <p className="muted" data-testid="back-office-current">
      {text} {source === 'command-line' && t('backend.backOffice.fixed')}
    </p>
  );
}

/** One network's explorer pages; empty fields show the default in grey. */
function ExplorerRow({ network, value, onChange }: { network: string; value: Record<ExplorerPage, string>; onChange: (page: ExplorerPage, text: string) => void }) {
  const t = useT();
  const ids = { tx: useId(), address: useId() };
  return (
    <div className="explorer-row" data-network={network}>
      {PAGES.map((page) => {
        const text = value[page];
        const invalid = text.trim() !== '' && explorerTemplateProblem(text.trim(), page) !== null;
        return (
          <span key={page} className="explorer-field">
            <label htmlFor={ids[page]}>{fieldName(t, network, page)}</label>
            <input id={ids[page]} type="url" value={text} placeholder={DEFAULT_EXPLORERS[network]![page]} aria-invalid={invalid || undefined} onChange={(e) => onChange(page, e.target.value)} autoComplete="off" spellCheck={false} data-testid={`explorer-${network}-${page}`} />
          </span>
        );
      })}
    </div>
  );
}

/**
 * The account panel's back office (address and token, kept with the OS keychain like the
 * helpdesk tokens) and an explorer per network, saved through the contract, which checks them
 * again. The panel's links follow at once; the back office on its next lookup.
 */
export function BackOfficeSettings() {
  const t = useT();
  const ids = { title: useId(), url: useId(), token: useId(), status: useId() };
  const [view, setView] = useState<AccountSettingsView | null>(null);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [explorers, setExplorers] = useState<ExplorerDraft>(() => draftOf({}));
  const [status, setStatus] = useState<Status>(null);

  const show = (loaded: AccountSettingsView) => {
    setView(loaded);
    setUrl(loaded.backOffice.source === 'settings' ? loaded.backOffice.url : '');
    setToken('');
    setExplorers(draftOf(loaded.explorers));
  };
  useEffect(() => {
    let live = true;
    call('accountSettings.get', {})
      .then((loaded) => live && show(loaded))
      .catch(() => live && setStatus({ kind: 'error', text: t('backend.failed') }));
    return () => {
      live = false;
    };
  }, [t]);

  const fixed = view?.backOffice.source === 'command-line';
  const onSubmit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const problem = explorerProblem(t, explorers) ?? (!fixed && url.trim() !== '' && !/^https?:\/\/[^\s/?#]+/i.test(url.trim()) ? t('backend.backOffice.problem.url') : null);
    if (problem) {
      setStatus({ kind: 'error', text: problem });
      return;
    }
    const pages = (network: string) => ({ tx: explorers[network]!.tx.trim() || null, address: explorers[network]!.address.trim() || null });
    try {
      const result = await call('accountSettings.save', {
        backOffice: fixed ? { url: '', token: '' } : { url: url.trim(), token: token.trim() },
        explorers: Object.fromEntries(NETWORKS.map((n) => [n, pages(n)])),
      });
      if (!result.ok) {
        setStatus({ kind: 'error', text: result.problem === 'fixed' ? t('backend.backOffice.fixed') : t('backend.backOffice.problem.token') });
        return;
      }
      show(result.view);
      useExplorerStore.getState().set(result.view.explorers);
      setStatus({ kind: 'ok', text: t('backend.backOffice.saved') });
      announce(t('backend.backOffice.saved'));
    } catch {
      setStatus({ kind: 'error', text: t('backend.failed') });
    }
  };

  return (
    <form className="back-office-form" aria-labelledby={ids.title} aria-describedby={ids.status} onSubmit={(e) => void onSubmit(e)} noValidate data-testid="back-office-settings">
      <h4 id={ids.title}>{t('backend.backOffice.title')}</h4>
      <p className="settings-help">{t('backend.backOffice.intro')}</p>
      {view && <CurrentBackOffice view={view} />}
      <fieldset disabled={view === null}>
        <label htmlFor={ids.url}>{t('backend.backOffice.url')}</label>
        <input id={ids.url} type="url" value={fixed ? (view?.backOffice.url ?? '') : url} disabled={fixed} onChange={(e) => setUrl(e.target.value)} placeholder={t('backend.urlPlaceholder')} autoComplete="off" spellCheck={false} data-testid="back-office-url" />
        <label htmlFor={ids.token}>{t('backend.backOffice.token')}</label>
        <input id={ids.token} type="password" value={token} disabled={fixed} onChange={(e) => setToken(e.target.value)} placeholder={view?.backOffice.tokenStored ? t('backend.tokenKeep') : ''} autoComplete="off" data-testid="back-office-token" />
        <details className="explorer-settings">
          <summary>{t('backend.explorers.title')}</summary>
          <p className="settings-help">{t('backend.explorers.help', { hash: EXPLORER_PLACEHOLDERS.tx, address: EXPLORER_PLACEHOLDERS.address })}</p>
          {NETWORKS.map((network) => (
            <ExplorerRow key={network} network={network} value={explorers[network]!} onChange={(page, text) => setExplorers((d) => ({ ...d, [network]: { ...d[network]!, [page]: text } }))} />
          ))}
        </details>
        <div className="settings-actions">
          <button type="submit" className="btn" data-testid="back-office-save">
            {t('backend.backOffice.save')}
          </button>
        </div>
      </fieldset>
      {view && <p className="muted">{t(TOKEN_STORAGE_LABEL[view.tokenStorage])}</p>}
      <p id={ids.status} role="status" aria-live="polite" className={status?.kind === 'error' ? 'settings-error' : 'settings-ok'} data-testid="back-office-status">
        {status?.text ?? ''}
      </p>
    </form>
  );
}
