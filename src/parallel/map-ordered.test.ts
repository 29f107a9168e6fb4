import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { InputRecord } from '../io/read-records.js';
import { mapOrdered } from './map-ordered.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const record = (index: number, text: string): InputRecord => ({
  file: 'mem.jsonl',
  line: index + 1,
  index,
  text,
  meta: { id: `r${index}` },
  diagnostics: [],
});

describe('mapOrdered (one job)', () => {
  it('yields every record in order with its result', async () => {
    const texts = ['Satu berita.', '', 'Tiga berita di Jakarta.'];
    async function* source() {
      for (let i = 0; i < texts.length; i++) yield record(i, texts[i] as string);
    }
    const out: string[] = [];
    for await (const { record: r, result } of mapOrdered(
      source(),
      { kind: 'article', cleanOnly: true },
      { jobs: 1 },
    ))
      out.push(`${r.meta.id}:${JSON.parse(result.json ?? '{}').id}`);
    expect(out).toEqual(['r0:r0', 'r1:r1', 'r2:r2']);
  });

  it('keeps nothing of the records it has yielded when a stop signal is given (no leak per record)', async () => {
    const controller = new AbortController();
    const refs: WeakRef<InputRecord>[] = [];
    async function* source() {
      for (let i = 0; i < 300; i++) {
        const r = record(i, `Berita nomor ${i}. ${'Isi berita yang cukup panjang. '.repeat(20)}`);
        if (i < 50) refs.push(new WeakRef(r));
        yield r;
      }
    }
    let count = 0;
    for await (const _ of mapOrdered(
      source(),
      { kind: 'article', cleanOnly: true },
      { jobs: 1, signal: controller.signal },
    ))
      count++;
    expect(count).toBe(300);
    // Let the jobs that created the references end, then collect: the early records must be gone.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    const alive = refs.filter((ref) => ref.deref() !== undefined).length;
    expect(alive).toBe(0);
  });
});
