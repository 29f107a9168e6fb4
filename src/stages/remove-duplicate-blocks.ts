import { ShingleIndex } from '../cleaning/shingle-index.js';
import type { Paragraph, Removed, Stage } from '../model.js';
import { keepWordHashes, maxWords, wordHashesInto } from '../text/word-hashes.js';

/** Options of the in-article duplicate remover. */
export interface DuplicateBlockOptions {
  /** Dice over word bigrams at or above which two paragraphs are the same block. Default 0.8. */
  readonly nearThreshold?: number;
  /** Share of a paragraph's bigrams found earlier in the body for it to be a repeat. Default 0.9. */
  readonly containedThreshold?: number;
  /** Fewer words than this: removed only as an exact copy next to another removed copy. Default 5. */
  readonly minWords?: number;
  /**
   * Keep the word hashes of the kept paragraphs on the paragraph list for dedup (`keepWordHashes`). Default
   * false: only the jobs that dedup (clean, dedup) ask for them; a parse would pay for a copy it never reads.
   */
  readonly keepHashes?: boolean;
}

type Verdict = Omit<Removed, keyof Paragraph>;

/**
 * Removes blocks repeated inside one article (a body scraped twice, a paragraph pasted again, one word edited,
 * out of order): the first copy stays, later copies go to `removed` with `duplicateOf` and `similarity`.
 *
 * Exact copies are found by a key of the paragraph's word-hash sequence; near copies by counting the word bigrams
 * a paragraph shares with each earlier kept one through a shingle index, so a paragraph meets only the earlier
 * paragraphs it shares a bigram with, never all pairs.
 *
 * With `keepHashes`, the word hashes of the paragraphs it keeps stay on the article's paragraph list
 * (`keepWordHashes`): dedup takes them instead of hashing the same words again.
 */
