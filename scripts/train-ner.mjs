#!/usr/bin/env node
// Trains kliping's NER tagger (people, places, organisations) and writes its generated data files:
//   src/data/generated/ner-gazetteer.ts  hashed name sets (base64)
//   src/data/generated/ner-weights.ts    hashed feature weights and tag transitions (base64, int8)
//
// Usage (from the project root, Node 20, no dependencies):
//   npm run build && node scripts/train-ner.mjs [--final] [--shared ../shared] [--epochs 12] [--bits 18] [--no-write]
//   (the shipped model: `--final`, which also trains on idner-news-2k dev after the settings were tuned on it)
//
// Model: a linear-chain tagger over BIO tags, trained as an averaged structured perceptron with Viterbi
// decoding; fixed seed and fixed data order, so a rerun writes the same files. It imports the tokenizer and the
// featurizer from dist/ so that training and tagging see exactly the same features.
//
// Sources (under ../shared/data; none of their text is copied into the project, only hashes and weights):
//   ner/idner-news-2k/train.txt      Indonesian news NER, MIT licence (c) 2020 khairunnisaor: training;
//                                    dev.txt is the development set; test.txt is never read here.
//   ner/indonlu/nergrit/train.txt    NERGrit via IndoNLU (MIT; credit to the NERGrit contributors and the
//                                    IndoNLU authors): training; valid.txt reported as a second dev set.
//   ner/indolem-nerugm/train.01.tsv  NER-UGM via IndoLEM (Fachri, Univ. Gadjah Mada), training, less every
//                                    sentence that also occurs in idner-news-2k dev or test (NER-UGM overlaps it);
//                                    test.01.tsv less that overlap is reported as a held-out news set.
//   gazetteer/wilayah-2025/*.csv     Indonesian administrative regions, 2025 decree, MIT licence.
//   gazetteer/dbpedia-id/*.txt       names from Indonesian DBpedia (CC BY-SA), hashed only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { viterbi } from '../dist/ner/decode.js';
import { FEATURES_PER_TOKEN, makeFeaturizer } from '../dist/ner/features.js';
import { decodeGazetteer, encodeGazetteer, GAZ } from '../dist/ner/gazetteer.js';
import { foldWords, HASH_SEED, hashLower, mix } from '../dist/ner/hash.js';
import { makeTagger } from '../dist/ner/tag-entities.js';
import { TAG_COUNT, TAGS } from '../dist/ner/tags.js';
import { tokenize } from '../dist/ner/tokenize.js';
import { bucketOf, decodeWeights, emissions, encodeWeights, TAG_STRIDE } from '../dist/ner/weights.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SHARED = opt('shared', '../shared');
const DATA = join(SHARED, 'data');
const EPOCHS = Number(opt('epochs', 12));
const BITS = Number(opt('bits', 18));
const WRITE = !args.includes('--no-write');
const ADAPT = !args.includes('--no-adapt');
// How much of the news-corpus (idner) copies the shipped model folds in: 1 = all, 0 = shared weights only.
const FOLD = Number(opt('fold', 1));
// Training sources, each optionally repeated per epoch: `idner*3,nergrit,nerugm`.
// `--final` adds idner-news-2k dev once the settings are chosen (its dev scores are then no longer a measure).
const SOURCES = opt(
  'train',
  args.includes('--final') ? 'idner*3,idner-dev*3,nergrit,nerugm' : 'idner*3,nergrit,nerugm',
).split(',');
const repeatOf = (name) => {
  const entry = SOURCES.find((s) => s.split('*')[0] === name);
  return entry ? Number(entry.split('*')[1] ?? 1) : 0;
};

