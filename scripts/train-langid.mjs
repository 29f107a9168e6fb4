#!/usr/bin/env node
// Trains kliping's Indonesian / Malaysian Malay / English model and writes src/data/generated/langid-model.ts.
//
//   npm run build && node scripts/train-langid.mjs [--shared ../shared] [--no-write] [--shift 13] [--epochs 4] [--chunk 4]
//                                  [--bits 18] [--dsl-weight 3] [--vocab-min 6] [--english 8000] [--dump FILE]
//                                  [--shifts 4,8,10,12,13,14] (the priors whose scores are printed)
//
// Training data (read only here, never at run time; only hashed, quantised weights leave this script):
//   ind  ../shared/data/langid/dslcc1_test_id_my.tsv (label id): DSL Shared Task 2014 test set (DSLCC v1.0),
//        research use (no licence file); news-raw/news-raw-3site-2019/*.csv and news-raw/news-raw-kompas-2019/kompas.csv: Kompas,
//        Kontan and Bisnis articles (publishers' copyright); sentences rebuilt from the tokens of
//        ner/idner-news-2k/train.txt (MIT), ner/indonlu/{nergrit,nerp}/train.txt (IndoNLU, Apache-2.0),
//        ner/indolem-nerugm/train.01.tsv (NER-UGM via IndoLEM) and ner/mdee-ner-gold/goldstandard-0811.tsv (MDEE,
//        Wikipedia sentences), research data whose licence ../shared does not state;
//        langid/lingua/single-words/id.txt and word-pairs/id.txt (lingua-rs, Apache-2.0).
//   zsm  langid/dslcc1_test_id_my.tsv (label my); langid/malay-news/*.jsonl (Majoriti, Utusan, Berita Harian,
//        Harian Metro, Kosmo, Astro Awani, Bernama headlines; see langid/SOURCES-training.md; the recurring
//        Majoriti footer is stripped). The DSL sentences count --dsl-weight times (the only in-domain pairs).
//   eng  langid/lingua/single-words/en.txt and word-pairs/en.txt (lingua-rs, Apache-2.0; a pair stays whole)
//        joined into --english pseudo-sentences (default 8000, fixed seed) with the English function words below;
//        the prose sentences of the English licence texts and READMEs that come with the data in ../shared
//        (ENGLISH_PROSE_FILES below: Apache-2.0 and MIT licence texts, the DSL 2014, MDEE and Kompas-dev READMEs).
//        Nothing is read from outside ../shared, so the training data is named and reproducible.
// Measured, never trained on: langid/dslcc2_test_id_my.tsv, langid/dslcc2_test_ne-masked_id_my.tsv,
// langid/lingua/sentences/{id,en}.txt. The accuracies are printed and written into the generated file's header.
//
// Model: (1) Indonesian vs Malaysian Malay, a logistic regression (AdaGrad, class-balanced) over hashed features
// of whole sentences and of their --chunk-word windows, plus a prior of --shift log-odds towards Indonesian;
// (2) English vs both, multinomial naive Bayes. Features: src/language/features.ts, imported from dist/ (run
// `npm run build` first), plus the pooled marker features of src/language/markers.ts (read from that file). Weights are quantised to
// int8 and stored as base64 in src/data/generated/langid-model.ts, with a bit set of the known words.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, flag('shared', '../shared'));
const DATA = join(SHARED, 'data');
const BITS = Number(flag('bits', '18'));
const EPOCHS = Number(flag('epochs', '4'));
const VOCAB_BITS = 18;
const CLASSES = ['ind', 'zsm', 'eng'];
const ENGLISH_PSEUDO = Number(flag('english', '8000'));

// The features are the library's own (src/language/features.ts, built into dist/ by `npm run build`), so
// training and scoring cannot drift apart.
const { MAX_WORD, markerBucket, scanFeatures, vocabularyBit, wordHashOf } = await import(
  join(ROOT, 'dist/language/features.js')
);

const ENGLISH_FUNCTION_WORDS =
  `the of and to in is that for it as was with be by on not he i this are or his from at which
but have an they you were her she there been one all we their has would when if so no will can more out who
up them some could him into its then two may do first any my now such like our over than only other new also
me these should after most made very did many before must through back where much your way well down even
because those too each just how both does under while last us here said being what about against between
during without again further once own same few nor off above below why whom am having doing yourself itself
themselves ourselves myself herself himself yours ours hers theirs let shall might whose within upon across
however although though therefore whether either neither yet among since until unless`.split(/\s+/);