export function removeDuplicateBlocks(options: DuplicateBlockOptions = {}): Stage {
  const near = options.nearThreshold ?? 0.8;
  const contained = options.containedThreshold ?? 0.9;
  const minWords = options.minWords ?? 5;
  const keep = options.keepHashes === true;
  // Scratch made once per stage and reused article after article (a stage runs one article at a time); it
  // holds nothing from one article to the next.
  const index = new ShingleIndex();
  // The word hashes of the article's paragraphs end to end (those of the kept ones, once done), room for a
  // 16,000-character body: growing is rare, so its code seldom runs cold.
  let words: Uint32Array = new Uint32Array(8192);
  let slots = new Int32Array(2048);
  let shared = new Int32Array(64);
  let touched = new Int32Array(64);
  let keptIndex = new Int32Array(64);
  let keptSize = new Int32Array(64);
  const filter = new RepeatFilter(near, contained, minWords);
  return (article, context) => {
    const list = article.paragraphs;
    const count = list.length;
    if (count < 2) return article;
    let room = 0;
    for (let p = 0; p < count; p++) {
      const { start, end } = list[p] as Paragraph;
      room += maxWords(start, end);
    }
    if (words.length < room) words = new Uint32Array(Math.max(room, words.length * 2));
    // Most articles repeat nothing: a cheap pass proves that no paragraph can get a verdict.
    if (filter.enabled) {
      const total = filter.wordsIfNoRepeat(list, context.source, words);
      if (total >= 0)
        return keep
          ? { ...article, paragraphs: keepWordHashes(list.slice(), words.slice(0, total)) }
          : article;
    }
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
    // The kept paragraphs' words so far: a paragraph's words go after them (and stay when it is kept).
    let total = 0;
    // Hashing over one string (the source) keeps the hashing loop on one string shape.
    const source = context.source;
    for (let p = 0; p < count; p++) {
      const { start, end } = list[p] as Paragraph;
      const paragraphRoom = maxWords(start, end);
      if (slots.length < paragraphRoom) slots = new Int32Array(Math.max(paragraphRoom, slots.length * 2));
      const n = wordHashesInto(source, words, start, end, total);
      // A key of the whole word sequence: two independent 32-bit chains (and the count).
      let a = 0x12345678;
      let b = 0x9abcdef0;
      for (let i = total; i < total + n; i++) {
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
      for (let i = total; i < total + shingles; i++) {
        // A bigram's hash: order-sensitive, one multiply (the index mixes it again for its slot).
        const h = shingleHash(words, i, n);
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
      total += n;
    }
    if (!verdicts)
      return keep ? { ...article, paragraphs: keepWordHashes(list.slice(), words.slice(0, total)) } : article;
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
    return {
      ...article,
      paragraphs: keep ? keepWordHashes(paragraphs, words.slice(0, total)) : paragraphs,
      removed,
    };
  };
}

/**
 * A necessary condition for any verdict, checked in one cheap pass over an article's shingles (the same ones
 * the index sees: word bigrams, or a lone word), so that the articles that repeat nothing (most) skip the
 * shingle index, the postings and the exact keys.
 *
 * Every verdict needs a paragraph (of `minWords` words or more: a shorter exact copy counts only next to a
 * removed one) of which a share `f` of the distinct shingles occur in earlier paragraphs: `f = contained` for a
 * repeated passage, `f = near / (2 - near)` for a near copy (Dice `2s / (u + v) >= near` with `s <= v` gives
 * `s >= u · near / (2 - near)`), 1 for an exact copy. So with C distinct shingles found earlier and U not,
 * `C >= U · f / (1 - f)`.
 *
 * The pass marks each shingle's slot in a small table (one hash per slot, collisions merging shingles) with the
 * paragraph that last touched it. For a paragraph, `covered` counts the shingle occurrences whose slot an
 * earlier paragraph had marked, at least C (every occurrence of a shingle found earlier lands on such a slot);
 * `fresh` counts the slots it marks first, at most U (each holds shingles found nowhere earlier, and distinct
 * slots are distinct shingles). A paragraph with `covered < fresh · f / (1 - f)` can get no verdict; an article
 * whose paragraphs all fail so keeps every paragraph. Collisions only make `covered` larger and `fresh` smaller,
 * so the test stays a proof; it only lets more articles through to the full comparison.
 */
class RepeatFilter {
  /** The table: per slot, 2 × (paragraph stamp) + 1 when an earlier paragraph had marked it. */
  private readonly marks = new Int32Array(1 << FILTER_BITS);
  /** The stamp of the next paragraph; stamps grow across articles, so old marks read as unmarked. */
  private stamp = 1;
  /** `f / (1 - f)`, with a margin for rounding; 0 when there is no usable bound. */
  private readonly ratio: number;
  readonly enabled: boolean;
  private readonly minWords: number;

  constructor(near: number, contained: number, minWords: number) {
    const f = Math.min(near / (2 - near), contained);
    this.enabled = f > 0 && f < 1 && near < 2;
    this.ratio = this.enabled ? (0.99 * f) / (1 - f) : 0;
    this.minWords = minWords;
  }

  /**
   * When no paragraph of `list` can be a repeat, the number of words of the list, their hashes written end to end
   * into `words` (at least the sum of the paragraphs' `maxWords` long); otherwise -1 (a paragraph may repeat).
   */
  wordsIfNoRepeat(list: readonly Paragraph[], source: string, words: Uint32Array): number {
    if (this.stamp + list.length >= 1 << 29) {
      this.marks.fill(0);
      this.stamp = 1;
    }
    const marks = this.marks;
    const first = 2 * this.stamp;
    let total = 0;
    for (let p = 0; p < list.length; p++) {
      const { start, end } = list[p] as Paragraph;
      const n = wordHashesInto(source, words, start, end, total);
      const own = 2 * this.stamp++;
      const shingles = n < 2 ? n : n - 1;
      let covered = 0;
      let fresh = 0;
      for (let i = total; i < total + shingles; i++) {
        const h = shingleHash(words, i, n);
        const slot = Math.imul(h, 0x85ebca6b) >>> (32 - FILTER_BITS);
        const mark = marks[slot] as number;
        if (mark === own + 1) covered++;
        else if (mark === own) continue;
        else if (mark >= first) {
          covered++;
          marks[slot] = own + 1;
        } else {
          fresh++;
          marks[slot] = own;
        }
      }
      if (n > 0 && n >= this.minWords && covered >= this.ratio * fresh) return -1;
      total += n;
    }
    return total;
  }
}

/**
 * The hash of shingle `i` (an index into `words`, where the paragraph's words may start past 0) of a paragraph
 * of `n` words: word `i` and the next (order-sensitive, one multiply), or
 * the lone word itself. One expression for both, whose only load that the lone word skips is `words[i + 1]` (a
 * load first made after the code was optimised throws that code away: `n < 2 ? words[0] : …` did, at the first
 * one-word paragraph).
 */
function shingleHash(words: Uint32Array, i: number, n: number): number {
  return (
    (Math.imul(words[i] as number, n < 2 ? 1 : BIGRAM_MULTIPLIER) ^
      (n < 2 ? 0 : (words[i + 1] as number))) >>>
    0
  );
}

const BIGRAM_MULTIPLIER = 0x9e3779b1 | 0;

/** Slots of the repeat filter's table: 8,192 (32 KB), a few per shingle of a long article. */
const FILTER_BITS = 13;

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
