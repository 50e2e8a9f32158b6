import { memo } from 'react';
import type { Language, Topic } from '../../../../preload/contract/domain-types';
import type { TopicGroup } from '../../../../preload/contract/crisis-types';
import { languageName, useIntlFormat, useT, TOPIC_LABEL } from '../../i18n';
import { ariaKeyShortcuts, formatKeys } from '../../keyboard/keymap';
import { keyPlatform, useSettingsStore } from '../../stores/settings-store';

/** DOM id of a group's header, for aria-activedescendant. */
export const groupDomId = (topic: Topic): string => `topic-group-${topic}`;

interface Props {
  group: TopicGroup;
  index: number;
  /** Position among the groups, for screen readers. */
  groupIndex: number;
  groupCount: number;
  start: number;
  selected: boolean;
  expanded: boolean;
  onPick(index: number): void;
  onToggle(topic: Topic): void;
  onIncidentReply(topic: Topic): void;
}

/** Languages, most tickets first. */
function languagesBySize(languages: TopicGroup['languages']): Array<[Language, number]> {
  return (Object.entries(languages) as Array<[Language, number]>).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * A topic group's header row: its size, SLA breaches and languages, and the one incident reply
 * for all of it. Clicking it opens or closes the group; the keyboard does the same with Enter.
 */
export const TopicGroupHeader = memo(function TopicGroupHeader({ group, index, groupIndex, groupCount, start, selected, expanded, onPick, onToggle, onIncidentReply }: Props) {
  const t = useT();
  const intl = useIntlFormat();
  const incidentKeys = useSettingsStore((s) => s.bindings['macro.open']);
  const topic = t(TOPIC_LABEL[group.topic]);
  const languages = languagesBySize(group.languages);
  const spoken = intl.formatList(languages.map(([code]) => languageName(code)), { type: 'conjunction' });
  // Named by its content (topic, size, breaches, the reply button); the languages, shown as codes, are read out in full.
  const id = groupDomId(group.topic);
  const cls = ['topic-group'];
  if (selected) cls.push('is-selected');
  if (group.breached > 0) cls.push('has-breaches');
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={1}
      aria-expanded={expanded}
      aria-selected={selected}
      aria-setsize={groupCount}
      aria-posinset={groupIndex + 1}
      aria-describedby={`${id}-languages`}
      data-testid="topic-group"
      data-topic={group.topic}
      data-count={group.count}
      data-expanded={expanded}
      data-index={index}
      className={cls.join(' ')}
      style={{ transform: `translateY(${start}px)` }}
      onMouseDown={(e) => {
        // Focus stays on the tree (headers are not focus stops), as in the plain list.
        e.preventDefault();
        onPick(index);
      }}
      onClick={() => onToggle(group.topic)}
    >
      <div className="topic-group-line">
        <span className="topic-group-disclosure" aria-hidden="true" />
        <span className="topic-group-name">{topic}</span>
        <span className="topic-group-count" data-testid="topic-group-count">
          {t('topicGroups.header.count', { count: group.count })}
        </span>
        {group.breached > 0 && (
          <span className="topic-group-breached" data-testid="topic-group-breached">
            {t('topicGroups.header.breached', { count: group.breached })}
          </span>
        )}
      </div>
      <span id={`${id}-languages`} hidden>
        {t('topicGroups.header.languages', { languages: spoken })}
      </span>
      <div className="topic-group-line topic-group-sub">
        <span className="topic-group-languages" data-testid="topic-group-languages" aria-hidden="true">
          {languages.map(([code, n]) => (
            <span key={code} className="topic-group-language" title={t('topicGroups.header.languageTitle', { language: languageName(code), count: n })}>
              <span className="mono">{code}</span> {intl.formatNumber(n)}
            </span>
          ))}
        </span>
        <button
          type="button"
          className="btn btn-small topic-group-reply"
          data-testid="topic-group-reply"
          // One tab stop for the whole tree: the key (m on the header) reaches it from the keyboard.
          tabIndex={-1}
          title={t('topicGroups.header.replyTitle', { keys: formatKeys(incidentKeys, keyPlatform) })}
          aria-keyshortcuts={ariaKeyShortcuts(incidentKeys, keyPlatform)}
          onMouseDown={(e) => {
            e.preventDefault();
            e.stopPropagation();
          }}
          onClick={(e) => {
            e.stopPropagation();
            onPick(index);
            onIncidentReply(group.topic);
          }}
        >
          {t('topicGroups.header.reply')}
        </button>
      </div>
    </div>
  );
});
