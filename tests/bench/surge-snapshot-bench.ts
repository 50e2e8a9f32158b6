// The surge view's snapshot on a full cache, through dispatch as the renderer calls it every two
// seconds while the view is shown. Called by run-benchmarks.ts after the initial sync.
import type { Dispatch } from '../../main/services/app/dispatch';
import { summary } from './stats';

const WINDOWS_MINUTES = [15, 60, 240] as const;
const CALLS_PER_WINDOW = 60;

export async function runSurgeSnapshotBenchmark(dispatch: Dispatch, line: (label: string, value: string) => void): Promise<void> {
  for (const windowMinutes of WINDOWS_MINUTES) {
    const samples: number[] = [];
    let open = 0;
    for (let i = 0; i < CALLS_PER_WINDOW; i++) {
      const t = performance.now();
      const result = await dispatch('surge.snapshot', { windowMinutes });
      samples.push(performance.now() - t);
      if (!result.ok) throw new Error(`surge.snapshot failed: ${result.error.message}`);
      open = (result.value as { totals: { open: number } }).totals.open;
    }
    line(`surge snapshot, ${windowMinutes}-minute window (surge.snapshot)`, `${summary(samples)}, ${open.toLocaleString('en')} open`);
  }
}
