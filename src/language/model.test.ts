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
import { letterCode, markerBucket, scanFeatures, wordHashOf } from './features.js';
import { INDONESIAN_MARKERS, MALAY_MARKERS } from './markers.js';
import { emptyEvidence, emptyLetterPairEvidence, makeEvidenceScorer, makeLetterPairScorer } from './model.js';

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

describe('makeEvidenceScorer: the word cache', () => {
  // Words that share a hash slot in a one-slot cache, words longer than MAX_WORD that share their first 24
  // letters, repeated words: a cached word must count exactly as a freshly scored one.
  const long = 'pertanggungjawabannyalah';
  const texts = [
    ...TEXTS,
    `${long}kah ${long}lah ${long} ${long}kah pertanggungjawaban`,
    'yang yang di di ke ke dan dan yang di ke dan Yang DI',
    'ab ba abc acb bac kanak-kanak kanak kanak-kanak-kanak',
  ];
  it.each([1, 2, 4096])('gives the reference evidence with %i slots, text after text', (slots) => {
    const score = makeEvidenceScorer(slots);
    for (let round = 0; round < 2; round++) {
      for (const text of texts) {
        const e = emptyEvidence();
        score(text, 0, text.length, e);
        const r = reference(text);
        expect([e.letters, e.words]).toEqual([r.letters, r.words]);
        expect(e.malay).toBeCloseTo(r.malay, 9);
        expect(e.english).toBeCloseTo(r.english, 9);
        const fresh = emptyEvidence();
        makeEvidenceScorer(slots)(text, 0, text.length, fresh);
        expect(e).toEqual(fresh);
      }
    }
  });
});

describe('makeLetterPairScorer', () => {
  const pairs = makeLetterPairScorer();
  it.each(TEXTS)('counts at least the letters of the model, exactly without hyphens: %s', (text) => {
    const e = emptyEvidence();
    makeEvidenceScorer()(text, 0, text.length, e);
    const p = emptyLetterPairEvidence();
    pairs(text, 0, text.length, p);
    expect(p.letters).toBeGreaterThanOrEqual(e.letters);
    if (!text.includes('-')) expect(p.letters).toBe(e.letters);
  });
  it('counts letters outside a–z apart', () => {
    const p = emptyLetterPairEvidence();
    const text = 'سيعلن الحكومة abc';
    pairs(text, 0, text.length, p);
    expect([p.letters, p.otherLetters]).toEqual([15, 12]);
  });
  const cases: [string, boolean][] = [
    ['"We are very happy with the decision and we will support it," he said.', true],
    ['The committee will meet again next month to review the budget.', true],
    ["IT'S COMING... Reposted from @skylar.pictures - COMING UP NEXT", true],
    ['Bupati Kukar Rita Widyasari mengatakan akan segera menutup lokalisasi itu.', false],
    ['Kerajaan negeri akan membaiki jalan raya yang rosak selepas banjir minggu lepas.', false],
    ['Menurut dia, penutupan lokalisasi harus dibarengi dengan pembinaan agar tidak kembali.', false],
  ];
  it.each(cases)('its weights lean English for English only: %s → %s', (text, english) => {
    const p = emptyLetterPairEvidence();
    pairs(text, 0, text.length, p);
    expect(p.english > 0).toBe(english);
  });
  it('counts as a letter every code letterCode takes for one (its table covers every UTF-16 code)', () => {
    const p = emptyLetterPairEvidence();
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = String.fromCharCode(code);
      pairs(text, 0, 1, p);
      const letter = letterCode(code) !== -1 || code === 45;
      const other = letter && code >= 128;
      if (p.letters !== (letter ? 1 : 0) || p.otherLetters !== (other ? 1 : 0)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
  it('reads only the stretch it is given', () => {
    const text = 'The committee will meet. Pemerintah kota memperbaiki jalan.';
    const whole = emptyLetterPairEvidence();
    const part = emptyLetterPairEvidence();
    pairs(text, 25, text.length, part);
    pairs(text.slice(25), 0, text.length - 25, whole);
    expect(part).toEqual(whole);
  });
});
