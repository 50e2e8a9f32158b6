import { useEffect, useState } from 'react';
import type { MacroPreview, MacroSummary } from '../../../../preload/contract/macro-types';
import { call } from '../../bridge';
import { translate } from '../../i18n';
import { reportError } from '../../stores/error-store';

/**
 * The chosen macro rendered for the ticket (in its customer's language) with the fields filled in
 * so far, and whether it is ready to use: nothing unusable or missing (sent to many tickets, only
 * the fields the agent fills in count: each ticket's own values are filled in per ticket).
 */
export function useMacroPreview(
  active: MacroSummary | null,
  ticketId: string | null,
  fields: Readonly<Record<string, string>>,
  bulk: boolean,
): { preview: MacroPreview | null; ready: boolean } {
  const [preview, setPreview] = useState<MacroPreview | null>(null);

  useEffect(() => {
    if (!active || ticketId === null) {
      setPreview(null);
      return;
    }
    let live = true;
    const filled = Object.fromEntries(Object.entries(fields).filter(([key, value]) => value.trim() !== '' && active.requiredFields.some((f) => f.key === key)));
    call('macro.render', { macroId: active.id, ticketId, fields: filled })
      .then((p) => live && setPreview(p))
      .catch((err: unknown) => reportError(translate('macros.error.preview'), err));
    return () => {
      live = false;
    };
  }, [active, ticketId, fields]);

  const ready = preview !== null && preview.macroId === active?.id && preview.error === null && preview.missing.filter((m) => !bulk || m.startsWith('fields.')).length === 0;
  return { preview, ready };
}
