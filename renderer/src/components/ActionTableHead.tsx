import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { groupTitle, type ActionGroup } from '../keyboard/keymap';

/** The caption and column heads of one group of actions, in the keymap overlay and the settings' keys alike; `children` adds columns after "where". */
export function ActionTableHead({ group, children }: { group: ActionGroup; children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <caption>{groupTitle(group)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('actionTable.action')}</th>
          <th scope="col">{t('actionTable.keys')}</th>
          <th scope="col">{t('actionTable.where')}</th>
          {children}
        </tr>
      </thead>
    </>
  );
}
