import { useId, useState } from 'react';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../preload/contract/domain-types';
import { LANGUAGE_LABEL, messagesFor, translate, useT } from '../i18n';
import { useSettingsStore } from '../stores/settings-store';

/** Each language named in itself, so an agent finds theirs whatever the interface shows now. */
const nativeName = (code: InterfaceLanguage): string => messagesFor(code)[LANGUAGE_LABEL[code]];

/**
 * The interface language: switches at once (every view re-renders in place, nothing is reloaded,
 * focus and unsent text stay) and is saved with the other settings.
 */
export function InterfaceLanguageSetting() {
  const t = useT();
  const language = useSettingsStore((s) => s.interfaceLanguage);
  const setInterfaceLanguage = useSettingsStore((s) => s.setInterfaceLanguage);
  const [status, setStatus] = useState('');
  const id = useId();

  const choose = (next: InterfaceLanguage): void => {
    setStatus('');
    // Said once saved, in the language just chosen.
    void setInterfaceLanguage(next).then((ok) => ok && setStatus(translate('settings.language.changed')));
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="section-title">
        {t('settings.language.title')}
      </h3>
      <div className="setting-row">
        <label htmlFor={id}>{t('settings.language.label')}</label>
        <select
          id={id}
          className="choice-select"
          data-testid="interface-language"
          value={language}
          onChange={(e) => choose(e.target.value as InterfaceLanguage)}
          aria-describedby={`${id}-d`}
        >
          {INTERFACE_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {nativeName(code)}
            </option>
          ))}
        </select>
        <span id={`${id}-d`} className="muted">
          {t('settings.language.help')}
        </span>
      </div>
      <p role="status" className="settings-ok" data-testid="interface-language-status">
        {status}
      </p>
    </section>
  );
}
