/**
 * SIGINT for batch jobs: the first stops reading (what was read is finished and flushed), a second exits. A second
 * within `SAME_INTERRUPT_MS` is the same Ctrl-C delivered twice: a terminal signals the launcher and its child
 * (src/cli/launch.ts) alike, and the launcher passes its own on.
 */

const SAME_INTERRUPT_MS = 250;

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
  let first = 0;
  const handler = () => {
    if (!controller.signal.aborted) {
      first = Date.now();
      controller.abort();
    } else if (Date.now() - first >= SAME_INTERRUPT_MS) process.exit(INTERRUPTED);
  };
  process.on('SIGINT', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
    },
  };
}
