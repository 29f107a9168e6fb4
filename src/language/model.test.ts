import { describe, expect, it } from 'vitest';
import {
  LANGID_BITS,
  LANGID_ENGLISH_BIAS,
  LANGID_ENGLISH_SCALE,
  LANGID_ENGLISH_WEIGHTS,
  LANGID_MALAY_BIAS,
  LANGID_MALAY_SCALE,
  LANGID_MALAY_WEIGHTS,
} from '../data/generated/langid-model.js';
import { markerBucket, scanFeatures, wordHashOf } from './features.js';
import { INDONESIAN_MARKERS, MALAY_MARKERS } from './markers.js';
import { emptyEvidence, emptyWordEvidence, makeEvidenceScorer, scoreWords } from './model.js';

const weights = (base64: string) => {
  const b = Buffer.from(base64, 'base64');
  return new Int8Array(b.buffer, b.byteOffset, b.length);
};
const MALAY = weights(LANGID_MALAY_WEIGHTS);
const ENGLISH = weights(LANGID_ENGLISH_WEIGHTS);
const markers = new Map<number, 0 | 1>([
  ...MALAY_MARKERS.map((w): [number, 0 | 1] => [wordHashOf(w), 0]),
  ...INDONESIAN_MARKERS.map((w): [number, 0 | 1] => [wordHashOf(w), 1]),
]);

/** The reference: scanFeatures with a sink, as the training script scores. */
function reference(text: string) {
  let malay = 0;
  let english = 0;
  const sink = (b: number) => {
    malay += MALAY[b] as number;
    english += ENGLISH[b] as number;
  };
  const counts = { letters: 0, words: 0 };
  scanFeatures(text, 0, text.length, LANGID_BITS, new Int32Array(32), sink, counts, (h) => {
    const m = markers.get(h);
    if (m !== undefined) sink(markerBucket(m, LANGID_BITS));
  });
  return {
    ...counts,
    malay: malay * LANGID_MALAY_SCALE + LANGID_MALAY_BIAS,
    english: english * LANGID_ENGLISH_SCALE + LANGID_ENGLISH_BIAS,
  };
}

const TEXTS = [
  'Kerajaan negeri, kata polis, pemerintah kota: the ke-2 kanak-kanak ÉTÉ 2019.',
  'Polis merampas kereta yang digunakan suspek kerana wang hasil jualan itu belum dipulangkan.',
  'The committee will meet again next month to review the budget for the new school.',
  `${'panjang'.repeat(10)} kata-kata ${'x'.repeat(40)}-y — “kutipan” 12.000 orang`,
  'سيعلن الحكومة عن ميزانية جديدة',
];

describe('makeEvidenceScorer', () => {
  it.each(TEXTS)('adds up exactly the features of scanFeatures and the markers: %s', (text) => {
    const e = emptyEvidence();
    makeEvidenceScorer()(text, 0, text.length, e);
    const r = reference(text);
    expect(e.letters).toBe(r.letters);
    expect(e.words).toBe(r.words);
    expect(e.malay).toBeCloseTo(r.malay, 9);
    expect(e.english).toBeCloseTo(r.english, 9);
  });
  it('adds nothing for a stretch without words', () => {
    const e = emptyEvidence();
    makeEvidenceScorer()('12.000 — !!', 0, 11, e);
    expect(e).toEqual(emptyEvidence());
  });
});

describe('scoreWords', () => {
  it.each(TEXTS)('counts the same words, letters and known words as the full scorer: %s', (text) => {
    const e = emptyEvidence();
    makeEvidenceScorer()(text, 0, text.length, e);
    const w = emptyWordEvidence();
    scoreWords(text, 0, text.length, w);
    expect([w.words, w.letters, w.known]).toEqual([e.words, e.letters, e.known]);
  });
  const cases: [string, boolean][] = [
    ['"We are very happy with the decision and we will support it," he said.', true],
    ['The committee will meet again next month to review the budget.', true],
    ['Bupati Kukar Rita Widyasari mengatakan akan segera menutup lokalisasi itu.', false],
    ['Kerajaan negeri akan membaiki jalan raya yang rosak selepas banjir minggu lepas.', false],
  ];
  it.each(cases)('its word weights lean English for English only: %s → %s', (text, english) => {
    const w = emptyWordEvidence();
    scoreWords(text, 0, text.length, w);
    expect(w.english > 0).toBe(english);
  });
});
