import { LANGUAGES, type Language } from '../../../../preload/contract/domain-types';
import { languageName, useT } from '../../i18n';
import type { BodyDraft } from './macro-draft';

/** What a body can use, shown beside it: template syntax, the same in every language. */
const PLACEHOLDER_HELP = ['{{ customer.first_name | default: "there" }}', '{{ ticket.id }}', '{{ agent.first_name }}', '{{ fields.key }}'].join(', ');

interface Props {
  bodies: readonly BodyDraft[];
  changeBodies(change: (all: BodyDraft[]) => BodyDraft[]): void;
}

/** A body per language, each language used once, and the button that adds the next language. */
export function MacroBodyFields({ bodies, changeBodies }: Props) {
  const t = useT();
  const changeAt = (i: number, change: Partial<BodyDraft>) => changeBodies((all) => all.map((x, j) => (j === i ? { ...x, ...change } : x)));
  return (
    <>
      {bodies.map((b, i) => (
        <fieldset key={i} className="macro-editor-body">
          <legend>{t('macros.editor.body', { number: i + 1 })}</legend>
          <label>
            {t('macros.editor.language')}
            <select value={b.language} onChange={(e) => changeAt(i, { language: e.target.value as Language })}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} disabled={bodies.some((x, j) => j !== i && x.language === l)}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('macros.editor.text', { placeholders: PLACEHOLDER_HELP })}
            <textarea rows={6} data-testid={`macro-editor-body-${i}`} value={b.body} onChange={(e) => changeAt(i, { body: e.target.value })} />
          </label>
        </fieldset>
      ))}
      <button
        type="button"
        className="btn"
        disabled={bodies.length >= LANGUAGES.length}
        onClick={() => changeBodies((all) => [...all, { language: LANGUAGES.find((l) => !all.some((b) => b.language === l)) ?? 'en', body: '' }])}
      >
        {t('macros.editor.addLanguage')}
      </button>
    </>
  );
}
