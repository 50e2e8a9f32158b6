import { useEffect } from 'react';
import { useT } from '../i18n';
import { useNow } from '../lib/clock';
import { bulkReplies, languageSummary, useMacroStore } from '../stores/macro-store';
import { customerPlain } from './CustomerText';

/** The last bulk macro send, with its one undo, for as long as nothing of it has gone out. */
export function BulkUndoBar() {
  const t = useT();
  const bulk = useMacroStore((s) => s.lastBulk);
  const now = useNow(1000);
  const left = bulk ? Math.ceil((bulk.result.undoUntil - now) / 1000) : 0;
  useEffect(() => {
    if (bulk && left <= 0) useMacroStore.setState({ lastBulk: null });
  }, [bulk, left]);
  if (!bulk || left <= 0) return null;
  const skipped = bulk.result.skipped;
  return (
    <div className="bulk-undo" role="status" data-testid="bulk-undo">
      <span>
        {t('macros.undo.pending', {
          title: customerPlain(bulk.macroTitle),
          count: bulkReplies(bulk.result),
          languages: languageSummary(bulk.result.languages),
          skipped: skipped.length,
          reason: skipped[0]?.reason ?? '',
          seconds: left,
        })}
      </span>
      <button type="button" className="btn" data-testid="bulk-undo-button" onClick={() => void useMacroStore.getState().undoBulk()}>
        {t('macros.undo.button')}
      </button>
    </div>
  );
}
