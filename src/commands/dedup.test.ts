import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { InputRecord } from '../io/read-records.js';
import { registerCleanCommand, runClean } from './clean.js';
import { registerDedupCommand, runDedup } from './dedup.js';

// Short Indonesian news paragraphs written for these tests.
const STORY = [
  'Pemerintah Kota Bandung menutup sementara tiga ruas jalan di pusat kota selama perbaikan saluran air yang dimulai pekan depan dan diperkirakan berlangsung dua bulan.',
  'Kepala Dinas Pekerjaan Umum Kota Bandung mengatakan penutupan dilakukan bertahap agar arus lalu lintas tetap bisa dialihkan ke jalan alternatif di sekitar kawasan tersebut.',
  'Warga diminta memperhatikan rambu pengalihan arus dan menghindari kawasan itu pada jam sibuk pagi dan sore hari, terutama di sekitar sekolah dan pasar tradisional.',
  'Menurut dia, perbaikan saluran ini diperlukan karena kawasan tersebut kerap tergenang setiap kali hujan deras mengguyur kota dalam beberapa tahun terakhir.',
];
const OTHER = [
  'Harga cabai rawit di sejumlah pasar tradisional di Surabaya melonjak tajam menjelang akhir pekan akibat pasokan dari daerah sentra produksi berkurang karena cuaca buruk.',
  'Seorang pedagang di Pasar Keputran mengaku terpaksa menaikkan harga jual karena harga dari pemasok juga naik dalam tiga hari terakhir dan pembeli mulai mengurangi belanja.',
  'Dinas Perdagangan setempat berjanji memantau harga setiap hari dan menggelar operasi pasar bila kenaikan terus berlanjut hingga pekan depan.',
];

function records(
  items: { id: string; text: string | null; url?: string; error?: string }[],
): AsyncIterable<InputRecord> {
  return (async function* () {
    let index = 0;
    for (const item of items) {
      yield {
        file: 'test.jsonl',
        line: index + 1,
        index: index++,
        text: item.text,
        meta: { id: item.id, url: item.url ?? null },
        diagnostics: [],
        ...(item.error ? { error: item.error } : {}),
      };
    }
  })();
}

const corpus = () =>
  records([
    { id: 'a', text: STORY.join('\n') },
    { id: 'b', text: OTHER.join('\n') },
    { id: 'a-copy', text: `${STORY.join('\n')}\nBaca juga: Harga Cabai Naik Lagi` },
    { id: 'broken', text: null, error: 'test.jsonl:4: invalid JSON' },
    { id: 'a-cut', text: STORY.slice(0, 3).join('\n') },
  ]);

async function collect(
  run: (write: (line: string | Uint8Array) => void) => Promise<unknown>,
): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  await run((line) => {
    lines.push(typeof line === 'string' ? line : Buffer.from(line).toString('utf8'));
  });
  return lines
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('runDedup', () => {
  it('prints one record per input article, in input order, errors included', async () => {
    let failed = -1;
    const out = await collect(async (write) => {
      failed = (await runDedup(corpus(), {}, write)).failed;
    });
    expect(failed).toBe(1);
    expect(out.map((r) => r.id)).toEqual(['a', 'b', 'a-copy', 'broken', 'a-cut']);
    expect(out[0]).toEqual({ id: 'a', cluster: 'a', duplicateOf: null, similarity: null });
    expect(out[1]).toEqual({ id: 'b', cluster: 'b', duplicateOf: null, similarity: null });
    expect(out[2]).toMatchObject({ id: 'a-copy', cluster: 'a', duplicateOf: 'a' });
    expect(out[3]).toMatchObject({
      id: 'broken',
      cluster: 'broken',
      duplicateOf: null,
      error: expect.any(String),
    });
    expect(out[4]).toMatchObject({ id: 'a-cut', cluster: 'a', duplicateOf: 'a' });
    expect(out[4]?.similarity).toBeLessThan(1);
  });

  it('--explain says why and shows the shared passage; only duplicates carry it', async () => {
    const out = await collect((write) => runDedup(corpus(), { explain: true }, write));
    expect(out[0]?.explain).toBeUndefined();
    expect(out[2]?.explain).toMatchObject({ reason: 'exact', jaccard: 1 });
    const explain = out[4]?.explain as { reason: string; shared: string; containment: number };
    expect(['near', 'contained']).toContain(explain.reason);
    expect(explain.containment).toBe(1);
    expect(STORY.join('\n')).toContain(explain.shared.slice(0, 60));
    expect(explain.shared.length).toBeGreaterThan(200);
  });

  it('--format json prints one document', async () => {
    const lines: string[] = [];
    await runDedup(corpus(), { format: 'json' }, (l) => {
      lines.push(l);
    });
    expect((JSON.parse(lines.join('')) as unknown[]).length).toBe(5);
  });

  it('joins the same URL up to tracking parameters, and writes signatures and a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-dedup-'));
    const url = 'https://kota.example.co.id/read/2019/05/26/1/jalan-ditutup';
    const input = records([
      { id: 'x', text: STORY.join('\n'), url },
      { id: 'y', text: OTHER.join('\n'), url: `${url.replace('https://', 'http://m.')}/?utm_source=wa` },
    ]);
    const signatures = join(dir, 'sig.jsonl');
    const report = join(dir, 'report.json');
    const out = await collect((write) => runDedup(input, { signatures, report }, write));
    expect(out[1]).toMatchObject({ cluster: 'x', duplicateOf: 'x' });
    const sig = readFileSync(signatures, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(sig[0]).toMatchObject({ id: 'x', url: 'kota.example.co.id/read/2019/05/26/1/jalan-ditutup' });
    expect(sig[0].bands).toHaveLength(25);
    expect(sig[0].exact).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({
      articles: 2,
      clusters: 1,
      duplicates: 1,
    });
  });
});

