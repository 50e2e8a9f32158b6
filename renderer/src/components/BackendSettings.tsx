import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BackendCheckResult, BackendSettingsView } from '../../../preload/contract/crisis-types';
import { call } from '../bridge';
import { useT, type Translate } from '../i18n';
import { announce } from '../stores/announce-store';
import { BACKEND_KIND_LABEL, BACKEND_PROBLEM_LABEL, BACKEND_SOURCE_LABEL, TOKEN_STORAGE_LABEL } from './settings/backend-labels';
import { RT_PRIORITIES_PROBLEM_LABEL, RtLayoutFields, rtChoiceOf, rtDraftOf, rtPrioritiesProblem, type RtLayoutDraft } from './settings/RtLayoutFields';

type Mode = 'builtin' | 'embedded' | 'request-tracker' | 'zendesk';
const MODES: readonly Mode[] = ['builtin', 'embedded', 'request-tracker', 'zendesk'];

type Status = { kind: 'busy' } | { kind: 'ok' | 'error'; text: string } | null;

/** How long the "switched" line stays before the desk reloads on the new backend. */
const RELOAD_DELAY_MS = 800;

function modeOf(view: BackendSettingsView): Mode {
  return view.current.kind === 'embedded' && view.current.url === '' ? 'builtin' : view.current.kind;
}

/** The sentence for a failed check, in the interface language; main's own sentence when the kind is unknown. */
function problemText(t: Translate, result: BackendCheckResult, url: string, mode: Mode): string {
  const kind = t(BACKEND_KIND_LABEL[mode === 'builtin' ? 'embedded' : mode]);
  if (result.problem === 'other-kind' && result.detectedKind) return t('backend.problem.other-kind', { url, kind, detected: t(BACKEND_KIND_LABEL[result.detectedKind]) });
  return result.problem && result.problem !== 'unknown' && result.problem !== 'other-kind' ? t(BACKEND_PROBLEM_LABEL[result.problem], { url, kind }) : t('backend.problem.unknown', { message: result.message });
}

/**
 * The backend section of the settings: the helpdesk the desk talks to, its address and token.
 * "Test" signs in once; "Save and switch" also keeps the token with the OS keychain and reloads
 * the desk on the new backend. A wrong address or token is named in one sentence, never a hang.
 */
export function BackendSettings() {
  const t = useT();
  const ids = { mode: useId(), url: useId(), token: useId(), email: useId(), oauth: useId(), status: useId(), fixed: useId() };
  const [view, setView] = useState<BackendSettingsView | null>(null);
  const [mode, setMode] = useState<Mode>('builtin');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [email, setEmail] = useState('');
  const [oauth, setOauth] = useState(false);
  const [rt, setRt] = useState<RtLayoutDraft>(() => rtDraftOf(undefined));
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    let live = true;
    call('backend.get', {})
      .then((loaded) => {
        if (!live) return;
        setView(loaded);
        setMode(modeOf(loaded));
        setUrl(loaded.current.url);
        setEmail(loaded.current.email ?? '');
        setOauth(loaded.current.oauth);
        setRt(rtDraftOf(loaded.current.rt));
      })
      .catch(() => live && setStatus({ kind: 'error', text: t('backend.failed') }));
    return () => {
      live = false;
    };
    // Loaded once per opening of the settings.
  }, [t]);

  const locked = view !== null && !view.canChange;
  const needsAddress = mode !== 'builtin';
  const busy = status?.kind === 'busy';

  // The buttons stay in the tab order while a check runs (aria-disabled, not disabled), so focus
  // stays on the one pressed and the result is read out from the status line.
  const run = async (channel: 'backend.test' | 'backend.apply'): Promise<void> => {
    if (busy) return;
    if (mode === 'request-tracker' && rtPrioritiesProblem(rt)) {
      setStatus({ kind: 'error', text: t(RT_PRIORITIES_PROBLEM_LABEL[rtPrioritiesProblem(rt)!]) });
      return;
    }
    setStatus({ kind: 'busy' });
    const input = {
      kind: mode === 'builtin' ? ('embedded' as const) : mode,
      url: needsAddress ? url.trim() : '',
      token: needsAddress ? token : '',
      email: mode === 'zendesk' && !oauth ? email.trim() : null,
      oauth: mode === 'zendesk' && oauth,
      ...(mode === 'request-tracker' ? { rt: rtChoiceOf(rt) } : {}),
    };
    try {
      const result = await call(channel, input);
      if (!result.ok) {
        setStatus({ kind: 'error', text: problemText(t, result, input.url, mode) });
        return;
      }
      if (result.switched) {
        const text = t('backend.switched', { where: input.url || t('backend.builtinName') });
        setStatus({ kind: 'ok', text });
        announce(text);
        setTimeout(() => window.location.reload(), RELOAD_DELAY_MS);
        return;
      }
      setStatus({ kind: 'ok', text: t('backend.ok') });
    } catch {
      setStatus({ kind: 'error', text: t('backend.failed') });
    }
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void run('backend.apply');
  };

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
          <select id={ids.mode} value={mode} onChange={(e) => setMode(e.target.value as Mode)} data-testid="backend-kind">
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(BACKEND_KIND_LABEL[m])}
              </option>
            ))}
          </select>
          {needsAddress && (
            <>
              <label htmlFor={ids.url}>{t('backend.url')}</label>
              <input id={ids.url} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder={t('backend.urlPlaceholder')} autoComplete="off" spellCheck={false} data-testid="backend-url" />
              {mode === 'zendesk' && (
                <>
                  <label htmlFor={ids.email}>{t('backend.email')}</label>
                  <input id={ids.email} type="email" value={email} disabled={oauth} onChange={(e) => setEmail(e.target.value)} autoComplete="off" data-testid="backend-email" />
                  <span className="settings-toggle">
                    <input id={ids.oauth} type="checkbox" checked={oauth} onChange={(e) => setOauth(e.target.checked)} />
                    <label htmlFor={ids.oauth}>{t('backend.oauth')}</label>
                  </span>
                </>
              )}
              <label htmlFor={ids.token}>{t('backend.token')}</label>
              <input
                id={ids.token}
                type="password"
                value={token}
                onChange={(e) => setToken(e.target.value)}
                placeholder={view?.tokenStored && view.current.url === url.trim() ? t('backend.tokenKeep') : ''}
                autoComplete="off"
                data-testid="backend-token"
              />
              {mode === 'request-tracker' && (
                <div className="backend-rt">
                  <RtLayoutFields draft={rt} onChange={setRt} />
                </div>
              )}
            </>
          )}
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
    </section>
  );
}
