import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/cli/progress.js';
import { matchGlob } from '../src/io/expand-files.js';
import { githubEscape, xmlEscape } from '../src/report/check-formats.js';
import { parseLanguageLimits, parseRatio } from '../src/report/limits.js';
import { bin, corpus, fixtures, jsonLines, kliping, start, tmp } from './helpers.js';

const seed = join(fixtures, 'seed/input.txt');

describe('parse: streams, files and errors', () => {
  it('--jobs 2 is byte-identical to --jobs 1 (enough records to start workers)', () => {
    const dir = tmp();
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, `${corpus(300, 800)}{"id":"bad"\n${corpus(40, 800, 300)}`);
    const one = kliping(['parse', '--jobs', '1', file]);
    const two = kliping(['parse', '--jobs', '2', file]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const ids = jsonLines(two.stdout).map((r) => r.id);
    expect(ids).toHaveLength(341);
    expect(ids.slice(0, 2)).toEqual(['a0', 'a1']);
    expect(ids[300]).toBe('301');
    expect(ids[340]).toBe('a339');
    // check (fingerprints cross threads) gives the same report with workers as without.
    const checks = ['1', '2'].map(
      (jobs) => kliping(['check', '--format', 'json', '--jobs', jobs, file]).stdout,
    );
    expect(checks[1]).toBe(checks[0]);
    expect(JSON.parse(checks[0] as string).metrics).toMatchObject({ records: 341, failed: 1 });
    // clean: the articles are cleaned in workers, deduplicated in the main thread; output and rejects identical.
    const cleans = ['1', '2'].map((jobs) => {
      const rejects = join(dir, `rejects${jobs}.jsonl`);
      const r = kliping(['clean', '--jobs', jobs, '--rejects', rejects, file]);
      return { code: r.code, stdout: r.stdout, rejects: readFileSync(rejects, 'utf8') };
    });
    expect(cleans[1]).toEqual(cleans[0]);
    expect(cleans[0]?.code).toBe(1);
    const rejected = jsonLines(cleans[0]?.rejects ?? '');
    expect(rejected.filter((r) => r.reason === 'error').map((r) => r.id)).toEqual(['301']);
    expect(jsonLines(cleans[0]?.stdout ?? '').length + rejected.length).toBe(341);
    const dedups = ['1', '2'].map((jobs) => kliping(['dedup', '--jobs', jobs, file]));
    expect(dedups[1]).toEqual(dedups[0]);
    expect(jsonLines(dedups[0]?.stdout ?? '')).toHaveLength(341);
  });

  it('ends quietly when the reader goes away (| head -1): exit 0, nothing on stderr', () => {
    const dir = tmp();
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, corpus(400, 600));
    for (const jobs of ['1', '2']) {
      const err = join(dir, `err${jobs}.txt`);
      const r = spawnSync(
        'bash',
        [
          '-c',
          `set -o pipefail; "${process.execPath}" "${bin}" parse --jobs ${jobs} "${file}" 2>"${err}" | head -1`,
        ],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      expect(jsonLines(r.stdout)).toHaveLength(1);
      expect(readFileSync(err, 'utf8')).toBe('');
    }
  });

  it('round-trips gzip: .gz in, .gz out', () => {
    const dir = tmp();
    const plain = corpus(5, 400);
    writeFileSync(join(dir, 'in.jsonl.gz'), gzipSync(plain));
    writeFileSync(join(dir, 'in.jsonl'), plain);
    const out = join(dir, 'out.jsonl.gz');
    expect(kliping(['parse', '-o', out, join(dir, 'in.jsonl.gz')]).code).toBe(0);
    const viaGzip = gunzipSync(readFileSync(out)).toString('utf8');
    expect(viaGzip).toBe(kliping(['parse', join(dir, 'in.jsonl')]).stdout);
    expect(jsonLines(viaGzip)).toHaveLength(5);
  });

  it('names a corrupt gzip and exits 1', () => {
    const dir = tmp();
    const bad = join(dir, 'bad.jsonl.gz');
    writeFileSync(bad, gzipSync(corpus(50, 2000)).subarray(0, 600));
    const r = kliping(['parse', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: corrupt gzip`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unreadable file (exit 1) and still reads the others', () => {
    const dir = tmp();
    const missing = join(dir, 'missing.txt');
    const r = kliping(['parse', missing, seed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${missing}: cannot read: no such file`);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual([missing, seed]);
  });

  it('--on-error: report keeps error records, skip leaves them out (exit 0), fail stops (exit 1)', () => {
    const input = '{"id":"g1","text":"Isi satu."}\n{oops\n{"id":"g2","text":"Isi dua."}\n';
    const report = kliping(['parse'], { input });
    expect(report.code).toBe(1);
    expect(jsonLines(report.stdout).map((x) => x.id)).toEqual(['g1', '2', 'g2']);
    const skip = kliping(['parse', '--on-error', 'skip'], { input });
    expect(skip.code).toBe(0);
    expect(skip.stderr).toContain('-:2: invalid JSON');
    expect(jsonLines(skip.stdout).map((x) => x.id)).toEqual(['g1', 'g2']);
    const fail = kliping(['parse', '--on-error', 'fail'], { input });
    expect(fail.code).toBe(1);
    expect(jsonLines(fail.stdout).map((x) => x.id)).toEqual(['g1', '2']);
    expect(kliping(['parse', '--on-error', 'maybe'], { input }).code).toBe(2);
  });

  it('--rejects gets every failed record with file, line, reason and the original line', () => {
    const dir = tmp();
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, '{"id":"g1","text":"Isi."}\nnot json\n{"id":"x","judul":"tanpa isi"}\n');
    const rejects = join(dir, 'rejects.jsonl');
    const r = kliping(['parse', '--rejects', rejects, file]);
    expect(r.code).toBe(1);
    const rows = jsonLines(readFileSync(rejects, 'utf8'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ file, line: 2, record: 'not json' });
    expect(String(rows[0]?.reason)).toContain('invalid JSON');
    expect(rows[1]).toMatchObject({ file, line: 3, id: 'x' });
    expect(String(rows[1]?.reason)).toContain('no text field');
  });

  it('expands directories (known extensions, sorted, recursive) and quoted globs', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'z.txt'), 'Judul Z\nIsi berita Z.');
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"j1","text":"Isi."}\n');
    writeFileSync(join(dir, 'notes.bin'), 'skip me');
    writeFileSync(join(dir, 'c.txt.gz'), gzipSync('Judul C\nIsi berita C.'));
    const r = kliping(['parse', dir]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual([
      'j1',
      join(dir, 'b', 'z.txt'),
      join(dir, 'c.txt.gz'),
    ]);
    const g = kliping(['parse', `${dir}/**/*.txt`]);
    expect(jsonLines(g.stdout).map((x) => x.id)).toEqual([join(dir, 'b', 'z.txt')]);
    expect(matchGlob(`${dir}/*.jsonl`)).toEqual([join(dir, 'a.jsonl')]);
    expect(matchGlob(`${dir}/*.none`)).toEqual([]);
    expect(matchGlob(`${dir}/[ab].jsonl`)).toEqual([join(dir, 'a.jsonl')]);
  });

  it('ends cleanly on SIGINT: flushes what is done, exit 130', async () => {
    const run = interruptible(['parse', '--jobs', '1'], corpus(3, 300));
    const deadline = Date.now() + 30_000;
    while (run.out().split('\n').length < 4 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const code = await run.interrupt();
    expect(code).toBe(130);
    expect(jsonLines(run.out()).map((x) => x.id)).toEqual(['a0', 'a1', 'a2']);
    expect(run.err()).toContain('interrupted');
  });

  it('clean and dedup end cleanly on SIGINT: what was read is clustered and written, exit 130', async () => {
    for (const command of ['clean', 'dedup']) {
      // Standard input stays open: the run waits for more until SIGINT ends the reading.
      const run = interruptible([command, '--jobs', '1'], corpus(3, 300));
      await new Promise((r) => setTimeout(r, 3000));
      const code = await run.interrupt();
      const out = run.out();
      const err = run.err();
      expect(code).toBe(130);
      const read = Number(/interrupted after (\d+) records/.exec(err)?.[1]);
      expect(read).toBeLessThanOrEqual(3);
      expect(jsonLines(out).map((x) => x.id)).toEqual(['a0', 'a1', 'a2'].slice(0, read));
    }
  });
});

