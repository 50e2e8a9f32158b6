import { useEffect, useState } from 'react';
import type { BackendCheckResult, BackendSettingsView } from '../../../../preload/contract/crisis-types';
import { call } from '../../bridge';
import { useT, type Translate } from '../../i18n';
import { announce } from '../../stores/announce-store';
import { BACKEND_KIND_LABEL, BACKEND_PROBLEM_LABEL } from './backend-labels';
import { RT_PRIORITIES_PROBLEM_LABEL, rtChoiceOf, rtDraftOf, rtPrioritiesProblem, type RtLayoutDraft } from './RtLayoutFields';

export type BackendMode = 'builtin' | 'embedded' | 'request-tracker' | 'zendesk';
export const BACKEND_MODES: readonly BackendMode[] = ['builtin', 'embedded', 'request-tracker', 'zendesk'];

export type BackendStatus = { kind: 'busy' } | { kind: 'ok' | 'error'; text: string } | null;

/** How long the "switched" line stays before the desk reloads on the new backend. */
const RELOAD_DELAY_MS = 800;

export function modeOf(view: BackendSettingsView): BackendMode {
  return view.current.kind === 'embedded' && view.current.url === '' ? 'builtin' : view.current.kind;
}

/** The sentence for a failed check, in the interface language; main's own sentence when the kind is unknown. */
function problemText(t: Translate, result: BackendCheckResult, url: string, mode: BackendMode): string {
  const kind = t(BACKEND_KIND_LABEL[mode === 'builtin' ? 'embedded' : mode]);
  if (result.problem === 'other-kind' && result.detectedKind) return t('backend.problem.other-kind', { url, kind, detected: t(BACKEND_KIND_LABEL[result.detectedKind]) });
  return result.problem && result.problem !== 'unknown' && result.problem !== 'other-kind' ? t(BACKEND_PROBLEM_LABEL[result.problem], { url, kind }) : t('backend.problem.unknown', { message: result.message });
}

/** What the agent typed for the helpdesk connection. */
export interface BackendDraft {
  mode: BackendMode;
  url: string;
  token: string;
  email: string;
  oauth: boolean;
  rt: RtLayoutDraft;
}

/**
 * The backend form's state: the view main gives once per opening, the agent's draft, and the
 * test or switch in progress with its result in one sentence. A switch reloads the desk.
 */
export function useBackendChoice() {
  const t = useT();
  const [view, setView] = useState<BackendSettingsView | null>(null);
  const [draft, setDraft] = useState<BackendDraft>({ mode: 'builtin', url: '', token: '', email: '', oauth: false, rt: rtDraftOf(undefined) });
  const [status, setStatus] = useState<BackendStatus>(null);
  const change = (patch: Partial<BackendDraft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    let live = true;
    call('backend.get', {})
      .then((loaded) => {
        if (!live) return;
        setView(loaded);
        setDraft({ mode: modeOf(loaded), url: loaded.current.url, token: '', email: loaded.current.email ?? '', oauth: loaded.current.oauth, rt: rtDraftOf(loaded.current.rt) });
      })
      .catch(() => live && setStatus({ kind: 'error', text: t('backend.failed') }));
    return () => {
      live = false;
    };
    // Loaded once per opening of the settings.
  }, [t]);

  const busy = status?.kind === 'busy';
  const run = async (channel: 'backend.test' | 'backend.apply'): Promise<void> => {
    if (busy) return;
    const { mode, rt, oauth } = draft;
    const needsAddress = mode !== 'builtin';
    if (mode === 'request-tracker' && rtPrioritiesProblem(rt)) {
      setStatus({ kind: 'error', text: t(RT_PRIORITIES_PROBLEM_LABEL[rtPrioritiesProblem(rt)!]) });
      return;
    }
    setStatus({ kind: 'busy' });
    const input = {
      kind: mode === 'builtin' ? ('embedded' as const) : mode,
      url: needsAddress ? draft.url.trim() : '',
      token: needsAddress ? draft.token : '',
      email: mode === 'zendesk' && !oauth ? draft.email.trim() : null,
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

  return { view, draft, change, status, busy, run };
}
