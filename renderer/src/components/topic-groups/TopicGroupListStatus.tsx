import type { TopicGroup } from '../../../../preload/contract/crisis-types';
import { useT } from '../../i18n';
import { useTopicGroupStore } from '../../stores/topic-group-store';

/** Under the list while there are no groups to show: loading, failed (with a retry) or none. */
export function TopicGroupListStatus({ groups, loadFailed }: { groups: readonly TopicGroup[] | null; loadFailed: boolean }) {
  const t = useT();
  if (groups === null && loadFailed) {
    return (
      <div className="queue-status" role="note">
        <p>{t('topicGroups.list.failed')}</p>
        <button type="button" className="btn" onClick={() => void useTopicGroupStore.getState().reload()}>
          {t('queue.list.retry')}
        </button>
      </div>
    );
  }
  if (groups === null) return <p className="queue-status">{t('topicGroups.list.loading')}</p>;
  if (groups.length === 0) return <p className="queue-status">{t('topicGroups.list.empty')}</p>;
  return null;
}
