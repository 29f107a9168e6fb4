/**
 * The launcher: runs a reading command in a child `node` with a young generation sized for batch work.
 *
 * V8's default young generation (16 MB semi-spaces) suits servers and browsers; in a batch job an article's
 * intermediate objects outlive two short scavenges, are promoted, and are marked again later. A 32-MB semi-space lets
 * more of them die young (parse of 20,000 bench articles with `--jobs 1`, four same-minute pairs on a shared
 * machine: faster in three, 17.3 s vs 19.1, 18.2 vs 24.7, 26.9 vs 28.8; slower in one, 24.5 vs 23.7).
 * Worker threads get the same through their own `resourceLimits`, but the main thread's young generation can only
 * be set when node starts (set at run time the flag has no effect), hence a child process. The parent only waits:
 * the child inherits the standard streams, and the parent passes the signals it gets on and ends as the child ends.
 * With worker threads (any `--jobs` but an explicit 1) the child also gets `--single-threaded-gc`: there is no idle
 * core then, and V8's helper threads for collection only compete with the workers (parse of 20,000 bench articles
 * with `--jobs 2`, five alternated pairs: 13.4 s vs 14.6, 13.3 vs 14.0, 13.4 vs 14.5, 13.9 vs 14.9, 14.8 vs 16.9).
 * With one job the flag made no clear difference (three pairs: 21.2 vs 20.3, 19.5 vs 18.9, 17.0 vs 17.6), so a
 * run with one job keeps its collector's helper threads on the idle core.
 *
 * `KLIPING_V8_FLAGS` replaces the flags (empty: run in this process, no child).
 */
import { spawn } from 'node:child_process';

/** The flags the child gets unless `KLIPING_V8_FLAGS` says otherwise. */
export const BATCH_V8_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** Added to `BATCH_V8_FLAGS` unless the arguments ask for one job. */
export const WORKER_V8_FLAGS: readonly string[] = ['--single-threaded-gc'];

/** Whether the arguments ask for one job (`--jobs 1`, `-j 1`, `--jobs=1`, `-j1`). */
function oneJob(args: readonly string[]): boolean {
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    const value =
      arg === '--jobs' || arg === '-j'
        ? args[i + 1]
        : arg.startsWith('--jobs=')
          ? arg.slice(7)
          : arg.startsWith('-j')
            ? arg.slice(2)
            : undefined;
    if (value !== undefined && value !== '' && Number(value) === 1) return true;
  }
  return false;
}

/** Set in the child's environment, so it runs the command instead of launching again. */
const LAUNCHED = 'KLIPING_LAUNCHED';

/** The commands that read articles (the rest, `--help` and `--version` among them, run in this process). */
const BATCH_COMMANDS = new Set(['parse', 'clean', 'dedup', 'check', 'stats', 'quotes']);

/** The signals passed on to the child. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The flags to start a child with for these arguments, or null to run in this process. */
export function launchFlags(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  execArgv: readonly string[],
): string[] | null {
  if (env[LAUNCHED] === '1' || !BATCH_COMMANDS.has(args[0] ?? '')) return null;
  const flags =
    env.KLIPING_V8_FLAGS !== undefined
      ? env.KLIPING_V8_FLAGS.split(/\s+/)
      : oneJob(args)
        ? [...BATCH_V8_FLAGS]
        : [...BATCH_V8_FLAGS, ...WORKER_V8_FLAGS];
  const missing = flags.filter((flag) => flag && !execArgv.includes(flag));
  return missing.length ? missing : null;
}

/**
 * Runs `script` with `args` in a child node with `flags`; resolves with the exit code to end with, or null when the
 * child could not start (run in this process then). A child ended by a signal ends this process by the same signal.
 */
export function launch(
  script: string,
  args: readonly string[],
  flags: readonly string[],
): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...args], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [LAUNCHED]: '1' },
    });
    const pass = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED) process.on(signal, pass);
    const stop = () => {
      for (const signal of FORWARDED) process.off(signal, pass);
    };
    child.on('error', () => {
      stop();
      resolve(null);
    });
    child.on('exit', (code, signal) => {
      stop();
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/** In a launched child: ends with the parent (killed, even by SIGKILL), so no orphan goes on working. */
export function followParent(): void {
  if (process.env[LAUNCHED] !== '1' || !process.channel) return;
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
}