// Marker words (src/language/markers.ts): each also feeds one pooled feature per variety.
const markersSource = readFileSync(join(ROOT, 'src/language/markers.ts'), 'utf8');
const markerWords = (name) => {
  const at = markersSource.indexOf(`export const ${name}`);
  const block = markersSource.slice(at, markersSource.indexOf('];', at));
  return [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
};
const MARKERS = new Map([
  ...markerWords('MALAY_MARKERS').map((w) => [wordHashOf(w), 0]),
  ...markerWords('INDONESIAN_MARKERS').map((w) => [wordHashOf(w), 1]),
]);
/** scanFeatures plus the pooled marker features, as src/language/model.ts scores. */
function scanAll(text, sink) {
  const buckets = [markerBucket(0, BITS), markerBucket(1, BITS)];
  scanFeatures(text, 0, text.length, BITS, buffer, sink, { letters: 0, words: 0 }, (h) => {
    const m = MARKERS.get(h);
    if (m !== undefined) sink(buckets[m]);
  });
}

// ---- corpora ----
const read = (p) => readFileSync(join(DATA, p), 'utf8');
const SENTENCE_END = /(?<=[.!?]["”’']?)\s+(?=["“‘']?[A-Z0-9])/;
const splitSentences = (text) =>
  text
    .split(SENTENCE_END)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 20);

const { parseCsv } = await import(join(ROOT, 'dist/io/parse-csv.js'));

/** The given columns of every record of a CSV file, read by the library's own CSV reader. */
function csvTexts(path, columns) {
  return [...parseCsv(read(path))].flatMap(({ record }) =>
    record ? columns.filter((c) => c in record).map((c) => record[c] ?? '') : [],
  );
}

function conllSentences(path) {
  const out = [];
  let tokens = [];
  for (const line of read(path).split('\n')) {
    const token = line.split(/[\t ]/)[0];
    if (!line.trim() || /^[.!?]$/.test(token)) {
      if (token && line.trim()) tokens.push(token);
      if (tokens.length) out.push(tokens.join(' '));
      tokens = [];
    } else if (token) tokens.push(token);
  }
  if (tokens.length) out.push(tokens.join(' '));
  return out;
}

const tsv = (path, label) =>
  read(path)
    .split('\n')
    .filter((l) => l.endsWith(`\t${label}`))
    .map((l) => l.slice(0, l.lastIndexOf('\t')));
const lines = (path) =>
  read(path)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const jsonlTexts = (path) => lines(path).map((l) => JSON.parse(l).text ?? '');
const MAJORITI_FOOTER = /\s*(?:—\s*[^—]{0,80}?)?Boleh follow media sosial Majoriti[\s\S]*$/;

/**
 * English prose: the licence texts and the English READMEs that come with the data in ../shared (named here so
 * that the training data is reproducible), split into sentences; lines with code or table marks are left out.
 */
const ENGLISH_PROSE_FILES = [
  'langid/lingua/LICENSE', // Apache License 2.0 text
  'ner/indonlu/LICENSE', // Apache License 2.0 text
  'ner/idner-news-2k/LICENSE', // MIT licence text
  'gazetteer/wilayah-2025/LICENSE', // MIT licence text
  'langid/README-dslcc1-test.txt', // DSL 2014 test-set README (English)
  'ner/mdee-ner-gold/README.md', // MDEE README (English)
  'kompas-2019-dev/README.md', // development-set README (English)
];
function englishProse() {
  const out = new Set();
  for (const f of ENGLISH_PROSE_FILES) {
    for (const para of read(f).split(/\n\s*\n/)) {
      if (/[`{}<>|=_#*[\]\\/]/.test(para)) continue;
      for (const s of splitSentences(para)) if (s.split(' ').length >= 5) out.add(s);
    }
  }
  return [...out];
}

function loadTraining() {
  const ind = new Set();
  const zsm = new Set();
  const eng = [];
  for (const s of tsv('langid/dslcc1_test_id_my.tsv', 'id')) ind.add(s);
  for (const s of tsv('langid/dslcc1_test_id_my.tsv', 'my')) zsm.add(s);
  const news = [
    ...csvTexts('news-raw/news-raw-3site-2019/ALL.csv', ['content', 'title']),
    ...csvTexts('news-raw/news-raw-3site-2019/hasil.csv', ['content', 'title']),
    ...csvTexts('news-raw/news-raw-3site-2019/kompas.csv', ['content', 'title']),
    ...csvTexts('news-raw/news-raw-kompas-2019/kompas.csv', ['paragraf', 'judul']),
  ];
  for (const t of news) for (const s of splitSentences(t)) ind.add(s);
  const nerFiles = [
    'ner/idner-news-2k/train.txt',
    'ner/indonlu/nergrit/train.txt',
    'ner/indonlu/nerp/train.txt',
    'ner/indolem-nerugm/train.01.tsv',
    'ner/mdee-ner-gold/goldstandard-0811.tsv',
  ];
  for (const f of nerFiles) {
    for (const s of conllSentences(f)) if (s.length >= 20) ind.add(s);
  }
  const idWords = [
    ...lines('langid/lingua/single-words/id.txt'),
    ...lines('langid/lingua/word-pairs/id.txt'),
  ];
  for (let i = 0; i + 3 <= idWords.length; i += 3) ind.add(idWords.slice(i, i + 3).join(' '));
  for (const t of jsonlTexts('langid/malay-news/majoriti_articles.jsonl')) {
    for (const s of splitSentences(t.replace(MAJORITI_FOOTER, ''))) zsm.add(s);
  }
  for (const t of jsonlTexts('langid/malay-news/utusan_bh_hmetro_kosmo_awani_2025.jsonl')) {
    for (const s of splitSentences(t)) zsm.add(s);
  }
  const bernama = new Set();
  for (const t of jsonlTexts('langid/malay-news/bernama_bm_headlines.jsonl')) {
    if (t.length < 20) continue;
    zsm.add(t);
    bernama.add(t);
  }
  // English pseudo-sentences: content words from lingua, function words at about their running-text share.
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  // Items of the word-pairs file stay whole (real adjacent words), so pairs and n-grams across them are seen.
  const enItems = [
    ...lines('langid/lingua/single-words/en.txt'),
    ...lines('langid/lingua/word-pairs/en.txt'),
  ];
  for (let k = 0; k < ENGLISH_PSEUDO; k++) {
    const n = 4 + Math.floor(random() * 14);
    const words = [];
    for (let j = 0; j < n; j++) {
      const pool = random() < 0.45 ? ENGLISH_FUNCTION_WORDS : enItems;
      words.push(pool[Math.floor(random() * pool.length)]);
    }
    eng.push(words.join(' '));
  }
  const prose = englishProse();
  console.error(`english prose sentences: ${prose.length}`);
  for (const s of prose) eng.push(s);
  // The DSL sentences are the only in-domain pairs of the two varieties: they count DSL_WEIGHT times.
  const dslWeight = Number(flag('dsl-weight', '3'));
  const indList = [...ind];
  const zsmList = flag('no-bernama') ? [...zsm].filter((s) => !bernama.has(s)) : [...zsm];
  for (let k = 1; k < dslWeight; k++) {
    indList.push(...tsv('langid/dslcc1_test_id_my.tsv', 'id'));
    zsmList.push(...tsv('langid/dslcc1_test_id_my.tsv', 'my'));
  }
  return [indList, zsmList, eng];
}

// ---- model ----
const SIZE = 1 << BITS;
const buffer = new Int32Array(MAX_WORD + 2);

/** Sparse features of a text: sorted unique buckets and their counts. */
function featuresOf(text) {
  const counts = new Map();
  scanAll(text, (b) => counts.set(b, (counts.get(b) ?? 0) + 1));
  const keys = Int32Array.from(counts.keys());
  const values = Float32Array.from(counts.values());
  return { keys, values };
}

/** Multinomial naive Bayes: log-probabilities with add-alpha smoothing and equal priors. */
function trainBayes(sets) {
  const K = sets.length;
  const alpha = Number(flag('alpha', '0.1'));
  const n = new Float64Array(K * SIZE);
  const totals = new Float64Array(K);
  sets.forEach((texts, c) => {
    for (const t of texts) {
      scanAll(t, (b) => {
        n[c * SIZE + b]++;
        totals[c]++;
      });
    }
  });
  const w = new Float32Array(K * SIZE);
  for (let c = 0; c < K; c++) {
    const denominator = Math.log(totals[c] + alpha * SIZE);
    for (let b = 0; b < SIZE; b++) w[c * SIZE + b] = Math.log(n[c * SIZE + b] + alpha) - denominator;
  }
  return { w, bias: new Float64Array(K) };
}

function train(sets) {
  if (flag('algo', 'lr') === 'nb') return trainBayes(sets);
  const examples = [];
  const chunk = Number(flag('chunk', '4'));
  sets.forEach((texts, label) => {
    for (const t of texts) {
      examples.push({ label, ...featuresOf(t) });
      // Short windows too, so that each marker word has to carry weight on its own.
      const words = t.split(' ');
      if (chunk > 0 && words.length > chunk * 1.5) {
        for (let i = 0; i < words.length; i += chunk)
          examples.push({ label, ...featuresOf(words.slice(i, i + chunk).join(' ')) });
      }
    }
  });
  const classWeight = sets.map((s) => examples.length / (sets.length * s.length));
  const K = sets.length;
  const w = new Float32Array(K * SIZE);
  const g2 = new Float32Array(K * SIZE).fill(1e-2);
  const bias = new Float64Array(K);
  const rate = Number(flag('rate', '0.2'));
  const l2 = Number(flag('l2', '1e-7'));
  let seed = 7;
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    for (const index of order) {
      const ex = examples[index];
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        let s = bias[c];
        for (let f = 0; f < ex.keys.length; f++) s += w[c * SIZE + ex.keys[f]] * ex.values[f];
        scores[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let c = 0; c < K; c++) z += Math.exp(scores[c] - max);
      loss -= (scores[ex.label] - max - Math.log(z)) * classWeight[ex.label];
      for (let c = 0; c < K; c++) {
        const grad = (Math.exp(scores[c] - max) / z - (c === ex.label ? 1 : 0)) * classWeight[ex.label];
        if (grad === 0) continue;
        bias[c] -= 0.01 * grad;
        for (let f = 0; f < ex.keys.length; f++) {
          const at = c * SIZE + ex.keys[f];
          const g = grad * ex.values[f] + l2 * w[at];
          g2[at] += g * g;
          w[at] -= (rate * g) / Math.sqrt(g2[at]);
        }
      }
    }
    console.error(`epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`);
  }
  return { w, bias };
}

/** Quantises `w[1] - w[0]` of a two-class model into int8 with one scale. */
function quantise({ w, bias }) {
  let max = 0;
  for (let b = 0; b < SIZE; b++) max = Math.max(max, Math.abs(w[SIZE + b] - w[b]));
  const scale = max / 127;
  const q = new Int8Array(SIZE);
  for (let b = 0; b < SIZE; b++) q[b] = Math.round((w[SIZE + b] - w[b]) / scale);
  return { q, scale, bias: bias[1] - bias[0] };
}

/** Scores a text with the two quantised models: [0, zsm logit against ind, eng logit against both]. */
function makeScorer(malay, english) {
  let zsm = 0;
  let eng = 0;
  const sink = (b) => {
    zsm += malay.q[b];
    eng += english.q[b];
  };
  return (text) => {
    zsm = 0;
    eng = 0;
    scanAll(text, sink);
    return [0, zsm * malay.scale + malay.bias, eng * english.scale + english.bias];
  };
}

function evaluate(score, shift = 0) {
  const argmax = (s) => {
    if (s[2] > 0) return 2;
    return s[1] - shift > 0 ? 1 : 0;
  };
  const sets = [
    ['dslcc2', 'langid/dslcc2_test_id_my.tsv'],
    ['dslcc2 ne-masked', 'langid/dslcc2_test_ne-masked_id_my.tsv'],
  ];
  const results = {};
  for (const [name, path] of sets) {
    let ok = 0;
    let n = 0;
    for (const [label, cls] of [
      ['id', 0],
      ['my', 1],
    ]) {
      for (const s of tsv(path, label)) {
        n++;
        const g = argmax(score(s));
        if (g === cls) ok++;
        else if (process.env.LANGID_DEBUG && shift === 0)
          console.error(`  ${name} ${label}->${CLASSES[g]}: ${s}`);
      }
    }
    results[name] = ok / n;
  }
  for (const [name, cls] of [
    ['id', 0],
    ['en', 2],
  ]) {
    const items = lines(`langid/lingua/sentences/${name}.txt`);
    const got = items.map((s) => argmax(score(s)));
    results[`lingua ${name}`] = got.filter((g) => g === cls).length / items.length;
    if (process.env.LANGID_DEBUG) {
      const conf = {};
      got.forEach((g, i) => {
        conf[g] = (conf[g] ?? 0) + 1;
        if (g !== cls) console.error(`  ${name}->${CLASSES[g]}: ${items[i]}`);
      });
      console.error(name, JSON.stringify(conf));
    }
  }
  return results;
}

const [ind, zsm, eng] = loadTraining();
console.error(`training sentences: ind ${ind.length}, zsm ${zsm.length}, eng ${eng.length}`);
const malay = quantise(train([ind, zsm]));
const english = quantise(trainBayes([[...ind, ...zsm], eng]));
// The Malay corpora are larger and narrower than the Indonesian ones: a prior towards Indonesian (the project's
// main language) keeps Indonesian outside the news register from tipping over to Malay.
const SHIFT = Number(flag('shift', '13'));
for (const shift of flag('shifts', '4,8,10,12,13,14').split(',').map(Number))
  console.error(`zsm shift ${shift}: ${JSON.stringify(evaluate(makeScorer(malay, english), shift))}`);
malay.bias -= SHIFT;
const results = evaluate(makeScorer(malay, english));
for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(18)} accuracy ${v.toFixed(4)}`);

// Vocabulary bit set: words seen at least VOCAB_MIN times in a training class, for the "is this one of ours" check.
const VOCAB_MIN = Number(flag('vocab-min', '6'));
const seen = new Map();
const vocab = new Uint8Array(1 << (VOCAB_BITS - 3));
for (const set of [ind, zsm, eng]) {
  const here = new Map();
  for (const t of set) {
    scanFeatures(
      t,
      0,
      t.length,
      BITS,
      buffer,
      () => {},
      { letters: 0, words: 0 },
      (h) => {
        here.set(h, (here.get(h) ?? 0) + 1);
      },
    );
  }
  for (const [h, n] of here) seen.set(h, Math.max(seen.get(h) ?? 0, n));
}
for (const w of ENGLISH_FUNCTION_WORDS) {
  scanFeatures(
    w,
    0,
    w.length,
    BITS,
    buffer,
    () => {},
    { letters: 0, words: 0 },
    (h) => seen.set(h, VOCAB_MIN),
  );
}
let vocabWords = 0;
const known = new Set();
for (const [h, n] of seen) {
  if (n < VOCAB_MIN) continue;
  known.add(h);
  const bit = vocabularyBit(h, VOCAB_BITS);
  vocab[bit >> 3] |= 1 << (bit & 7);
  vocabWords++;
}
console.error(`vocabulary: ${vocabWords} words`);
/** Share of a text's words that are in the vocabulary. */
const coverage = (text) => {
  let n = 0;
  let k = 0;
  scanFeatures(
    text,
    0,
    text.length,
    BITS,
    buffer,
    () => {},
    { letters: 0, words: 0 },
    (h) => {
      n++;
      if (known.has(h)) k++;
    },
  );
  return n ? k / n : 0;
};
// For the study: naive Bayes of zsm against ind, scored through the English slot of the scorer.
const bayesScore = flag('dump') ? makeScorer(malay, quantise(trainBayes([ind, zsm]))) : null;
if (flag('dump')) {
  // Per-sentence evidence of the measured sets, for studying decision rules (never used for training).
  const score = makeScorer(malay, english);
  const rows = [];
  const sets = [
    ['dslcc2', 'id', tsv('langid/dslcc2_test_id_my.tsv', 'id')],
    ['dslcc2', 'my', tsv('langid/dslcc2_test_id_my.tsv', 'my')],
    ['masked', 'id', tsv('langid/dslcc2_test_ne-masked_id_my.tsv', 'id')],
    ['masked', 'my', tsv('langid/dslcc2_test_ne-masked_id_my.tsv', 'my')],
    ['lingua', 'id', lines('langid/lingua/sentences/id.txt')],
    ['lingua', 'en', lines('langid/lingua/sentences/en.txt')],
  ];
  for (const [set, label, texts] of sets) {
    for (const t of texts) {
      const [, m, e] = score(t);
      let words = 0;
      scanFeatures(
        t,
        0,
        t.length,
        BITS,
        buffer,
        () => {},
        { letters: 0, words: 0 },
        () => words++,
      );
      const nb = bayesScore ? bayesScore(t)[2] : 0;
      const marks = [0, 0];
      scanFeatures(
        t,
        0,
        t.length,
        BITS,
        buffer,
        () => {},
        { letters: 0, words: 0 },
        (h) => {
          const m = MARKERS.get(h);
          if (m !== undefined) marks[m]++;
        },
      );
      rows.push(
        [
          set,
          label,
          m.toFixed(3),
          e.toFixed(3),
          words,
          coverage(t).toFixed(3),
          nb.toFixed(3),
          marks[0],
          marks[1],
          t,
        ].join('\t'),
      );
    }
  }
  writeFileSync(flag('dump'), `${rows.join('\n')}\n`);
}
for (const [name, texts] of [
  ['dslcc2', tsv('langid/dslcc2_test_id_my.tsv', 'id').concat(tsv('langid/dslcc2_test_id_my.tsv', 'my'))],
  ['lingua id', lines('langid/lingua/sentences/id.txt')],
  ['lingua en', lines('langid/lingua/sentences/en.txt')],
]) {
  const c = texts.map(coverage);
  const below = (x) => c.filter((v) => v < x).length;
  console.error(
    `coverage ${name}: below 0.45 ${below(0.45)}, 0.55 ${below(0.55)}, 0.65 ${below(0.65)} of ${c.length}`,
  );
}
for (const t of [
  'Aku arep lunga menyang pasar karo ibuku sesuk esuk amarga kudu tuku sayuran lan beras.',
  'Abdi badé angkat ka pasar sareng indung abdi énjing énjing kanggo méser sayuran sareng béas.',
  'Ik ga morgenochtend met mijn moeder naar de markt om groenten en rijst te kopen.',
  'Je vais au marché demain matin avec ma mère pour acheter des légumes et du riz.',
])
  console.error(`coverage ${coverage(t).toFixed(2)}: ${t}`);

const probeText = 'Kerajaan negeri, kata polis, pemerintah kota: the ke-2 kanak-kanak ÉTÉ 2019.';
const probe = [];
scanFeatures(probeText, 0, probeText.length, BITS, buffer, (b) => probe.push(b), { letters: 0, words: 0 });

if (!args.includes('--no-write')) {
  const out = join(ROOT, 'src/data/generated/langid-model.ts');
  const body = [
    '// Generated by scripts/train-langid.mjs: do not edit. Weights learned from the corpora named there.',
    `// Measured when generated: ${Object.entries(results)
      .map(([k, v]) => `${k} ${v.toFixed(4)}`)
      .join(', ')}.`,
    `export const LANGID_CLASSES = ${JSON.stringify(CLASSES)} as const;`,
    `export const LANGID_BITS = ${BITS};`,
    `export const LANGID_MALAY_SCALE = ${malay.scale};`,
    `export const LANGID_MALAY_BIAS = ${malay.bias};`,
    `export const LANGID_ENGLISH_SCALE = ${english.scale};`,
    `export const LANGID_ENGLISH_BIAS = ${english.bias};`,
    `export const LANGID_VOCABULARY_BITS = ${VOCAB_BITS};`,
    `export const LANGID_PROBE = ${JSON.stringify({ text: probeText, buckets: probe })};`,
    `export const LANGID_MALAY_WEIGHTS = '${Buffer.from(malay.q.buffer).toString('base64')}';`,
    `export const LANGID_ENGLISH_WEIGHTS = '${Buffer.from(english.q.buffer).toString('base64')}';`,
    `export const LANGID_VOCABULARY = '${Buffer.from(vocab.buffer).toString('base64')}';`,
    '',
  ].join('\n');
  writeFileSync(out, body);
  console.error(`wrote ${out} (${body.length} bytes)`);
}
