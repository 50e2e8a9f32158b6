import { useId, useState } from 'react';
import { RT_NAME_DEFAULTS, RT_NAME_KEYS, type RtLayoutChoice, type RtNameKey } from '../../../../preload/contract/crisis-types';
import { DEFAULT_RT_PRIORITIES, formatRtPriorityScale, readRtPriorityScale } from '../../../../preload/rules/rt-priority-scale';
import { useT, type MessageId } from '../../i18n';

const RT_NAME_LABEL = {
  securityQueue: 'backend.rt.name.securityQueue',
  defaultQueue: 'backend.rt.name.defaultQueue',
  agentGroup: 'backend.rt.name.agentGroup',
  securityGroup: 'backend.rt.name.securityGroup',
  topicField: 'backend.rt.name.topicField',
  languageField: 'backend.rt.name.languageField',
  tagsField: 'backend.rt.name.tagsField',
} as const satisfies Record<RtNameKey, MessageId>;

/** What is wrong with a typed priority scale, in words. */
export const RT_PRIORITIES_PROBLEM_LABEL = {
  format: 'backend.rt.prioritiesProblem.format',
  order: 'backend.rt.prioritiesProblem.order',
} as const satisfies Record<NonNullable<ReturnType<typeof rtPrioritiesProblem>>, MessageId>;

/** What the agent typed: every name (empty: the default) and the priority scale (empty: the default). */
export interface RtLayoutDraft {
  names: Record<RtNameKey, string>;
  priorities: string;
}

export function rtDraftOf(rt: RtLayoutChoice | undefined): RtLayoutDraft {
  return {
    names: Object.fromEntries(RT_NAME_KEYS.map((key) => [key, rt?.names[key] ?? ''])) as Record<RtNameKey, string>,
    priorities: rt?.priorities ?? '',
  };
}

/** The draft as the contract takes it: names left empty or at their default are left out. */
export function rtChoiceOf(draft: RtLayoutDraft): RtLayoutChoice {
  const names = Object.fromEntries(
    RT_NAME_KEYS.flatMap((key) => {
      const name = draft.names[key].trim();
      return name === '' || name === RT_NAME_DEFAULTS[key] ? [] : [[key, name]];
    }),
  );
  return { names, priorities: draft.priorities.trim() === '' ? null : draft.priorities.trim() };
}

/** Whether the typed scale reads as one (empty is the default). */
export function rtPrioritiesProblem(draft: RtLayoutDraft): 'format' | 'order' | null {
  if (draft.priorities.trim() === '') return null;
  const read = readRtPriorityScale(draft.priorities);
  return 'problem' in read ? read.problem : null;
}

/**
 * Request Tracker's queue, group and custom field names and its priority scale, for an RT set up
 * with other names than the stock ones (README, "Connecting Request Tracker"). Folded away: most
 * teams keep the defaults, shown as placeholders. The connection check names any that is missing.
 */
export function RtLayoutFields({ draft, onChange }: { draft: RtLayoutDraft; onChange: (next: RtLayoutDraft) => void }) {
  const t = useT();
  const id = useId();
  const problem = rtPrioritiesProblem(draft);
  // Open from the start when something is set; after that the agent opens and closes it.
  const [initiallyOpen] = useState(() => RT_NAME_KEYS.some((key) => draft.names[key].trim() !== '') || draft.priorities.trim() !== '');
  return (
    <details className="rt-layout" open={initiallyOpen} data-testid="rt-layout">
      <summary>{t('backend.rt.title')}</summary>
      <p className="settings-help">{t('backend.rt.help')}</p>
      <div className="rt-layout-grid">
        {RT_NAME_KEYS.map((key) => (
          <div key={key} className="rt-layout-field">
            <label htmlFor={`${id}-${key}`}>{t(RT_NAME_LABEL[key])}</label>
            <input
              id={`${id}-${key}`}
              type="text"
              value={draft.names[key]}
              placeholder={RT_NAME_DEFAULTS[key]}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              data-testid={`rt-name-${key}`}
              onChange={(e) => onChange({ ...draft, names: { ...draft.names, [key]: e.target.value } })}
            />
          </div>
        ))}
        <div className="rt-layout-field">
          <label htmlFor={`${id}-priorities`}>{t('backend.rt.priorities')}</label>
          <input
            id={`${id}-priorities`}
            type="text"
            value={draft.priorities}
            placeholder={formatRtPriorityScale(DEFAULT_RT_PRIORITIES)}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            inputMode="numeric"
            aria-invalid={problem !== null}
            aria-describedby={`${id}-priorities-d`}
            data-testid="rt-priorities"
            onChange={(e) => onChange({ ...draft, priorities: e.target.value })}
          />
        </div>
      </div>
      <p id={`${id}-priorities-d`} className={problem ? 'settings-error' : 'settings-help'} data-testid="rt-priorities-help">
        {problem ? t(RT_PRIORITIES_PROBLEM_LABEL[problem]) : t('backend.rt.prioritiesHelp')}
      </p>
    </details>
  );
}
