import { useAnnounceStore } from '../stores/announce-store';

/** Polite announcements (sync state, "Reply queued") for screen readers. */
export function LiveRegion() {
  const message = useAnnounceStore((s) => s.message);
  const seq = useAnnounceStore((s) => s.seq);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {/* Keyed by seq so repeating the same sentence is announced again. */}
      <span key={seq}>{message}</span>
    </div>
  );
}
