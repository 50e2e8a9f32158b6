/**
 * One task that never runs twice at once: a call while it runs asks for one more run after it,
 * however many calls arrive, and every caller gets the promise of the run that will cover it.
 * The sync engine's pull and drain are two of these.
 */
export class CoalescingLoop {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly once: () => Promise<void>,
    private readonly stopped: () => boolean,
  ) {}

  /** Runs now, or once more after the run in progress. */
  run(): Promise<void> {
    if (this.stopped()) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.once();
        } while (this.again && !this.stopped());
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** From inside a run: go round once more when it ends. */
  runAgain(): void {
    this.again = true;
  }

  /** Resolves when no run is in progress (at once when idle); never rejects. */
  settled(): Promise<void> {
    return this.running ? this.running.then(
      () => undefined,
      () => undefined,
    ) : Promise.resolve();
  }
}
