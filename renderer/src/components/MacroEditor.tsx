import { useId, useState, type FormEvent } from 'react';
import { LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS, type Language, type Priority, type TicketStatus, type Topic } from '../../../preload/contract/domain-types';
import type { MacroSaveResult } from '../../../preload/contract/macro-types';
import { call } from '../bridge';
import { languageName, translate, useT } from '../i18n';
import { announce } from '../stores/announce-store';
import { useDialogStore } from '../stores/dialog-store';
import { reportError } from '../stores/error-store';
import { useMacroStore } from '../stores/macro-store';
import { Modal } from './Modal';
import { customerPlain } from './CustomerText';

interface BodyDraft {
  language: Language;
  body: string;
}

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** What a body can use, shown beside it: template syntax, the same in every language. */
const PLACEHOLDER_HELP = ['{{ customer.first_name | default: "there" }}', '{{ ticket.id }}', '{{ agent.first_name }}', '{{ fields.key }}'].join(', ');

/** "tx_hash: Transaction hash" per line → required fields. */
function parseFields(text: string): Array<{ key: string; label: string }> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [key = '', ...label] = line.split(':');
      return { key: key.trim(), label: label.join(':').trim() || key.trim() };
    });
}

/**
 * Writing a personal macro: title, keywords, a body per language (placeholders like
 * {{ customer.first_name | default: "there" }}), fill-in fields and actions. A body that asks for a
 * secret is shown sentence by sentence and saved only when the agent says so explicitly.
 */
export function MacroEditor() {
  const t = useT();
  const close = useDialogStore((s) => s.close);
  const [title, setTitle] = useState('');
  const [keywords, setKeywords] = useState('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [bodies, setBodies] = useState<BodyDraft[]>([{ language: 'en', body: '' }]);
  const [fieldsText, setFieldsText] = useState('');
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [priority, setPriority] = useState<Priority | ''>('');
  const [addTags, setAddTags] = useState('');
  const [assignToSelf, setAssignToSelf] = useState(false);
  const [flagged, setFlagged] = useState<MacroSaveResult['flagged']>([]);
  const [override, setOverride] = useState(false);
  const [saving, setSaving] = useState(false);
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      const result = await call('macro.save', {
        macro: {
          title,
          topic: topic === '' ? null : topic,
          keywords: splitList(keywords),
          bodies: bodies.filter((b) => b.body.trim() !== ''),
          requiredFields: parseFields(fieldsText),
          actions: {
            ...(status ? { status } : {}),
            ...(priority ? { priority } : {}),
            ...(splitList(addTags).length ? { addTags: splitList(addTags) } : {}),
            ...(assignToSelf ? { assignToSelf } : {}),
          },
        },
        allowSecretWords: override,
      });
      setFlagged(result.flagged);
      if (result.macro) {
        announce(translate('macros.editor.saved', { title: customerPlain(result.macro.title) }));
        await useMacroStore.getState().load();
        close();
      }
    } catch (err) {
      reportError(translate('macros.error.save'), err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={t('macros.editor.title')} onClose={close} className="macro-editor" testId="macro-editor">
      <form onSubmit={(e) => void submit(e)} className="macro-editor-form">
        <label>
          {t('macros.editor.titleField')}
          <input data-autofocus required maxLength={200} data-testid="macro-editor-title" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('macros.editor.keywords')}
          <input value={keywords} onChange={(e) => setKeywords(e.target.value)} />
        </label>
        <label>
          {t('macros.editor.topic')}
          <select value={topic} onChange={(e) => setTopic(e.target.value as Topic | '')}>
            <option value="">{t('macros.editor.noTopic')}</option>
            {TOPICS.map((option) => (
              <option key={option} value={option}>
                {t(`topic.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {bodies.map((b, i) => (
          <fieldset key={i} className="macro-editor-body">
            <legend>{t('macros.editor.body', { number: i + 1 })}</legend>
            <label>
              {t('macros.editor.language')}
              <select value={b.language} onChange={(e) => setBodies((all) => all.map((x, j) => (j === i ? { ...x, language: e.target.value as Language } : x)))}>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l} disabled={bodies.some((x, j) => j !== i && x.language === l)}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('macros.editor.text', { placeholders: PLACEHOLDER_HELP })}
              <textarea rows={6} data-testid={`macro-editor-body-${i}`} value={b.body} onChange={(e) => setBodies((all) => all.map((x, j) => (j === i ? { ...x, body: e.target.value } : x)))} />
            </label>
          </fieldset>
        ))}
        <button
          type="button"
          className="btn"
          disabled={bodies.length >= LANGUAGES.length}
          onClick={() => setBodies((all) => [...all, { language: LANGUAGES.find((l) => !all.some((b) => b.language === l)) ?? 'en', body: '' }])}
        >
          {t('macros.editor.addLanguage')}
        </button>
        <label>
          {t('macros.editor.fields')}
          <textarea rows={2} value={fieldsText} onChange={(e) => setFieldsText(e.target.value)} placeholder={t('macros.editor.fieldsPlaceholder')} />
        </label>
        <fieldset className="macro-editor-actions">
          <legend>{t('macros.editor.whenSent')}</legend>
          <label>
            {t('macros.editor.status')}
            <select value={status} onChange={(e) => setStatus(e.target.value as TicketStatus | '')}>
              <option value="">{t('macros.editor.unchanged')}</option>
              {TICKET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('macros.editor.priority')}
            <select value={priority} onChange={(e) => setPriority(e.target.value as Priority | '')}>
              <option value="">{t('macros.editor.unchanged')}</option>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('macros.editor.addTags')}
            <input value={addTags} onChange={(e) => setAddTags(e.target.value)} />
          </label>
          <label>
            <input type="checkbox" checked={assignToSelf} onChange={(e) => setAssignToSelf(e.target.checked)} /> {t('macros.editor.assignToSelf')}
          </label>
        </fieldset>
        {flagged.length > 0 && (
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
        )}
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
