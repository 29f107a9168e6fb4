import { describe, expect, it } from 'vitest';
import { runPipeline, startArticle } from '../pipeline.js';
import { keptWordHashes, wordHashes } from '../text/word-hashes.js';
import { type DuplicateBlockOptions, removeDuplicateBlocks } from './remove-duplicate-blocks.js';
import { splitLines } from './split-lines.js';

const run = (text: string) => runPipeline([splitLines(), removeDuplicateBlocks()], text, { id: 't' });

const P1 = 'Bupati Kukar mengatakan akan segera menutup dua belas lokalisasi di sebelas kecamatan itu.';
const P2 = 'Proses sosialisasi dan rencana penutupan sudah dilakukan, termasuk memberikan pembinaan.';
const P3 = 'Menteri Sosial memberi apresiasi atas gerak cepat pemerintah daerah dalam upaya penutupan.';

describe('removeDuplicateBlocks', () => {
  const cases: [string, string, string[], string[]][] = [
    ['a body scraped twice', [P1, P2, P3, P1, P2, P3].join('\n'), [P1, P2, P3], ['exact-duplicate']],
    [
      'changed white space and quote marks',
      `“${P1}”\n${P2}\n"${P1.replace(/ /g, '  ')}"`,
      [`“${P1}”`, P2],
      ['exact-duplicate'],
    ],
    ['one edited word', `${P1}\n${P2}\n${P1.replace('segera', 'akan')}`, [P1, P2], ['near-duplicate']],
    ['out of order', `${P1}\n${P2}\n${P3}\n${P3}\n${P1}`, [P1, P2, P3], ['exact-duplicate']],
    [
      'a passage made of two earlier paragraphs',
      `${P1}\n${P2}\n${P3}\n${P1} ${P2}`,
      [P1, P2, P3],
      ['repeated-passage'],
    ],
    ['no duplicates', [P1, P2, P3].join('\n'), [P1, P2, P3], []],
    ['a short line repeated alone is kept', `Ya.\n${P1}\nYa.\n${P2}`, ['Ya.', P1, 'Ya.', P2], []],
  ];
  it.each(cases)('%s', (_name, text, kept, rules) => {
    const article = run(text);
    expect(article.paragraphs.map((p) => p.text)).toEqual(kept);
    expect([...new Set(article.removed.map((r) => r.rule))]).toEqual(rules);
    for (const r of article.removed) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(r.reason).toBe('duplicate');
      expect(r.duplicateOf).toBeGreaterThanOrEqual(0);
      expect(r.duplicateOf).toBeLessThan(article.paragraphs.length);
    }
  });

  it('points duplicateOf at the kept copy', () => {
    const article = run([P1, P2, P3, P2].join('\n'));
    expect(article.removed[0]?.duplicateOf).toBe(1);
  });

  // The pre-check that spares articles without repeats the full comparison must let through every verdict the
  // thresholds allow, at any thresholds.
  const half = (p: string) =>
    p
      .split(' ')
      .map((w, i) => (i % 4 === 3 ? `${w}x` : w))
      .join(' ');
  const thresholdCases: [string, DuplicateBlockOptions, string, string | null][] = [
    [
      'a copy with a quarter of its words edited, at Dice 0.5',
      { nearThreshold: 0.5 },
      half(P1),
      'near-duplicate',
    ],
    ['the same copy at the default Dice 0.8', {}, half(P1), null],
    [
      'an edited copy at Dice 0.3',
      { nearThreshold: 0.3, containedThreshold: 0.3 },
      half(half(P1)),
      'near-duplicate',
    ],
    [
      'a passage with a new sentence, contained at 0.6',
      { containedThreshold: 0.6 },
      `${P1} ${P3} Ini baru.`,
      'repeated-passage',
    ],
    ['the same passage at the default 0.9', {}, `${P1} ${P3} Ini kalimat yang baru sama sekali.`, null],
    ['an exact copy of a short line, minWords 1', { minWords: 1 }, 'Ya.', 'exact-duplicate'],
  ];
  it.each(thresholdCases)('%s', (_name, options, last, rule) => {
    const text = [P1, 'Ya.', P3, last].join('\n');
    const article = runPipeline([splitLines(), removeDuplicateBlocks(options)], text, { id: 't' });
    expect(article.removed.map((r) => r.rule)).toEqual(rule ? [rule] : []);
  });

  it('returns an article without repeats with the same paragraphs', () => {
    const { article, context } = startArticle([P1, P2, P3, 'Ya.', 'Ya.'].join('\n'));
    const lines = splitLines()(article, context);
    const out = removeDuplicateBlocks()(lines, context);
    expect(out).toEqual(lines);
    expect(JSON.stringify(out)).toBe(JSON.stringify(lines));
    out.paragraphs.forEach((p, i) => {
      expect(p).toBe(lines.paragraphs[i]);
    });
  });

  // The word hashes of the kept paragraphs stay on the list for dedup: those of the paragraphs' texts joined.
  const keptCases: [string, string][] = [
    ['no repeats', [P1, P2, P3].join('\n')],
    ['an exact copy removed', [P1, P2, P3, P1].join('\n')],
    ['a near copy removed in the middle', [P1, P2, P1.replace('segera', 'akan'), P3].join('\n')],
    ['short lines and a removed pair', `Ya.\n${P1}\nYa.\n${P2}\n${P1}\n${P2}\nTidak.`],
    ['non-Latin letters and figures', `Harga İstanbul 6.464,69 naik 😀 Ünal\n${P2}\nΑθήνα 21/1/2019`],
  ];
  const keeping = (text: string) =>
    runPipeline([splitLines(), removeDuplicateBlocks({ keepHashes: true })], text, { id: 't' });
  it.each(keptCases)('keeps the word hashes of the kept paragraphs when asked: %s', (_name, text) => {
    const article = keeping(text);
    const words = keptWordHashes(article.paragraphs);
    expect(words).toBeDefined();
    expect([...(words ?? [])]).toEqual(wordHashes(article.paragraphs.map((p) => p.text).join('\n')));
    expect(Object.keys(article.paragraphs)).toHaveLength(article.paragraphs.length);
    // Unasked, the same verdicts and no hashes.
    expect(run(text)).toEqual(article);
    expect(keptWordHashes(run(text).paragraphs)).toBeUndefined();
  });

  it('keeps no word hashes on a list it did not make', () => {
    const article = keeping(P1);
    expect(keptWordHashes(article.paragraphs)).toBeUndefined();
    expect(keptWordHashes([...keeping([P1, P2].join('\n')).paragraphs])).toBeUndefined();
  });

  it('does not merge different paragraphs on the same topic', () => {
    const a = 'Harga emas Antam hari ini naik Rp 5.000 menjadi Rp 650.000 per gram pada perdagangan pagi.';
    const b = 'Harga perak hari ini turun tajam setelah bank sentral menaikkan suku bunga acuan kemarin.';
    expect(run(`${a}\n${b}`).removed).toEqual([]);
  });
});