/** A corpus with known health: `n` distinct articles, `dups` exact copies, `empty` empty bodies, one bad line. */
function dataset(dir: string, n: number, dups: number, empty: number): string {
  const file = join(dir, 'set.jsonl');
  let text = corpus(n, 900);
  for (let i = 0; i < dups; i++) {
    const copy = JSON.parse(corpus(1, 900, i).trim()) as Record<string, unknown>;
    text += `${JSON.stringify({ ...copy, id: `dup${i}` })}\n`;
  }
  for (let i = 0; i < empty; i++) text += `${JSON.stringify({ id: `e${i}`, title: 'Kosong', text: ' ' })}\n`;
  writeFileSync(file, `${text}{"id": broken\n`);
  return file;
}

describe('check: health against limits', () => {
  const dir = tmp();
  const file = dataset(dir, 16, 4, 2);

  it('measures duplicates, empty bodies and failures (json)', () => {
    const r = kliping(['check', '--format', 'json', file]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      ok: boolean;
      metrics: Record<string, number>;
      failures: unknown[];
    };
    expect(report.ok).toBe(true);
    expect(report.metrics).toMatchObject({ records: 23, articles: 22, failed: 1 });
    expect(report.metrics.exactDuplicates).toBeCloseTo(4 / 22, 5);
    expect(report.metrics.empty).toBeCloseTo(2 / 22, 5);
    expect(report.failures).toEqual([expect.objectContaining({ file, line: 23 })]);
  });

  it('exit codes: 0 when every limit holds, 1 when one fails, 2 for usage or unreadable input', () => {
    expect(kliping(['check', '--max-duplicates', '0.5', '--max-failed', '1', file]).code).toBe(0);
    const failed = kliping(['check', '--max-duplicates', '5%', file]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/FAIL\s+duplicates 18\.2% > 5\.0%/);
    expect(kliping(['check', '--max-failed', '0', file]).code).toBe(1);
    expect(kliping(['check', '--max-empty', '0.05', file]).code).toBe(1);
    expect(kliping(['check', '--max-duplicates', '2', file]).code).toBe(2);
    expect(kliping(['check', '--min-language', 'ind', file]).code).toBe(2);
    expect(kliping(['check', '--format', 'xml', file]).code).toBe(2);
    const missing = kliping(['check', join(dir, 'missing.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.jsonl');
  });

  it('--min-language compares the share of a language', () => {
    const r = kliping(['check', '--format', 'json', '--min-language', 'xyz=0.5', file]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { limits: { name: string; ok: boolean }[] };
    expect(report.limits).toEqual([expect.objectContaining({ name: 'min-language xyz', ok: false })]);
  });

  it('--format github prints annotations naming the file and line', () => {
    const r = kliping(['check', '--format', 'github', '--max-duplicates', '0.05', file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=.*set\.jsonl,title=kliping check max-duplicates::duplicates 18\.2%25 > 5\.0%25/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^::warning file=.*set\.jsonl,line=23,title=kliping check record::/),
    );
    expect(lines.at(-1)).toMatch(
      /^::notice title=kliping check::22 articles, 1 failed; 1 of 1 limits failed$/,
    );
  });

  it('--format junit prints a test suite with a test case per limit', () => {
    const r = kliping(['check', '--format', 'junit', '--max-duplicates', '0.05', '--max-failed', '3', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    expect(r.stdout).toContain('<testsuite name="kliping check" tests="3" failures="1" errors="0"');
    expect(r.stdout.match(/<testcase /g)).toHaveLength(3);
    expect(r.stdout).toMatch(/<testcase [^>]*name="max-duplicates &lt;= 5\.0%"[^>]*><failure /);
    expect(r.stdout).toMatch(/<testcase [^>]*name="max-failed &lt;= 3"[^>]*\/>/);
  });

  it('reads limits from kliping.config.json or --config; flags override; bad keys are usage errors', () => {
    const cwd = tmp();
    writeFileSync(
      join(cwd, 'kliping.config.json'),
      JSON.stringify({ check: { maxDuplicates: 0.05, jobs: 1 } }),
    );
    expect(kliping(['check', file], { cwd }).code).toBe(1);
    expect(kliping(['check', '--max-duplicates', '0.5', file], { cwd }).code).toBe(0);
    const other = join(cwd, 'other.json');
    writeFileSync(other, JSON.stringify({ check: { maxEmpty: 0.2, maxFailed: 5 } }));
    expect(kliping(['--config', other, 'check', file], { cwd }).code).toBe(0);
    writeFileSync(other, JSON.stringify({ check: { maxDuplicatez: 0.05 } }));
    const bad = kliping(['--config', other, 'check', file], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('check.maxDuplicatez');
    writeFileSync(other, '{ not json');
    expect(kliping(['--config', other, 'check', file], { cwd }).code).toBe(2);
  });

  it('stats prints the figures and writes a self-contained HTML report', () => {
    const html = join(dir, 'report.html');
    const r = kliping(['stats', '--html', html, file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//);
    const json = JSON.parse(kliping(['stats', '--format', 'json', file]).stdout) as { articles: number };
    expect(json.articles).toBe(22);
  });
});

describe('small parts', () => {
  it.each([
    ['0.05', 0.05],
    ['5%', 0.05],
    ['1', 1],
  ])('parseRatio(%s)', (text, value) => expect(parseRatio(text, '--x')).toBeCloseTo(value));
  it.each(['1.5', '-1', 'abc', ''])('parseRatio rejects %j', (text) =>
    expect(() => parseRatio(text, '--x')).toThrow(),
  );
  it('parseLanguageLimits reads flags, lists and objects', () => {
    expect(parseLanguageLimits(['ind=0.9', 'zsm=5%'])).toEqual({ ind: 0.9, zsm: 0.05 });
    expect(parseLanguageLimits({ eng: 0.1 })).toEqual({ eng: 0.1 });
    expect(() => parseLanguageLimits(['ind'])).toThrow(/CODE=RATIO/);
  });
  it('escapes GitHub annotations and XML', () => {
    expect(githubEscape('50%\nnext')).toBe('50%25%0Anext');
    expect(githubEscape('a:b,c', true)).toBe('a%3Ab%2Cc');
    expect(xmlEscape('<a & "b">\u0001')).toBe('&lt;a &amp; &quot;b&quot;&gt;\ufffd');
    expect(xmlEscape('😀')).toBe('😀');
    expect(xmlEscape('\ud800')).toBe('\ufffd');
  });
  it('progressLine shows rate, share and ETA when the size is known', () => {
    expect(progressLine(100, 2, 0, null)).toBe('100 articles  50/s');
    expect(progressLine(1000, 10, 25e6, 100e6)).toBe(
      '[#####...............] 25%  1,000 articles  100/s  25 MB of 100 MB  ETA 0:30',
    );
  });
});

/** Starts `kliping ARGS` with `input` on a standard input left open; `interrupt` sends SIGINT, resolves the code. */
function interruptible(args: readonly string[], input: string) {
  const child = start([...args]);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  child.stdin.write(input);
  return {
    out: () => out,
    err: () => err,
    interrupt: () => {
      child.kill('SIGINT');
      return new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    },
  };
}
