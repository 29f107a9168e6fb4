import type { Paragraph, Removed, Stage } from '../model.js';
import { sortedIntersectionSize } from '../text/similarity.js';
import { combineHashes, sequenceKey, wordHashes } from '../text/word-hashes.js';

/** Options of the in-article duplicate remover. */
export interface DuplicateBlockOptions {
  /** Dice over word bigrams at or above which two paragraphs are the same block. Default 0.8. */
  readonly nearThreshold?: number;
  /** Share of a paragraph's bigrams found earlier in the body for it to be a repeat. Default 0.9. */
  readonly containedThreshold?: number;
  /** Fewer words than this: removed only as an exact copy next to another removed copy. Default 5. */
  readonly minWords?: number;
}

interface Seen {
  readonly index: number;
  /** Sorted, unique hashed word bigrams. */
  readonly bigrams: Uint32Array;
}

/**
 * Removes blocks repeated inside one article (a body scraped twice, a paragraph pasted again, one word edited,
 * out of order): the first copy stays, later copies go to `removed` with `duplicateOf` and `similarity`.
 */
export function removeDuplicateBlocks(options: DuplicateBlockOptions = {}): Stage {
  const near = options.nearThreshold ?? 0.8;
  const contained = options.containedThreshold ?? 0.9;
  const minWords = options.minWords ?? 5;
  return (article) => {
    if (article.paragraphs.length < 2) return article;
    const kept: Seen[] = [];
    const byKey = new Map<string, number>();
    const verdicts: (Omit<Removed, keyof Paragraph> | null)[] = [];
    let previousRemoved = false;
    for (const [index, paragraph] of article.paragraphs.entries()) {
      const words = wordHashes(paragraph.text);
      const key = sequenceKey(words);
      const exact = byKey.get(key);
      if (exact !== undefined && words.length && (words.length >= minWords || previousRemoved)) {
        verdicts.push({ reason: 'duplicate', rule: 'exact-duplicate', duplicateOf: exact, similarity: 1 });
        previousRemoved = true;
        continue;
      }
      const bigrams = sortedBigrams(words);
      const verdict = words.length >= minWords ? nearVerdict(bigrams, kept, near, contained) : null;
      verdicts.push(verdict);
      previousRemoved = verdict !== null;
      if (verdict) continue;
      kept.push({ index, bigrams });
      if (!byKey.has(key)) byKey.set(key, index);
    }
    if (kept.length === article.paragraphs.length) return article;
    // duplicateOf points into the final `paragraphs` list.
    const finalIndex = new Map<number, number>();
    for (const [i, seen] of kept.entries()) finalIndex.set(seen.index, i);
    const paragraphs: Paragraph[] = [];
    const removed: Removed[] = [...article.removed];
    for (const [index, paragraph] of article.paragraphs.entries()) {
      const verdict = verdicts[index];
      if (!verdict) paragraphs.push(paragraph);
      else
        removed.push({
          ...paragraph,
          ...verdict,
          duplicateOf: finalIndex.get(verdict.duplicateOf ?? -1) ?? 0,
        });
    }
    return { ...article, paragraphs, removed };
  };
}

/** A near copy of one earlier paragraph, or a passage whose bigrams all earlier text already holds; else null. */
function nearVerdict(
  bigrams: Uint32Array,
  kept: readonly Seen[],
  near: number,
  contained: number,
): Omit<Removed, keyof Paragraph> | null {
  if (bigrams.length === 0) return null;
  let best: Seen | null = null;
  let bestShared = 0;
  let sumShared = 0;
  for (const seen of kept) {
    const shared = sortedIntersectionSize(bigrams, seen.bigrams);
    sumShared += shared;
    if (shared > bestShared) {
      best = seen;
      bestShared = shared;
    }
  }
  if (!best) return null;
  const bestDice = (2 * bestShared) / (bigrams.length + best.bigrams.length);
  if (bestDice >= near)
    return {
      reason: 'duplicate',
      rule: 'near-duplicate',
      duplicateOf: best.index,
      similarity: round(bestDice),
    };
  // The shared counts summed over earlier paragraphs bound the coverage from above: count exactly only when it may pass.
  if (sumShared < contained * bigrams.length) return null;
  let covered = 0;
  for (const b of bigrams) if (kept.some((seen) => hasSorted(seen.bigrams, b))) covered++;
  const coverage = covered / bigrams.length;
  if (coverage >= contained)
    return {
      reason: 'duplicate',
      rule: 'repeated-passage',
      duplicateOf: best.index,
      similarity: round(coverage),
    };
  return null;
}

/** Whether a sorted array holds a value (binary search). */
function hasSorted(values: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = values.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = values[mid] as number;
    if (x === value) return true;
    if (x < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Sorted unique bigram hashes of a word-hash sequence (a single word is its own shingle). */
function sortedBigrams(words: readonly number[]): Uint32Array {
  if (words.length < 2) return Uint32Array.from(words);
  const out = new Uint32Array(words.length - 1);
  for (let i = 0; i + 1 < words.length; i++)
    out[i] = combineHashes(words[i] as number, words[i + 1] as number);
  out.sort();
  let n = 1;
  for (let i = 1; i < out.length; i++) if (out[i] !== out[n - 1]) out[n++] = out[i] as number;
  return out.subarray(0, n);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
