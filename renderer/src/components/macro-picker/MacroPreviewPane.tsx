import { useId } from 'react';
import type { MacroPreview, MacroSummary } from '../../../../preload/contract/macro-types';
import { languageName, useT } from '../../i18n';
import { formatKeys } from '../../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../../stores/settings-store';
import { CustomerText } from '../CustomerText';

interface Props {
  active: MacroSummary | null;
  preview: MacroPreview | null;
  ready: boolean;
  fields: Readonly<Record<string, string>>;
  setField(key: string, value: string): void;
  bulk: boolean;
  ticketCount: number;
  favorites: readonly string[];
  favoriteKeys(slot: number): string;
  onChoose(): void;
}

/** The chosen macro as the customer will read it, the fields it needs, and the buttons to use or favourite it. */
export function MacroPreviewPane({ active, preview, ready, fields, setField, bulk, ticketCount, favorites, favoriteKeys, onChoose }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="macro-preview" aria-labelledby={headingId} data-testid="macro-preview">
      <h3 id={headingId} className="section-title">
        {active ? <CustomerText text={active.title} /> : t('macros.picker.preview')}
        {preview?.language && (
          <span className="muted">
            {' · '}
            {bulk ? t('macros.picker.previewLanguageBulk', { language: languageName(preview.language) }) : languageName(preview.language)}
          </span>
        )}
      </h3>
      {active && active.requiredFields.length > 0 && (
        <div className="macro-fields">
          {active.requiredFields.map((f) => (
            <label key={f.key}>
              {f.label}
              <input type="text" data-testid={`macro-field-${f.key}`} value={fields[f.key] ?? ''} onChange={(e) => setField(f.key, e.target.value)} />
            </label>
          ))}
        </div>
      )}
      {preview?.error && <p className="error-text">{t('macros.picker.unusable', { error: preview.error })}</p>}
      {preview && preview.missing.length > 0 && (
        <p className="macro-missing" role="status" data-testid="macro-missing">
          {t('macros.picker.missing', { fields: preview.missing.map((m) => m.replace(/^fields\./, '')).join(', ') })}
        </p>
      )}
      {/* dir="auto": an Arabic body reads right to left, each paragraph in its own direction (styles.css). */}
      <pre className="macro-preview-text" data-testid="macro-preview-text" lang={preview?.language ?? undefined} dir="auto">
        {preview?.macroId === active?.id ? preview?.text : ''}
      </pre>
      <div className="macro-actions">
        <button type="button" className="btn btn-primary" data-testid="macro-insert" aria-disabled={!ready} onClick={onChoose}>
          {bulk ? t('macros.picker.send', { count: ticketCount }) : t('macros.picker.insert')} <kbd>{formatKeys(['Enter'], keyPlatform)}</kbd>
        </button>
        {active && (
          <button type="button" className="btn" data-testid="macro-favorite" aria-pressed={favorites.includes(active.id)} onClick={() => void useSettingsStore.getState().toggleFavoriteMacro(active.id)}>
            {favorites.includes(active.id) ? t('macros.picker.favorite', { keys: favoriteKeys(favorites.indexOf(active.id)) }) : t('macros.picker.makeFavorite')}
          </button>
        )}
      </div>
    </section>
  );
}
