import { useT } from '../i18n';
import { useErrorStore } from '../stores/error-store';
import { focusRegion } from '../keyboard/focus';

export function ErrorBanner() {
  const t = useT();
  const errors = useErrorStore((s) => s.errors);
  const dismiss = useErrorStore((s) => s.dismiss);
  if (errors.length === 0) return null;
  return (
    <div className="error-banners">
      {errors.map((e) => (
        <div key={e.id} className="error-banner" role="alert" data-testid="error-banner" data-code={e.code}>
          <span className="error-banner-text">
            <strong>{t('app.error.failed', { action: e.action })}</strong> {e.message}
          </span>
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('app.error.dismissLabel', { action: e.action })}
            onClick={() => {
              dismiss(e.id);
              // The button disappears with the banner: hand focus back instead of losing it.
              focusRegion('queue');
            }}
          >
            {t('app.error.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
