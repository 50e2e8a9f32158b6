import { PRIORITIES, TICKET_STATUSES, type Priority, type TicketStatus } from '../../../../preload/contract/domain-types';
import { useT, PRIORITY_LABEL, STATUS_LABEL } from '../../i18n';
import type { MacroDraft } from './macro-draft';

type Actions = Pick<MacroDraft, 'status' | 'priority' | 'addTags' | 'assignToSelf'>;

interface Props {
  actions: Actions;
  change<K extends keyof Actions>(key: K, value: Actions[K]): void;
}

/** What sending the macro also does to the ticket: status, priority, tags, assignment. */
export function MacroActionFields({ actions, change }: Props) {
  const t = useT();
  return (
    <fieldset className="macro-editor-actions">
      <legend>{t('macros.editor.whenSent')}</legend>
      <label>
        {t('macros.editor.status')}
        <select value={actions.status} onChange={(e) => change('status', e.target.value as TicketStatus | '')}>
          <option value="">{t('macros.editor.unchanged')}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_LABEL[s])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('macros.editor.priority')}
        <select value={actions.priority} onChange={(e) => change('priority', e.target.value as Priority | '')}>
          <option value="">{t('macros.editor.unchanged')}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(PRIORITY_LABEL[p])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('macros.editor.addTags')}
        <input value={actions.addTags} onChange={(e) => change('addTags', e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={actions.assignToSelf} onChange={(e) => change('assignToSelf', e.target.checked)} /> {t('macros.editor.assignToSelf')}
      </label>
    </fieldset>
  );
}
