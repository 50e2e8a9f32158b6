import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../../preload/contract/domain-types';
import { useT, LANGUAGE_LABEL } from '../../i18n';
import { useSessionStore } from '../../stores/session-store';
import { useSettingsStore } from '../../stores/settings-store';
import { CustomerText } from '../CustomerText';
import { QueuePulse } from '../QueuePulse';

/** The product's name is a name: it is not translated. */
const PRODUCT_NAME = 'AgentDesk';

/**
 * The header of executive mode: who is signed in, the interface language and the queue at a glance —
 * no views, no search, no commands, no settings.
 */
export function ExecutiveHeader() {
  const t = useT();
  const agent = useSessionStore((s) => s.session?.agent ?? null);
  const language = useSettingsStore((s) => s.interfaceLanguage);
  const setLanguage = useSettingsStore((s) => s.setInterfaceLanguage);
  return (
    <header className="app-header executive-header" data-testid="executive-header">
      <h1 className="app-name">{PRODUCT_NAME}</h1>
      <span className="badge executive-mode-badge">{t('executive.mode')}</span>
      <label className="executive-language">
        <span>{t('executive.interfaceLanguage')}</span>
        <select data-testid="executive-interface-language" value={language} onChange={(e) => void setLanguage(e.target.value as InterfaceLanguage)}>
          {INTERFACE_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(LANGUAGE_LABEL[l])}
            </option>
          ))}
        </select>
      </label>
      <QueuePulse />
      <div className="agent" aria-label={t('executive.signedIn')}>
        {agent ? (
          <CustomerText className="agent-name" testId="agent-name" text={agent.name} />
        ) : (
          <span className="muted">{t('executive.signingIn')}</span>
        )}
      </div>
    </header>
  );
}