// ---- gazetteer ----------------------------------------------------------------------------------------------
const isWordToken = (t) => /^\p{Lu}[\p{L}'’-]+$/u.test(t);
function nameHash(name) {
  const tokens = tokenize(name);
  if (tokens.count === 0 || tokens.count > 5) return null;
  let h = HASH_SEED;
  const words = [];
  for (let k = 0; k < tokens.count; k++) {
    const w = name.slice(tokens.starts[k], tokens.ends[k]);
    words.push(w);
    h = foldWords(h, hashLower(w, 0, w.length));
  }
  return { hash: h >>> 0 || 1, words };
}
function buildGazetteer() {
  const entries = new Map();
  const add = (name, bit, wordBit = 0) => {
    const clean = name
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (clean.length < 2) return;
    const r = nameHash(clean);
    if (!r) return;
    entries.set(r.hash, (entries.get(r.hash) ?? 0) | bit);
    let prefix = HASH_SEED;
    for (const w of r.words.slice(0, -1)) {
      prefix = foldWords(prefix, hashLower(w, 0, w.length));
      const h = prefix >>> 0 || 1;
      entries.set(h, (entries.get(h) ?? 0) | GAZ.prefix);
    }
    if (wordBit) {
      for (const w of r.words) {
        if (!isWordToken(w) || w.length < 3) continue;
        const h = foldWords(HASH_SEED, hashLower(w, 0, w.length)) >>> 0 || 1;
        entries.set(h, (entries.get(h) ?? 0) | wordBit);
      }
    }
  };
  const lines = (file) =>
    readFileSync(join(DATA, 'gazetteer', file), 'utf8')
      .split(/\r?\n/)
      .filter(Boolean);
  const csvNames = (file) =>
    lines(file)
      .slice(1)
      .map((l) => l.split(',').slice(2).join(',').replace(/^"|"$/g, ''));
  for (const name of lines('dbpedia-id/person.txt')) add(name, GAZ.person, GAZ.personWord);
  for (const name of lines('dbpedia-id/place.txt')) add(name, GAZ.place);
  for (const name of lines('dbpedia-id/organization.txt')) add(name, GAZ.organization, GAZ.organizationWord);
  for (const name of csvNames('wilayah-2025/provinsi.csv')) {
    add(name, GAZ.region);
    add(`Provinsi ${name}`, GAZ.region);
  }
  for (const name of csvNames('wilayah-2025/kabupaten_kota.csv')) {
    add(name, GAZ.region);
    add(name.replace(/^(Kabupaten|Kota)\s+/, ''), GAZ.region);
  }
  for (const name of csvNames('wilayah-2025/kecamatan.csv')) add(name, GAZ.locality);
  if (!args.includes('--no-villages')) {
    for (const name of csvNames('wilayah-2025/desa_kelurahan.csv')) add(name, GAZ.locality);
  }
  // Words written in lower case at least twice in the training corpora (never dev or test).
  const lowerCounts = new Map();
  const corpora = [
    ['idner-news-2k/train.txt', ' '],
    ['indonlu/nergrit/train.txt', '\t'],
    ['indolem-nerugm/train.01.tsv', '\t'],
  ];
  for (const [file, sep] of corpora) {
    for (const line of readFileSync(join(DATA, 'ner', file), 'utf8').split(/\r?\n/)) {
      const word = line.split(sep)[0];
      if (word && /^\p{Ll}[\p{Ll}-]+$/u.test(word)) lowerCounts.set(word, (lowerCounts.get(word) ?? 0) + 1);
    }
  }
  for (const [word, count] of lowerCounts) {
    if (count < 2) continue;
    const h = foldWords(HASH_SEED, hashLower(word, 0, word.length)) >>> 0 || 1;
    entries.set(h, (entries.get(h) ?? 0) | GAZ.commonWord);
  }
  return entries;
}

// ---- corpora ------------------------------------------------------------------------------------------------
const TYPE = { PER: 'PER', PERSON: 'PER', LOC: 'LOC', LOCATION: 'LOC', PLACE: 'LOC', ORG: 'ORG' };
TYPE.ORGANIZATION = 'ORG';
TYPE.ORGANISATION = 'ORG';
function readConll(file, tagColumn) {
  const sentences = [];
  let cur = [];
  for (const line of readFileSync(join(DATA, 'ner', file), 'utf8').split(/\r?\n/)) {
    if (!line.trim()) {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    const parts = line.split(/\t| /).filter(Boolean);
    const tag = (parts[tagColumn] ?? 'O').trim();
    const type = TYPE[tag.replace(/^[BI]-/, '').toUpperCase()] ?? null;
    cur.push({ token: parts[0], type, begins: tag.startsWith('B-') });
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}
const keyOf = (s) => s.map((t) => t.token).join(' ');

/** Text as the scorer builds it (tokens joined by one space) and gold spans as char offsets. */
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%']);
const NO_SPACE_AFTER = new Set(['(', '[']);
function toExample(sentence, natural = false) {
  let text = '';
  const offs = [];
  let prev = '';
  for (const t of sentence) {
    // The natural form writes marks as articles do (`Jakarta, Senin (29/10)`), so glue features learn both.
    if (text && !(natural && (NO_SPACE_BEFORE.has(t.token) || NO_SPACE_AFTER.has(prev)))) text += ' ';
    prev = t.token;
    offs.push([text.length, text.length + t.token.length]);
    text += t.token;
  }
  const spans = [];
  let open = null;
  sentence.forEach((t, j) => {
    const begins = t.begins || (t.type && (!open || open.type !== t.type));
    if (open && (!t.type || begins)) {
      spans.push(open);
      open = null;
    }
    if (t.type && !open) open = { type: t.type, start: offs[j][0], end: offs[j][1] };
    else if (t.type && open) open.end = offs[j][1];
  });
  if (open) spans.push(open);
  return { text, spans };
}

/** Our tokens of an example with their gold tag ids (a split word's first piece takes its B-). */
function goldTags(example, tokens) {
  const tags = new Uint8Array(tokens.count);
  for (const span of example.spans) {
    const b = TAGS.indexOf(`B-${span.type}`);
    let first = true;
    for (let k = 0; k < tokens.count; k++) {
      if (tokens.starts[k] >= span.start && tokens.ends[k] <= span.end) {
        tags[k] = first ? b : b + 1;
        first = false;
      }
    }
  }
  return tags;
}

// ---- evaluation (exact spans, as ../shared/eval/score.mjs counts them) --------------------------------------------
function evaluate(tagFn, examples) {
  const counts = {};
  for (const type of ['PER', 'LOC', 'ORG', 'all']) counts[type] = { tp: 0, pred: 0, gold: 0 };
  for (const ex of examples) {
    const gold = new Set(ex.spans.map((s) => `${s.type}|${s.start}|${s.end}`));
    const pred = new Set(tagFn(ex.text).map((s) => `${s.type}|${s.start}|${s.end}`));
    for (const k of gold) {
      counts[k.split('|')[0]].gold++;
      counts.all.gold++;
    }
    for (const k of pred) {
      const hit = gold.has(k) ? 1 : 0;
      counts[k.split('|')[0]].pred++;
      counts.all.pred++;
      counts[k.split('|')[0]].tp += hit;
      counts.all.tp += hit;
    }
  }
  const out = {};
  for (const [type, c] of Object.entries(counts)) {
    const p = c.pred ? c.tp / c.pred : 0;
    const r = c.gold ? c.tp / c.gold : 0;
    out[type] = Math.round((p + r ? (2 * p * r) / (p + r) : 0) * 1000) / 1000;
  }
  return out;
}

// ---- training ---------------------------------------------------------------------------------------------------
function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const gazEntries = buildGazetteer();
const gazBase64 = encodeGazetteer(gazEntries);
const featurizer = makeFeaturizer(decodeGazetteer(gazBase64));
console.log(`gazetteer: ${gazEntries.size} names, ${(gazBase64.length / 1e6).toFixed(2)} MB base64`);

const idnerDev = readConll('idner-news-2k/dev.txt', 2);
const idnerTest = readConll('idner-news-2k/test.txt', 2);
const blocked = new Set([...idnerDev, ...idnerTest].map(keyOf));
const train = [];
const addSource = (name, sentences) => {
  const domain = name === 'idner-dev' ? 'idner' : name;
  const items = sentences.map((s) => ({ s, domain }));
  for (let r = 0; r < repeatOf(name); r++) train.push(...items);
};
addSource('idner', readConll('idner-news-2k/train.txt', 2));
addSource('nergrit', readConll('indonlu/nergrit/train.txt', 1));
addSource(
  'nerugm',
  readConll('indolem-nerugm/train.01.tsv', 1).filter((s) => !blocked.has(keyOf(s))),
);
addSource('idner-dev', idnerDev);
const trainKeys = new Set(train.map((t) => keyOf(t.s)));
const devSets = {
  'idner-dev': idnerDev.map(toExample),
  'nergrit-valid': readConll('indonlu/nergrit/valid.txt', 1).map(toExample),
  'nerugm-test': readConll('indolem-nerugm/test.01.tsv', 1)
    .filter((s) => !blocked.has(keyOf(s)) && !trainKeys.has(keyOf(s)))
    .map(toExample),
};

// Domain adaptation by feature augmentation (Daume III 2007): every feature also gets a copy salted with its
// corpus, so corpus-specific conventions (idner leaves a country that acts, `serangan Israel`, untagged) land
// in the copies; the shipped model is the shared weights plus the news (idner) copies, folded together.
const DOMAIN_SALT = { idner: 0x1d3e4, nergrit: 0x96a1, nerugm: 0x7e57 };
const PER = FEATURES_PER_TOKEN * (ADAPT ? 2 : 1);
const newsFeatures = new Set();
const prepared = new Map();
const domainOffset = (h, domain) => (bucketOf(mix(h, DOMAIN_SALT[domain]), BITS) + (1 << BITS)) * TAG_STRIDE;
const data = [];
for (const { s, domain } of train) {
  for (const natural of [false, true]) {
    const key = `${natural}|${keyOf(s)}`;
    if (!prepared.has(key)) {
      const ex = toExample(s, natural);
      const tokens = tokenize(ex.text);
      const raw = featurizer.featurize(ex.text, tokens);
      const feats = new Int32Array(tokens.count * PER);
      for (let k = 0; k < tokens.count; k++) {
        for (let f = 0; f < FEATURES_PER_TOKEN; f++) {
          const h = raw[k * FEATURES_PER_TOKEN + f] | 0;
          feats[k * PER + f] = bucketOf(h, BITS) * TAG_STRIDE;
          if (!ADAPT) continue;
          feats[k * PER + FEATURES_PER_TOKEN + f] = domainOffset(h, domain);
          if (domain === 'idner') newsFeatures.add(h);
        }
      }
      prepared.set(key, { n: tokens.count, feats, gold: goldTags(ex, tokens) });
    }
    data.push(prepared.get(key));
  }
}
console.log(
  `training sentences: ${data.length} (${SOURCES.join(', ')}), tokens: ${data.reduce((a, d) => a + d.n, 0)}`,
);

// The domain copies live in a second half of the table, which the shipped model drops after folding.
const size = (1 << BITS) * TAG_STRIDE * (ADAPT ? 2 : 1);
const w = new Float32Array(size);
const u = new Float64Array(size);
const tw = new Float32Array(TAG_COUNT * TAG_COUNT);
const tu = new Float64Array(TAG_COUNT * TAG_COUNT);
const sw = new Float32Array(TAG_COUNT);
const su = new Float64Array(TAG_COUNT);
let c = 1;
let random = mulberry32(20240901);
const order = data.map((_, i) => i);
// `--seeds K` trains K times over differently shuffled orders and ships the mean of the K averaged models
// (a linear ensemble: same cost to run, less dependence on one order).
const SEEDS = Number(opt('seeds', 1));
const sum = { weights: null, transitions: null, start: null };

function averaged(fold = FOLD) {
  const avg = (x, acc) => x.map((v, i) => v - acc[i] / c);
  const weights = avg(w, u);
  if (ADAPT) {
    const folded = weights.slice(0, (1 << BITS) * TAG_STRIDE);
    for (const h of newsFeatures) {
      const g = bucketOf(h, BITS) * TAG_STRIDE;
      const d = domainOffset(h, 'idner');
      for (let t = 0; t < TAG_COUNT; t++) folded[g + t] += fold * weights[d + t];
    }
    return { bits: BITS, scale: 1, weights: folded, transitions: avg(tw, tu), start: avg(sw, su) };
  }
  return { bits: BITS, scale: 1, weights, transitions: avg(tw, tu), start: avg(sw, su) };
}
const tagger = (model) => (text) => {
  const tokens = tokenize(text);
  const offsets = featurizer.featurize(text, tokens, model.bits);
  const scores = emissions(model.weights, model.scale, offsets, FEATURES_PER_TOKEN, tokens.count);
  const tags = viterbi(scores, model.transitions, model.start, tokens.count);
  const spans = [];
  for (let k = 0; k < tokens.count; k++) {
    const t = tags[k];
    if (!t) continue;
    if (t % 2 === 1 || !spans.length || spans.at(-1).endToken !== k - 1 || spans.at(-1).tag !== t - 1) {
      spans.push({
        type: TAGS[t].slice(2),
        tag: t % 2 ? t : t - 1,
        start: tokens.starts[k],
        end: tokens.ends[k],
        endToken: k,
      });
    } else {
      spans.at(-1).end = tokens.ends[k];
      spans.at(-1).endToken = k;
    }
  }
  return spans;
};

for (let run = 0; run < SEEDS; run++) {
  for (const x of [w, u, tw, tu, sw, su]) x.fill(0);
  c = 1;
  random = mulberry32(20240901 + run);
  order.forEach((_, i) => {
    order[i] = i;
  });
  trainRun(run);
  const model = averaged();
  for (const key of ['weights', 'transitions', 'start']) {
    if (!sum[key]) sum[key] = new Float32Array(model[key].length);
    for (let i = 0; i < model[key].length; i++) sum[key][i] += model[key][i] / SEEDS;
  }
}

function trainRun(run) {
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const index of order) {
      const { n, feats, gold } = data[index];
      const scores = emissions(w, 1, feats, PER, n);
      const pred = viterbi(scores, tw, sw, n);
      for (let k = 0; k < n; k++) {
        const g = gold[k];
        const p = pred[k];
        if (g !== p) {
          errors++;
          for (let f = k * PER; f < (k + 1) * PER; f++) {
            const base = feats[f];
            w[base + g] += 1;
            u[base + g] += c;
            w[base + p] -= 1;
            u[base + p] -= c;
          }
        }
        const gp = k ? gold[k - 1] * TAG_COUNT + g : -1;
        const pp = k ? pred[k - 1] * TAG_COUNT + p : -1;
        if (k === 0 && g !== p) {
          sw[g] += 1;
          su[g] += c;
          sw[p] -= 1;
          su[p] -= c;
        } else if (k && gp !== pp) {
          tw[gp] += 1;
          tu[gp] += c;
          tw[pp] -= 1;
          tu[pp] -= c;
        }
      }
      c++;
    }
    const model = averaged();
    const scores = Object.entries(devSets)
      .map(([name, set]) => `${name} ${JSON.stringify(evaluate(tagger(model), set))}`)
      .join('  ');
    console.log(`run ${run} epoch ${epoch}: token errors ${errors}  ${scores}`);
  }
}

if (ADAPT && SEEDS === 1) {
  for (const fold of [0, 0.25, 0.5, 0.75, 1]) {
    const model = averaged(fold);
    const scores = Object.entries(devSets)
      .map(([name, set]) => `${name} ${JSON.stringify(evaluate(tagger(model), set))}`)
      .join('  ');
    console.log(`fold ${fold}: ${scores}`);
  }
}
const weightsBase64 = encodeWeights({ bits: BITS, scale: 1, ...sum });
const final = makeTagger(weightsBase64, gazBase64);
for (const [name, set] of Object.entries(devSets)) {
  console.log(`final (int8) ${name}: ${JSON.stringify(evaluate((text) => final.tag(text), set))}`);
}
console.log(`weights: ${(weightsBase64.length / 1e6).toFixed(2)} MB base64`);
if (decodeWeights(weightsBase64).bits !== BITS) throw new Error('weights did not round-trip');

if (WRITE) {
  const header = (what) =>
    `// Generated by scripts/train-ner.mjs: ${what}. Do not edit; retrain instead (see docs/ner.md).\n` +
    '// Learned from idner-news-2k (MIT), NERGrit via IndoNLU (MIT), NER-UGM via IndoLEM, wilayah-2025 (MIT),\n' +
    '// Indonesian DBpedia names (CC BY-SA), as hashes and weights only.\n';
  writeFileSync(
    'src/data/generated/ner-gazetteer.ts',
    `${header('hashed name sets for the NER tagger')}/** Base64 name set, see src/ner/gazetteer.ts. */\nexport const NER_GAZETTEER =\n  '${gazBase64}';\n`,
  );
  writeFileSync(
    'src/data/generated/ner-weights.ts',
    `${header('NER tagger weights')}/** Base64 weights, see src/ner/weights.ts. */\nexport const NER_WEIGHTS =\n  '${weightsBase64}';\n`,
  );
  console.log('wrote src/data/generated/ner-gazetteer.ts and ner-weights.ts');
}
