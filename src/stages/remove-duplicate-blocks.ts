import { ShingleIndex } from '../cleaning/shingle-index.js';
import type { Paragraph, Removed, Stage } from '../model.js';
import { maxWords, wordHashesInto } from '../text/word-hashes.js';

/** Options of the in-article duplicate remover. */
export interface DuplicateBlockOptions {
  /** Dice over word bigrams at or above which two paragraphs are the same block. Default 0.8. */
  readonly nearThreshold?: number;
  /** Share of a paragraph's bigrams found earlier in the body for it to be a repeat. Default 0.9. */
  readonly containedThreshold?: number;
  /** Fewer words than this: removed only as an exact copy next to another removed copy. Default 5. */
  readonly minWords?: number;
}

type Verdict = Omit<Removed, keyof Paragraph>;

/**
 * Removes blocks repeated inside one article (a body scraped twice, a paragraph pasted again, one word edited,
 * out of order): the first copy stays, later copies go to `removed` with `duplicateOf` and `similarity`.
 *
 * Exact copies are found by a key of the paragraph's word-hash sequence; near copies by counting the word bigrams
 * a paragraph shares with each earlier kept one through a shingle index, so a paragraph meets only the earlier
 * paragraphs it shares a bigram with, never all pairs.
 */
export function removeDuplicateBlocks(options: DuplicateBlockOptions = {}): Stage {
  const near = options.nearThreshold ?? 0.8;
  const contained = options.containedThreshold ?? 0.9;
  const minWords = options.minWords ?? 5;
  // Scratch made once per stage and reused article after article (a stage runs one article at a time); it
  // holds nothing from one article to the next.
  const index = new ShingleIndex();
  let words = new Uint32Array(256);
  let slots = new Int32Array(256);
  let shared = new Int32Array(64);
  let touched = new Int32Array(64);
  let keptIndex = new Int32Array(64);
  let keptSize = new Int32Array(64);
  return (article, context) => {
    const list = article.paragraphs;
    const count = list.length;
    if (count < 2) return article;
    if (keptIndex.length < count) {
      const size = Math.max(count, keptIndex.length * 2);
      shared = new Int32Array(size);
      touched = new Int32Array(size);
      keptIndex = new Int32Array(size);
      keptSize = new Int32Array(size);
    }
    index.reset();
    const keys = new ExactKeys();
    let kept = 0;
    let verdicts: (Verdict | null)[] | null = null;
    let previousRemoved = false;
    // Hashing over one string (the source) keeps the hashing loop on one string shape.
    const source = context.source;
    for (let p = 0; p < count; p++) {
      const { start, end } = list[p] as Paragraph;
      const room = maxWords(start, end);
      if (words.length < room) {
        const size = Math.max(room, words.length * 2);
        words = new Uint32Array(size);
        slots = new Int32Array(size);
      }
      const n = wordHashesInto(source, words, start, end);
      // A key of the whole word sequence: two independent 32-bit chains (and the count).
      let a = 0x12345678;
      let b = 0x9abcdef0;
      for (let i = 0; i < n; i++) {
        const w = words[i] as number;
        a = Math.imul(a ^ w, 0x01000193);
        b = Math.imul(b + w, 0x5bd1e995) ^ (b >>> 15);
      }
      const exact = keys.get(n, a, b);
      if (exact >= 0 && n > 0 && (n >= minWords || previousRemoved)) {
        verdicts ??= new Array<Verdict | null>(p).fill(null);
        verdicts.push({ reason: 'duplicate', rule: 'exact-duplicate', duplicateOf: exact, similarity: 1 });
        previousRemoved = true;
        continue;
      }
      // The distinct bigrams (a single word is its own shingle); for each, every earlier kept paragraph holding
      // it gets one more shared bigram.
      const compare = n >= minWords;
      const shingles = n < 2 ? n : n - 1;
      let unique = 0;
      let covered = 0;
      let nTouched = 0;
      for (let i = 0; i < shingles; i++) {
        // A bigram's hash: order-sensitive, one multiply (the index mixes it again for its slot).
        const h =
          n < 2
            ? (words[0] as number)
            : (Math.imul(words[i] as number, 0x9e3779b1) ^ (words[i + 1] as number)) >>> 0;
        const slot = index.visit(h, p);
        if (slot < 0) continue;
        slots[unique++] = slot;
        if (!compare) continue;
        let post = index.first(slot);
        if (post >= 0) covered++;
        for (; post >= 0; post = index.next(post)) {
          const k = index.blockOf(post);
          if (shared[k] === 0) touched[nTouched++] = k;
          shared[k] = (shared[k] as number) + 1;
        }
      }
      let verdict: Verdict | null = null;
      if (nTouched > 0) {
        // The earliest kept paragraph sharing the most bigrams.
        let best = -1;
        let bestShared = 0;
        let sumShared = 0;
        for (let t = 0; t < nTouched; t++) {
          const k = touched[t] as number;
          const s = shared[k] as number;
          shared[k] = 0;
          sumShared += s;
          if (s > bestShared || (s === bestShared && k < best)) {
            best = k;
            bestShared = s;
          }
        }
        const of = keptIndex[best] as number;
        const dice = (2 * bestShared) / (unique + (keptSize[best] as number));
        if (dice >= near)
          verdict = { reason: 'duplicate', rule: 'near-duplicate', duplicateOf: of, similarity: round(dice) };
        else if (sumShared >= contained * unique && covered / unique >= contained)
          verdict = {
            reason: 'duplicate',
            rule: 'repeated-passage',
            duplicateOf: of,
            similarity: round(covered / unique),
          };
      }
      previousRemoved = verdict !== null;
      if (verdict) {
        verdicts ??= new Array<Verdict | null>(p).fill(null);
        verdicts.push(verdict);
        continue;
      }
      verdicts?.push(null);
      for (let i = 0; i < unique; i++) index.post(slots[i] as number, kept);
      keptIndex[kept] = p;
      keptSize[kept] = unique;
      kept++;
      keys.add(n, a, b, p);
    }
    if (!verdicts) return article;
    // duplicateOf points into the final `paragraphs` list.
    const finalIndex = new Int32Array(count);
    for (let k = 0; k < kept; k++) finalIndex[keptIndex[k] as number] = k;
    const paragraphs: Paragraph[] = [];
    const removed: Removed[] = article.removed.slice();
    for (let p = 0; p < count; p++) {
      const paragraph = list[p] as Paragraph;
      const verdict = verdicts[p];
      if (!verdict) paragraphs.push(paragraph);
      else removed.push({ ...paragraph, ...verdict, duplicateOf: finalIndex[verdict.duplicateOf ?? 0] ?? 0 });
    }
    return { ...article, paragraphs, removed };
  };
}

/** Word-sequence keys (count and two hashes) of the kept paragraphs, each with its first paragraph. */
class ExactKeys {
  private readonly first = new Map<number, number>();
  private readonly entries: number[] = [];

  /** The first kept paragraph with this key, or -1. */
  get(n: number, a: number, b: number): number {
    const at = this.first.get(mix(n, a, b));
    if (at === undefined) return -1;
    const e = this.entries;
    if (e[at] === n && e[at + 1] === a && e[at + 2] === b) return e[at + 3] as number;
    // A clash of the 32-bit mix: look through all.
    for (let i = 0; i < e.length; i += 4)
      if (e[i] === n && e[i + 1] === a && e[i + 2] === b) return e[i + 3] as number;
    return -1;
  }

  add(n: number, a: number, b: number, paragraph: number): void {
    if (this.get(n, a, b) >= 0) return;
    const key = mix(n, a, b);
    if (!this.first.has(key)) this.first.set(key, this.entries.length);
    this.entries.push(n, a, b, paragraph);
  }
}

function mix(n: number, a: number, b: number): number {
  return (a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b)) | 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
