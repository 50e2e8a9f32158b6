import { useErrorStore } from '../stores/error-store';
import { focusRegion } from '../keyboard/focus';

export function ErrorBanner() {
  const errors = useErrorStore((s) => s.errors);
  const dismiss = useErrorStore((s) => s.dismiss);
  if (errors.length === 0) return null;
  return (
    <div className="error-banners">
      {errors.map((e) => (
        <div key={e.id} className="error-banner" role="alert" data-testid="error-banner" data-code={e.code}>
          <span className="error-banner-text">
            <strong>{e.action} failed.</strong> {e.message}
          </span>
          <button
            type="button"
            className="btn btn-small"
            aria-label={`Dismiss error: ${e.action} failed`}
            onClick={() => {
              dismiss(e.id);
              // The button disappears with the banner: hand focus back instead of losing it.
              focusRegion('queue');
            }}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
