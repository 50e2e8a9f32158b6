import { useState, type FormEvent } from 'react';
import { TOPICS, type Topic } from '../../../preload/contract/domain-types';
import { TOPIC_LABEL, useT } from '../i18n';
import { useDialogStore } from '../stores/dialog-store';
import { Modal } from './Modal';
import { FlaggedSentences } from './macro-editor/FlaggedSentences';
import { MacroActionFields } from './macro-editor/MacroActionFields';
import { MacroBodyFields } from './macro-editor/MacroBodyFields';
import { EMPTY_MACRO_DRAFT, type MacroDraft } from './macro-editor/macro-draft';
import { useMacroSave } from './macro-editor/useMacroSave';

/**
 * Writing a personal macro: title, keywords, a body per language (placeholders like
 * {{ customer.first_name | default: "there" }}), fill-in fields and actions. A body that asks for a
 * secret is shown sentence by sentence and saved only when the agent says so explicitly.
 */
export function MacroEditor() {
  const t = useT();
  const close = useDialogStore((s) => s.close);
  const [draft, setDraft] = useState<MacroDraft>(EMPTY_MACRO_DRAFT);
  const { flagged, override, setOverride, saving, save } = useMacroSave(close);
  const change = <K extends keyof MacroDraft>(key: K, value: MacroDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save(draft);
  };

  return (
    <Modal title={t('macros.editor.title')} onClose={close} className="macro-editor" testId="macro-editor">
      <form onSubmit={(e) => void submit(e)} className="macro-editor-form">
        <label>
          {t('macros.editor.titleField')}
          <input data-autofocus required maxLength={200} data-testid="macro-editor-title" value={draft.title} onChange={(e) => change('title', e.target.value)} />
        </label>
        <label>
          {t('macros.editor.keywords')}
          <input value={draft.keywords} onChange={(e) => change('keywords', e.target.value)} />
        </label>
        <label>
          {t('macros.editor.topic')}
          <select value={draft.topic} onChange={(e) => change('topic', e.target.value as Topic | '')}>
            <option value="">{t('macros.editor.noTopic')}</option>
            {TOPICS.map((option) => (
              <option key={option} value={option}>
                {t(TOPIC_LABEL[option])}
              </option>
            ))}
          </select>
        </label>
        <MacroBodyFields bodies={draft.bodies} changeBodies={(f) => setDraft((d) => ({ ...d, bodies: f(d.bodies) }))} />
        <label>
          {t('macros.editor.fields')}
          <textarea rows={2} value={draft.fieldsText} onChange={(e) => change('fieldsText', e.target.value)} placeholder={t('macros.editor.fieldsPlaceholder')} />
        </label>
        <MacroActionFields actions={draft} change={change} />
        {flagged.length > 0 && <FlaggedSentences flagged={flagged} override={override} setOverride={setOverride} />}
        <div className="dialog-buttons">
          <button type="submit" className="btn btn-primary" data-testid="macro-editor-save" disabled={saving}>
            {t('macros.editor.save')}
          </button>
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
