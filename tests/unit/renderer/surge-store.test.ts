import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SurgeSnapshot } from '../../../preload/contract/crisis-types';

// The surge view's store against a fake bridge, on fake timers: when it asks main for figures.

interface Pending {
  windowMinutes: number;
  answer(): void;
}

let pending: Pending[];
let listeners: Map<string, (payload: unknown) => void>;

function snapshotFor(windowMinutes: number): SurgeSnapshot {
  return { generatedAt: 0, windowMinutes, minutes: [], totals: { open: windowMinutes, unassigned: 0, breached: 0, breachingSoon: 0, incomingLastMinute: 0, incomingPerMinute: 0, surgeFactor: null, nextBreachInMs: null }, byLanguage: [], byDomain: [], byTopic: [] };
}

async function loadStore() {
  vi.resetModules();
  return (await import('../../../renderer/src/stores/surge-store')).useSurgeStore;
}

/** Lets resolved answers run their continuations. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  pending = [];
  listeners = new Map();
  vi.stubGlobal('window', {
    agentdesk: {
      invoke: (channel: string, input: { windowMinutes: number }) => {
        expect(channel).toBe('surge.snapshot');
        return new Promise((resolve) => pending.push({ windowMinutes: input.windowMinutes, answer: () => resolve({ ok: true, value: snapshotFor(input.windowMinutes) }) }));
      },
      on: (event: string, listener: (payload: unknown) => void) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Answers every request asked so far. */
async function answerAll(): Promise<void> {
  while (pending.length > 0) {
    pending.shift()!.answer();
    await settle();
  }
}

describe('surge store', () => {
  it('asks at once, then every two seconds while started, and never after it stops', async () => {
    const store = await loadStore();
    const stop = store.getState().start();
    expect(pending).toHaveLength(1);
    await answerAll();
    expect(store.getState().snapshot?.windowMinutes).toBe(15);
    let asked = 1;
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(2_000);
      asked += pending.length;
      await answerAll();
    }
    expect(asked).toBe(4);
    stop();
    expect(listeners.has('tickets.changed')).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(pending).toHaveLength(0);
  });

  it('folds a burst of ticket changes into one request, and never runs two at once', async () => {
    const store = await loadStore();
    const stop = store.getState().start();
    await answerAll();
    for (let i = 0; i < 20; i++) listeners.get('tickets.changed')!({ ticketIds: [`T-${i}`], queueChanged: true });
    await vi.advanceTimersByTimeAsync(400);
    expect(pending).toHaveLength(1);
    // Still unanswered: the next poll waits for it, and runs once when it is in.
    await vi.advanceTimersByTimeAsync(1_700);
    expect(pending).toHaveLength(1);
    pending.shift()!.answer();
    await settle();
    expect(pending).toHaveLength(1);
    await answerAll();
    stop();
  });

  it('drops the figures of a window the agent has left, and asks for the new one', async () => {
    const store = await loadStore();
    const stop = store.getState().start();
    await answerAll();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(pending.map((p) => p.windowMinutes)).toEqual([15]);
    store.getState().setWindow(60);
    expect(store.getState().snapshot).toBeNull();
    pending.shift()!.answer();
    await settle();
    // The 15-minute answer came in after the change: not shown, and the hour is asked for.
    expect(store.getState().snapshot).toBeNull();
    expect(pending.map((p) => p.windowMinutes)).toEqual([60]);
    await answerAll();
    expect(store.getState().snapshot?.windowMinutes).toBe(60);
    expect(store.getState().windowMinutes).toBe(60);
    stop();
  });

  it('keeps the last figures and says why when a refresh fails', async () => {
    const store = await loadStore();
    const stop = store.getState().start();
    await answerAll();
    (window as unknown as { agentdesk: { invoke: () => Promise<unknown> } }).agentdesk.invoke = () => Promise.resolve({ ok: false, error: { code: 'internal', message: 'surge.snapshot failed: disk I/O error' } });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.getState().error).toBe('surge.snapshot failed: disk I/O error');
    expect(store.getState().snapshot?.windowMinutes).toBe(15);
    stop();
  });
});
