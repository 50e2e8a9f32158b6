import { useId } from 'react';
import { translate, useT } from '../../i18n';
import { actionTitle } from '../../keyboard/keymap';
import { useSettingsStore } from '../../stores/settings-store';
import type { SettingsMessage } from './useKeyRebinding';

/** Auto-advance after a status change, and how long an escalation may wait for security. */
export function TriageSettings({ say }: { say: (message: SettingsMessage) => void }) {
  const t = useT();
  const autoAdvance = useSettingsStore((s) => s.autoAdvance);
  const ackTimeout = useSettingsStore((s) => s.ackTimeoutMinutes);
  const { setAutoAdvance, setAckTimeout } = useSettingsStore.getState();
  const ids = { auto: useId(), ack: useId() };

  return (
    <section className="settings-section" aria-labelledby={`${ids.auto}-h`}>
      <h3 id={`${ids.auto}-h`} className="section-title">
        {t('settings.triage.title')}
      </h3>
      <div className="settings-toggle">
        <input
          id={ids.auto}
          type="checkbox"
          data-testid="auto-advance"
          checked={autoAdvance}
          onChange={(e) => {
            const on = e.target.checked;
            void setAutoAdvance(on).then((ok) => ok && say({ kind: 'ok', text: translate(on ? 'settings.autoAdvance.on' : 'settings.autoAdvance.off') }));
          }}
          aria-describedby={`${ids.auto}-d`}
        />
        <label htmlFor={ids.auto}>{t('settings.autoAdvance.label')}</label>
        <span id={`${ids.auto}-d`} className="muted">
          {t('settings.autoAdvance.help', { sendAndNext: actionTitle('composer.sendAndNext') })}
        </span>
      </div>
      <div className="setting-row">
        <label htmlFor={ids.ack}>{t('settings.ack.label')}</label>
        <input
          id={ids.ack}
          type="number"
          min={1}
          max={120}
          data-testid="ack-timeout"
          defaultValue={ackTimeout}
          key={ackTimeout}
          onBlur={(e) => {
            const minutes = Number(e.target.value);
            if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120) {
              say({ kind: 'error', text: translate('settings.ack.invalid') });
              return;
            }
            if (minutes !== ackTimeout) void setAckTimeout(minutes).then((ok) => ok && say({ kind: 'ok', text: translate('settings.ack.saved', { minutes }) }));
          }}
          aria-describedby={`${ids.ack}-d`}
        />
        <span id={`${ids.ack}-d`} className="muted">
          {t('settings.ack.help')}
        </span>
      </div>
    </section>
  );
}
