import type { ACTIONS } from './keymap';
import { whereLabel } from './keymap';
import { formatCombo } from './clashes';
import { keyPlatform } from '../stores/settings-store';

type Action = (typeof ACTIONS)[number];

/** Whether an action matches every typed word, by title, id, group, context or its keys in force. */
export function actionMatcher(filter: string, bindings: Record<string, readonly string[]>): (action: Action) => boolean {
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return (a) => {
    if (words.length === 0) return true;
    const text = [a.title, a.id, a.group, whereLabel(a.when), ...(bindings[a.id] ?? []).map((k) => formatCombo(k, keyPlatform))].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  };
}
