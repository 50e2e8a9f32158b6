import type { BackendStore } from './backend-store';
import { TrafficSimulator } from './traffic-simulator';

/**
 * Simulated customers writing in at a steady rate: new tickets and follow-ups on open ones.
 * It makes the training sandbox feel alive and gives sync tests real traffic. The returned
 * simulator also takes surges (see traffic-simulator.ts); stop() ends all of it.
 */
export function startLiveTraffic(options: { store: BackendStore; perMinute: number; seed: number; onChange: () => void; now?: () => number }): TrafficSimulator {
  const simulator = new TrafficSimulator(options);
  simulator.start();
  return simulator;
}
