import type { ACTIONS } from './keymap';
import { actionTitle, groupTitle, whereLabel } from './keymap';
import { formatCombo } from './clashes';
import { keyPlatform } from '../stores/settings-store';

type Action = (typeof ACTIONS)[number];

/** Whether an action matches every typed word, by title, id, group, context (in the interface language) or its keys in force. */
export function actionMatcher(filter: string, bindings: Record<string, readonly string[]>): (action: Action) => boolean {
  const words = filter.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return (a) => {
    if (words.length === 0) return true;
    const text = [actionTitle(a.id), a.id, groupTitle(a.group), whereLabel(a.when), ...(bindings[a.id] ?? []).map((k) => formatCombo(k, keyPlatform))].join(' ').toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  };
}
