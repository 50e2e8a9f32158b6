import { useEffect } from 'react';
import { useNow } from '../lib/clock';
import { languageSummary, useMacroStore } from '../stores/macro-store';

/** The last bulk macro send, with its one undo, for as long as nothing of it has gone out. */
export function BulkUndoBar() {
  const bulk = useMacroStore((s) => s.lastBulk);
  const now = useNow(1000);
  const left = bulk ? Math.ceil((bulk.result.undoUntil - now) / 1000) : 0;
  useEffect(() => {
    if (bulk && left <= 0) useMacroStore.setState({ lastBulk: null });
  }, [bulk, left]);
  if (!bulk || left <= 0) return null;
  const replies = Object.values(bulk.result.languages).reduce((a, b) => a + b, 0);
  return (
    <div className="bulk-undo" role="status" data-testid="bulk-undo">
      <span>
        “{bulk.macroTitle}” goes to {replies} tickets ({languageSummary(bulk.result.languages)})
        {bulk.result.skipped.length > 0 && `; ${bulk.result.skipped.length} skipped (${bulk.result.skipped[0]!.reason})`} in {left} s.
      </span>
      <button type="button" className="btn" data-testid="bulk-undo-button" onClick={() => void useMacroStore.getState().undoBulk()}>
        Undo
      </button>
    </div>
  );
}
