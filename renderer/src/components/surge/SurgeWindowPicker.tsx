import { useId } from 'react';
import { useT, type MessageId } from '../../i18n';
import { SURGE_WINDOWS, type SurgeWindow } from '../../stores/surge-store';

const WINDOW_LABEL = { 15: 'surge.window.15', 60: 'surge.window.60', 240: 'surge.window.240' } as const satisfies Record<SurgeWindow, MessageId>;

/** 15 minutes, 1 hour or 4 hours: toggle buttons, one pressed. */
export function SurgeWindowPicker({ value, onChange }: { value: SurgeWindow; onChange: (minutes: SurgeWindow) => void }) {
  const t = useT();
  const labelId = useId();
  return (
    <div className="surge-window" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="surge-window-label">
        {t('surge.window.label')}
      </span>
      {SURGE_WINDOWS.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="btn btn-small surge-window-option"
          aria-pressed={minutes === value}
          data-testid={`surge-window-${minutes}`}
          onClick={() => onChange(minutes)}
        >
          {t(WINDOW_LABEL[minutes])}
        </button>
      ))}
    </div>
  );
}
