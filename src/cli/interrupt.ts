/** SIGINT for batch jobs: the first stops reading (what was read is finished and flushed), a second exits. */

/** The interrupt state of one command run. */
export interface Interrupt {
  readonly signal: AbortSignal;
  /** Removes the handler. */
  dispose(): void;
}

/** Exit code of a run ended by SIGINT (128 + 2). */
export const INTERRUPTED = 130;

/** Installs the SIGINT handler for one run. */
export function onInterrupt(): Interrupt {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted) process.exit(INTERRUPTED);
    controller.abort();
  };
  process.on('SIGINT', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
    },
  };
}