describe('runClean', () => {
  it('writes the kept articles with their body, and every set-aside one with why', async () => {
    const rejects: string[] = [];
    const out = await collect((write) =>
      runClean(corpus(), { rejects: (l) => void rejects.push(String(Buffer.from(l))) }, write),
    );
    expect(out.map((r) => r.id)).toEqual(['a', 'b']);
    expect(out[0]?.body).toBe(STORY.join('\n\n'));
    expect(out[0]).toMatchObject({ cluster: 'a', paragraphs: expect.any(Array), removed: expect.any(Array) });
    const why = rejects.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(why.map((r) => [r.id, r.reason])).toEqual([
      ['a-copy', 'duplicate'],
      ['broken', 'error'],
      ['a-cut', 'duplicate'],
    ]);
    expect(why[0]).toMatchObject({ duplicateOf: 'a', cluster: 'a' });
  });

  it('sets aside articles outside --languages', async () => {
    const rejects: string[] = [];
    const out = await collect((write) =>
      runClean(
        corpus(),
        { languages: ['xxx'], rejects: (l) => void rejects.push(String(Buffer.from(l))) },
        write,
      ),
    );
    expect(out).toEqual([]);
    const reasons = rejects.map((l) => (JSON.parse(l) as { reason: string }).reason);
    expect(reasons.filter((r) => r === 'language')).toHaveLength(4);
    expect(reasons).toContain('error');
  });
});

describe('registered commands', () => {
  const program = (codes: number[]) => {
    const p = new Command('kliping').exitOverride();
    const shared = {
      withInputOptions: (c: Command) => c.option('--id-field <name>'),
      setCode: (c: number) => codes.push(c),
      withJobsOption: (c: Command) => c.option('-j, --jobs <n>'),
    };
    registerDedupCommand(p, shared);
    registerCleanCommand(p, shared);
    return p;
  };
  const dir = mkdtempSync(join(tmpdir(), 'kliping-cmd-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(
    input,
    [
      { key: 'a', text: STORY.slice(0, 3).join('\n') },
      { key: 'b', text: STORY.join('\n') },
      { key: 'c', text: OTHER.join('\n') },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  const read = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('dedup reads its flags: --keep longest, --explain, --id-field, -o', async () => {
    const codes: number[] = [];
    const out = join(dir, 'dedup.jsonl');
    await program(codes).parseAsync(
      ['dedup', '--keep', 'longest', '--explain', '--id-field', 'key', '-o', out, input],
      { from: 'user' },
    );
    expect(codes).toEqual([0]);
    const records = read(out);
    expect(records.map((r) => [r.id, r.cluster, r.duplicateOf])).toEqual([
      ['a', 'a', 'b'],
      ['b', 'a', null],
      ['c', 'c', null],
    ]);
    expect(records[0]?.explain).toMatchObject({ containment: 1 });
  });

  it('dedup with an index updates it, and exits 2 on an index made with other settings', async () => {
    const codes: number[] = [];
    const index = join(dir, 'index.sqlite');
    const out = join(dir, 'indexed.jsonl');
    await program(codes).parseAsync(['dedup', '--id-field', 'key', '--index', index, '-o', out, input], {
      from: 'user',
    });
    await program(codes).parseAsync(['dedup', '--shingle-size', '5', '--index', index, '-o', out, input], {
      from: 'user',
    });
    expect(codes).toEqual([0, 2]);
  });

  it('dedup refuses an unknown --keep rule', async () => {
    await expect(
      program([]).parseAsync(['dedup', '--keep', 'newest', input], { from: 'user' }),
    ).rejects.toThrow();
  });

  it('clean writes the corpus and the rejects', async () => {
    const codes: number[] = [];
    const out = join(dir, 'clean.jsonl');
    const rejects = join(dir, 'rejects.jsonl');
    await program(codes).parseAsync(['clean', '--id-field', 'key', '--rejects', rejects, '-o', out, input], {
      from: 'user',
    });
    expect(codes).toEqual([0]);
    expect(read(out).map((r) => r.id)).toEqual(['a', 'c']);
    expect(read(rejects)).toEqual([
      { id: 'b', reason: 'duplicate', cluster: 'a', duplicateOf: 'a', similarity: expect.any(Number) },
    ]);
  });
});
