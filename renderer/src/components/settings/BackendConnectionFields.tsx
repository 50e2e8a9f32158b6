import { useId } from 'react';
import type { BackendSettingsView } from '../../../../preload/contract/crisis-types';
import { useT } from '../../i18n';
import { RtLayoutFields } from './RtLayoutFields';
import type { BackendDraft } from './useBackendChoice';

/** The helpdesk's address and token, the Zendesk agent's e-mail or OAuth, and Request Tracker's own names. */
export function BackendConnectionFields({ draft, change, view }: { draft: BackendDraft; change: (patch: Partial<BackendDraft>) => void; view: BackendSettingsView | null }) {
  const t = useT();
  const ids = { url: useId(), token: useId(), email: useId(), oauth: useId() };
  const { mode, url, oauth } = draft;
  return (
    <>
      <label htmlFor={ids.url}>{t('backend.url')}</label>
      <input id={ids.url} type="url" value={url} onChange={(e) => change({ url: e.target.value })} placeholder={t('backend.urlPlaceholder')} autoComplete="off" spellCheck={false} data-testid="backend-url" />
      {mode === 'zendesk' && (
        <>
          <label htmlFor={ids.email}>{t('backend.email')}</label>
          <input id={ids.email} type="email" value={draft.email} disabled={oauth} onChange={(e) => change({ email: e.target.value })} autoComplete="off" data-testid="backend-email" />
          <span className="settings-toggle">
            <input id={ids.oauth} type="checkbox" checked={oauth} onChange={(e) => change({ oauth: e.target.checked })} />
            <label htmlFor={ids.oauth}>{t('backend.oauth')}</label>
          </span>
        </>
      )}
      <label htmlFor={ids.token}>{t('backend.token')}</label>
      <input
        id={ids.token}
        type="password"
        value={draft.token}
        onChange={(e) => change({ token: e.target.value })}
        placeholder={view?.tokenStored && view.current.url === url.trim() ? t('backend.tokenKeep') : ''}
        autoComplete="off"
        data-testid="backend-token"
      />
      {mode === 'request-tracker' && (
        <div className="backend-rt">
          <RtLayoutFields draft={draft.rt} onChange={(rt) => change({ rt })} />
        </div>
      )}
    </>
  );
}
