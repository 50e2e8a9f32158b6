import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TopicGroup } from '../../../preload/contract/crisis-types';
import type { Topic } from '../../../preload/contract/domain-types';
import { installFakeBridge, row, type FakeBridge } from './fake-bridge';

// The queue grouped by topic against a fake main: the cursor, paging inside a group, the cursor
// across a re-read of the groups, and j/k handed over from the queue while grouped.

let bridge: FakeBridge;
/** What main holds per topic, in queue order. */
let byTopic: Map<Topic, string[]>;

function group(topic: Topic, count: number): TopicGroup {
  return { topic, count, breached: 0, languages: {}, suggestedMacroId: null };
}

async function loadStores() {
  vi.resetModules();
  const queue = (await import('../../../renderer/src/stores/queue-store')).useQueueStore;
  const groups = (await import('../../../renderer/src/stores/topic-group-store')).useTopicGroupStore;
  return { queue, groups };
}

const topicPagesAsked = () => bridge.asked.filter((c) => c.channel === 'queue.topicPage').map((c) => `${c.input.topic as string}@${c.input.offset as number}`);

beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
  byTopic = new Map<Topic, string[]>([
    ['withdrawal', Array.from({ length: 250 }, (_, i) => `w${i}`)],
    ['kyc', Array.from({ length: 3 }, (_, i) => `k${i}`)],
  ]);
  const all = () => [...byTopic.values()].flat();
  bridge.handle('queue.page', (input) => {
    const offset = input.offset as number;
    return { view: input.view, offset, total: all().length, rows: all().slice(offset, offset + (input.limit as number)).map((id) => row(id)) };
  });
  bridge.handle('queue.topicGroups', () => ({ groups: [...byTopic].map(([topic, ids]) => group(topic, ids.length)) }));
  bridge.handle('queue.topicPage', (input) => {
    const ids = byTopic.get(input.topic as Topic) ?? [];
    const offset = input.offset as number;
    return { total: ids.length, rows: ids.slice(offset, offset + (input.limit as number)).map((id) => row(id, { topic: input.topic as Topic })) };
  });
  bridge.handle('settings.get', () => ({}));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function grouped() {
  const stores = await loadStores();
  stores.queue.getState().start();
  await bridge.answerAll();
  stores.groups.getState().toggle();
  await bridge.answerAll();
  return stores;
}

describe('topic group store', () => {
  it('shows one header per group, closed, with the cursor on the first', async () => {
    const { groups } = await grouped();
    const s = groups.getState();
    expect(s.active).toBe(true);
    expect(s.groups?.map((g) => g.topic)).toEqual(['withdrawal', 'kyc']);
    expect(s.layout.total).toBe(2);
    expect(s.cursor).toBe(0);
  });

  it('an opened group fetches its rows a page at a time, for the slots reached', async () => {
    const { groups, queue } = await grouped();
    groups.getState().toggleExpanded('withdrawal', true);
    await bridge.answerAll();
    expect(groups.getState().layout.total).toBe(2 + 250);
    expect(topicPagesAsked()).toEqual(['withdrawal@0']);
    // j walks the group; the pane shows the ticket under the cursor.
    groups.getState().move(1);
    expect(queue.getState().selectedId).toBe('w0');
    // A row whose page is not there yet: fetched, then shown once it arrives.
    groups.getState().pick(1 + 150);
    expect(topicPagesAsked()).toEqual(['withdrawal@0', 'withdrawal@100']);
    expect(queue.getState().selectedId).toBe('w0');
    await bridge.answerAll();
    expect(queue.getState().selectedId).toBe('w150');
  });

  it('while grouped, j/k of the queue move the group cursor; ungrouped, the list again', async () => {
    const { groups, queue } = await grouped();
    queue.getState().move(1);
    expect(groups.getState().cursor).toBe(1);
    expect(queue.getState().selectedIndex).toBe(0);
    queue.getState().moveToEdge('first');
    expect(groups.getState().cursor).toBe(0);
    groups.getState().toggle();
    expect(groups.getState().active).toBe(false);
    queue.getState().move(1);
    expect(queue.getState().selectedIndex).toBe(1);
    expect(bridge.listening('tickets.changed')).toBe(false);
  });

  it('the cursor stays on its ticket when the groups are read again and it moved within its group', async () => {
    const { groups, queue } = await grouped();
    groups.getState().toggleExpanded('kyc', true);
    await bridge.answerAll();
    // Headers: withdrawal 0, kyc 1; kyc rows 2–4.
    groups.getState().pick(4);
    expect(queue.getState().selectedId).toBe('k2');
    byTopic.set('kyc', ['k2', 'k0', 'k1']);
    bridge.emit('tickets.changed', { ticketIds: ['k2'], queueChanged: true });
    await vi.advanceTimersByTimeAsync(400);
    await bridge.answerAll();
    expect(groups.getState().cursor).toBe(2);
    expect(queue.getState().selectedId).toBe('k2');
  });

  it('closing a group puts the cursor on its header', async () => {
    const { groups } = await grouped();
    groups.getState().toggleExpanded('kyc', true);
    await bridge.answerAll();
    groups.getState().pick(3);
    groups.getState().toggleExpanded('kyc', false);
    expect(groups.getState().cursor).toBe(1);
    expect(groups.getState().layout.total).toBe(2);
  });
});
