/** The launcher (src/cli/launch.ts): reading commands run in a child node with batch GC flags. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BATCH_V8_FLAGS, launchFlags, WORKER_V8_FLAGS } from '../src/cli/launch.js';
import { bin } from './helpers.js';

describe('launchFlags', () => {
  const cases: [string, string[], NodeJS.ProcessEnv, string[], string[] | null][] = [
    [
      'a reading command gets the batch flags',
      ['parse', 'a.jsonl'],
      {},
      [],
      [...BATCH_V8_FLAGS, ...WORKER_V8_FLAGS],
    ],
    ['so do clean, dedup, check, stats, quotes', ['dedup'], {}, [], [...BATCH_V8_FLAGS, ...WORKER_V8_FLAGS]],
    [
      'one job keeps the collector threads (--jobs 1)',
      ['parse', '--jobs', '1', 'a'],
      {},
      [],
      [...BATCH_V8_FLAGS],
    ],
    ['… -j 1', ['clean', '-j', '1'], {}, [], [...BATCH_V8_FLAGS]],
    ['… --jobs=1', ['parse', '--jobs=1'], {}, [], [...BATCH_V8_FLAGS]],
    ['… -j1', ['dedup', '-j1', 'a'], {}, [], [...BATCH_V8_FLAGS]],
    [
      'two jobs get the workers flags',
      ['parse', '--jobs', '2'],
      {},
      [],
      [...BATCH_V8_FLAGS, ...WORKER_V8_FLAGS],
    ],
    ['a file named 1 is not a job count', ['parse', '1'], {}, [], [...BATCH_V8_FLAGS, ...WORKER_V8_FLAGS]],
    ['--help runs in place', ['--help'], {}, [], null],
    ['no command runs in place', [], {}, [], null],
    ['the launched child runs the command', ['parse'], { KLIPING_LAUNCHED: '1' }, [], null],
    ['KLIPING_V8_FLAGS empty: in place', ['parse'], { KLIPING_V8_FLAGS: '' }, [], null],
    [
      'KLIPING_V8_FLAGS replaces the flags',
      ['clean'],
      { KLIPING_V8_FLAGS: '--max-semi-space-size=64' },
      [],
      ['--max-semi-space-size=64'],
    ],
    [
      'flags node already has are not asked again',
      ['parse'],
      {},
      [...BATCH_V8_FLAGS, ...WORKER_V8_FLAGS],
      null,
    ],
    ['… only the missing ones of them', ['parse'], {}, [...BATCH_V8_FLAGS], [...WORKER_V8_FLAGS]],
    [
      'only the missing ones',
      ['parse'],
      { KLIPING_V8_FLAGS: '--max-semi-space-size=32 --stack-size=2000' },
      ['--max-semi-space-size=32'],
      ['--stack-size=2000'],
    ],
  ];
  it.each(cases)('%s', (_, args, env, execArgv, want) => {
    expect(launchFlags(args, env, execArgv)).toEqual(want);
  });
});

/** Starts `kliping parse` on a standard input left open; resolves with the launcher and its child's pid. */
async function startParse(env: NodeJS.ProcessEnv = {}) {
  const launcher = spawn(process.execPath, [bin, 'parse', '--format', 'jsonl'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  launcher.stdin.write('{"text":"Bupati Kukar meninjau jalan desa."}\n');
  // The first record comes out once the command runs (a record is answered within ~100 ms of a pause).
  await new Promise((resolve) => launcher.stdout.once('data', resolve));
  const children = `/proc/${launcher.pid}/task/${launcher.pid}/children`;
  const child = Number(readFileSync(children, 'utf8').trim().split(/\s+/)[0] ?? 0) || null;
  return { launcher, child };
}

const gone = async (pid: number) => {
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 50));
  return !existsSync(`/proc/${pid}`) || readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z';
};

describe.runIf(existsSync('/proc/self/task'))('the launcher', () => {
  it('runs the command in a child node with the batch flags; the child ends with the launcher, even on SIGKILL', async () => {
    const { launcher, child } = await startParse();
    expect(child).not.toBeNull();
    const cmdline = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0');
    for (const flag of BATCH_V8_FLAGS) expect(cmdline).toContain(flag);
    launcher.kill('SIGKILL');
    expect(await gone(child as number)).toBe(true);
  });

  it('passes SIGTERM on and ends by the same signal', async () => {
    const { launcher, child } = await startParse();
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      launcher.on('exit', (_, signal) => resolve(signal)),
    );
    launcher.kill('SIGTERM');
    expect(await ended).toBe('SIGTERM');
    expect(await gone(child as number)).toBe(true);
  });

  it('KLIPING_V8_FLAGS="" runs the command in the same process', async () => {
    const { launcher, child } = await startParse({ KLIPING_V8_FLAGS: '' });
    expect(child).toBeNull();
    launcher.stdin.end();
    await new Promise((resolve) => launcher.on('exit', resolve));
  });
});
