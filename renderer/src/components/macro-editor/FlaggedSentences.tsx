import { useId } from 'react';
import type { MacroSaveResult } from '../../../../preload/contract/macro-types';
import { languageName, useT } from '../../i18n';

interface Props {
  flagged: MacroSaveResult['flagged'];
  override: boolean;
  setOverride(override: boolean): void;
}

/** The sentences that ask for a secret, one by one, and the explicit override that saves them anyway. */
export function FlaggedSentences({ flagged, override, setOverride }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="macro-flagged" role="alert" data-testid="macro-flagged" aria-describedby={`${id}-why`}>
      <p id={`${id}-why`}>{t('macros.editor.flaggedWhy')}</p>
      <ul>
        {flagged.map((f, i) => (
          <li key={i}>
            <span className="mono" title={languageName(f.language)}>
              {f.language}
            </span>{' '}
            {t('macros.editor.flaggedSentence', { sentence: f.sentence })} (<strong>{f.term}</strong>)
          </li>
        ))}
      </ul>
      <label>
        <input type="checkbox" data-testid="macro-override" checked={override} onChange={(e) => setOverride(e.target.checked)} /> {t('macros.editor.override')}
      </label>
    </div>
  );
}
