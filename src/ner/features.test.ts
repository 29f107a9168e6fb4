import { describe, expect, it } from 'vitest';
import { NER_GAZETTEER } from '../data/generated/ner-gazetteer.js';
import { NER_WEIGHTS } from '../data/generated/ner-weights.js';
import { FEATURES_PER_TOKEN, makeFeaturizer } from './features.js';
import { decodeGazetteer } from './gazetteer.js';
import { findIslands } from './islands.js';
import { TAG_COUNT } from './tags.js';
import { tokenize } from './tokenize.js';
import {
  bucketOf,
  decodePackedWeights,
  decodeWeights,
  emissions,
  packWeights,
  TAG_STRIDE,
} from './weights.js';

describe('featurizer', () => {
  const featurizer = makeFeaturizer(decodeGazetteer(NER_GAZETTEER));
  const model = decodeWeights(NER_WEIGHTS);
  const packed = decodePackedWeights(NER_WEIGHTS);
  /** Scoring `text` twice (the second from the word cache) gives the plain path's sums: the features' weights. */
  const expectScoredAsPlain = (fresh: ReturnType<typeof makeFeaturizer>, text: string) => {
    const tokens = tokenize(text);
    const offsets = fresh.featurize(text, tokens, model.bits);
    const want = Array.from(emissions(model.weights, model.scale, offsets, FEATURES_PER_TOKEN, tokens.count));
    expect(Array.from(fresh.score(text, tokens, packed))).toEqual(want);
    expect(Array.from(fresh.score(text, tokens, packed))).toEqual(want);
  };
  const texts = [
    'Bupati Kutai Kartanegara Rita Widyasari mengatakan, sosialisasi sudah dilakukan.',
    '"Kami sudah berkoordinasi dengan Polres Kukar," kata Rita di Tenggarong, Senin (29/2/2016).',
    'Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka baru. Ia ditahan di Rutan KPK!',
    'ÉCOLE Ñandú über ŠKODA — Mahkamah Konstitusi: anak-anak Ma’ruf 1.500 orang; x',
    'a',
    '',
  ];

  it.each(texts)('scores %j as the feature table and the weight sums do', (text) => {
    const tokens = tokenize(text);
    const offsets = featurizer.featurize(text, tokens, model.bits);
    const want = emissions(model.weights, model.scale, offsets, FEATURES_PER_TOKEN, tokens.count);
    expect(Array.from(featurizer.score(text, tokens, packed))).toEqual(Array.from(want));
  });

  it.each([
    ...texts,
    'kata dia pada wartawan di kantor itu kemarin sore dan pagi ini juga Bupati Kutai Kartanegara Rita tiba.',
    'pada hari itu mereka makan di rumah dan tidur di sana lalu pulang ke Ciamis dan seterusnya sampai pagi hari lagi ya Pak Joko (PDI-P) di www.kompas.com dan sebagainya.',
    'ia datang ke kantor pusat bank di sana lalu ke kantor.cabang.Bank.Mandiri.di.kota itu pada hari Senin pagi ini.',
  ])('scores the island tokens of %j as scoring every token does', (text) => {
    const tokens = tokenize(text);
    const want = featurizer.score(text, tokens, packed);
    const islands = findIslands(text, tokens);
    featurizer.score(texts.join(' '), tokenize(texts.join(' ')), packed); // leave other values in the scratch
    const got = new Float32Array(tokens.count * TAG_COUNT).fill(Number.NaN);
    featurizer.scoreIslands(text, tokens, packed, islands, got);
    let scored = 0;
    for (let i = 0; i < islands.length; i += 4)
      for (let k = islands[i] as number; k < (islands[i + 1] as number); k++, scored++)
        for (let t = 0; t < TAG_COUNT; t++) expect(got[k * TAG_COUNT + t]).toBe(want[k * TAG_COUNT + t]);
    expect(scored).toBe(Array.from(got).filter((x) => !Number.isNaN(x)).length / TAG_COUNT);
  });

  it.each([
    ['Rita datang ke Jakarta hari ini.', 'Jakarta, kata Rita. Rita (Jakarta) datang! Jakarta.Rita'],
    ['(KPK) menahan Rita, "Jakarta"', 'KPK menahan Rita. Jakarta KPK, Rita'],
    // After a class word (a title, a speech verb) and inside gazetteer names.
    [
      'Joko Widodo tiba di Jakarta Selatan',
      'Presiden Joko Widodo, kata Gubernur Jakarta, Bupati Kutai Kartanegara',
    ],
  ])('scores words cached in one context (%j) as the plain path does in another', (first, then) => {
    // The word cache keeps each word's sums with its sentence-start and glue buckets as first seen.
    const fresh = makeFeaturizer(decodeGazetteer(NER_GAZETTEER));
    fresh.score(first, tokenize(first), packed);
    expectScoredAsPlain(fresh, then);
  });

  it('scores a long range of many words twice as the plain path does (words sharing cache rows)', () => {
    let seed = 7;
    const letter = (): string => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return String.fromCharCode(97 + (seed % 26));
    };
    const words = Array.from({ length: 6000 }, (_, i) => {
      const w = letter() + letter() + letter() + letter() + letter();
      return i % 3 === 0 ? w.toUpperCase() : i % 7 === 0 ? `${w},` : w;
    });
    expectScoredAsPlain(makeFeaturizer(decodeGazetteer(NER_GAZETTEER)), words.join(' '));
  });

  it.each([
    ['every bucket holding a weight', 1],
    ['a third of the buckets empty', 3],
  ])(
    'scores under a small table with %s as the plain path does (the bitmap of empty buckets)',
    (_, every) => {
      // A synthetic table: weights in every bucket (no empty bucket to send reads to), or in two of three.
      const bits = 9;
      const weights = new Int8Array((1 << bits) * TAG_STRIDE);
      let seed = 11;
      for (let bucket = 0; bucket < 1 << bits; bucket++) {
        if (every > 1 && bucket % every === 0) continue;
        for (let tag = 0; tag < TAG_COUNT; tag++) {
          seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
          weights[bucket * TAG_STRIDE + tag] = ((seed >>> 16) % 255) - 127 || 1;
        }
      }
      const small = {
        bits,
        weights,
        scale: 0.01,
        transitions: new Float32Array(49),
        start: new Float32Array(7),
      };
      const fresh = makeFeaturizer(decodeGazetteer(NER_GAZETTEER));
      for (const text of texts) {
        const tokens = tokenize(text);
        const want = emissions(
          weights,
          small.scale,
          fresh.featurize(text, tokens, bits),
          FEATURES_PER_TOKEN,
          tokens.count,
        );
        expect(Array.from(fresh.score(text, tokens, packWeights(small)))).toEqual(Array.from(want));
      }
    },
  );

  it('scores words whose values do not fit a cache row (left uncached) as the plain path does', () => {
    // Gazetteer masks wider than a row keeps (9 bits) for every word: no word is cached, each is summed anew.
    const wide = { size: 1, get: (hash: number) => (hash & 1 ? 0x3ff : 0x201) };
    const fresh = makeFeaturizer(wide);
    for (const text of texts) expectScoredAsPlain(fresh, text);
  });

  it('hands windows longer than its capacity to a wider featurizer with the same results', () => {
    const narrow = makeFeaturizer(decodeGazetteer(NER_GAZETTEER), 8);
    const text = texts.slice(0, 3).join(' ');
    const tokens = tokenize(text);
    expect(tokens.count).toBeGreaterThan(8);
    expect(Array.from(narrow.featurize(text, tokens))).toEqual(
      Array.from(featurizer.featurize(text, tokens)),
    );
    expect(Array.from(narrow.score(text, tokens, packed))).toEqual(
      Array.from(featurizer.score(text, tokens, packed)),
    );
    const islands = findIslands(text, tokens);
    const [mine, wide] = [
      new Float32Array(tokens.count * TAG_COUNT),
      new Float32Array(tokens.count * TAG_COUNT),
    ];
    narrow.scoreIslands(text, tokens, packed, islands, mine);
    featurizer.scoreIslands(text, tokens, packed, islands, wide);
    expect(Array.from(mine)).toEqual(Array.from(wide));
    // A short window after a long one is the narrow featurizer's own again.
    expectScoredAsPlain(narrow, 'Presiden Joko Widodo');
  });

  it('gives the same features whatever was featurized before (scratch reuse)', () => {
    const text = texts[1] as string;
    const first = featurizer.featurize(text, tokenize(text));
    featurizer.featurize(texts.join(' '), tokenize(texts.join(' ')));
    featurizer.featurize('x', tokenize('x'));
    expect(Array.from(featurizer.featurize(text, tokenize(text)))).toEqual(Array.from(first));
  });

  it('bucketed features are the raw hashes through bucketOf', () => {
    const text = texts[0] as string;
    const tokens = tokenize(text);
    const raw = featurizer.featurize(text, tokens);
    const offsets = featurizer.featurize(text, tokens, 12);
    expect(Array.from(offsets)).toEqual(Array.from(raw, (h) => bucketOf(h, 12) * TAG_STRIDE));
  });

  it('makes different features for different words and for capitalisation', () => {
    const f = (text: string): number[] => Array.from(featurizer.featurize(text, tokenize(text)));
    expect(f('Jakarta')).not.toEqual(f('jakarta'));
    expect(f('Jakarta')).not.toEqual(f('Bandung'));
    expect(f('Jakarta')).toEqual(f('Jakarta'));
  });
});
