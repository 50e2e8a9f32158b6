import { useId, type FormEvent } from 'react';
import { useT } from '../i18n';
import { BACKEND_KIND_LABEL, BACKEND_SOURCE_LABEL, TOKEN_STORAGE_LABEL } from './settings/backend-labels';
import { BackendConnectionFields } from './settings/BackendConnectionFields';
import { BackOfficeSettings } from './settings/BackOfficeSettings';
import { BACKEND_MODES, modeOf, useBackendChoice, type BackendMode } from './settings/useBackendChoice';

/**
 * The backend section of the settings: the helpdesk the desk talks to, its address and token.
 * "Test" signs in once; "Save and switch" also keeps the token with the OS keychain and reloads
 * the desk on the new backend. A wrong address or token is named in one sentence, never a hang.
 * Below it, the account panel's back office and block explorers.
 */
export function BackendSettings() {
  const t = useT();
  const ids = { mode: useId(), status: useId(), fixed: useId() };
  const { view, draft, change, status, busy, run } = useBackendChoice();
  const locked = view !== null && !view.canChange;

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void run('backend.apply');
  };

  // The buttons stay in the tab order while a check runs (aria-disabled, not disabled), so focus
  // stays on the one pressed and the result is read out from the status line.
  return (
    <section className="settings-section backend-settings" aria-labelledby={`${ids.mode}-title`} data-testid="backend-settings">
      <h3 id={`${ids.mode}-title`}>{t('backend.title')}</h3>
      <p className="settings-help">{t('backend.intro')}</p>
      {view && (
        <p className="muted" data-testid="backend-current">
          {t('backend.current', { kind: t(BACKEND_KIND_LABEL[modeOf(view)]), url: view.current.url })} {t('backend.sourceLine', { source: t(BACKEND_SOURCE_LABEL[view.source]) })}
        </p>
      )}
      {view?.problem && <p className="settings-error">{view.problem}</p>}
      {locked && (
        <p id={ids.fixed} className="settings-locked" data-testid="backend-locked">
          {t('backend.fixed')}
        </p>
      )}
      <form className="backend-form" onSubmit={onSubmit} aria-describedby={locked ? `${ids.fixed} ${ids.status}` : ids.status} noValidate>
        <fieldset disabled={locked || view === null}>
          <label htmlFor={ids.mode}>{t('backend.kind')}</label>
          <select id={ids.mode} value={draft.mode} onChange={(e) => change({ mode: e.target.value as BackendMode })} data-testid="backend-kind">
            {BACKEND_MODES.map((m) => (
              <option key={m} value={m}>
                {t(BACKEND_KIND_LABEL[m])}
              </option>
            ))}
          </select>
          {draft.mode !== 'builtin' && <BackendConnectionFields draft={draft} change={change} view={view} />}
          <div className="settings-actions">
            <button type="button" className="btn" aria-disabled={busy || undefined} onClick={() => void run('backend.test')} data-testid="backend-test">
              {t('backend.test')}
            </button>
            <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined} data-testid="backend-apply">
              {t('backend.apply')}
            </button>
          </div>
        </fieldset>
      </form>
      {view && <p className="muted">{t(TOKEN_STORAGE_LABEL[view.tokenStorage])}</p>}
      <p id={ids.status} role="status" aria-live="polite" className={status?.kind === 'error' ? 'settings-error' : 'settings-ok'} data-testid="backend-status">
        {status?.kind === 'busy' ? t('backend.checking') : (status?.text ?? '')}
      </p>
      <BackOfficeSettings />
    </section>
  );
}
