import type { Paragraph, Removed, Stage } from '../model.js';
import { sortedIntersectionSize } from '../text/similarity.js';
import { bigramSet, sequenceKey, wordHashes } from '../text/word-hashes.js';

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
  // Dice >= near is only possible when the smaller set is at least this share of the larger.
  const sizeRatio = near / (2 - near);
  return (article) => {
    if (article.paragraphs.length < 2) return article;
    const kept: Seen[] = [];
    const byKey = new Map<string, number>();
    const everyBigram = new Set<number>();
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
      const verdict =
        words.length >= minWords ? nearVerdict(bigrams, kept, everyBigram, near, contained, sizeRatio) : null;
      verdicts.push(verdict);
      previousRemoved = verdict !== null;
      if (verdict) continue;
      kept.push({ index, bigrams });
      if (!byKey.has(key)) byKey.set(key, index);
      for (const b of bigrams) everyBigram.add(b);
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
  everyBigram: ReadonlySet<number>,
  near: number,
  contained: number,
  sizeRatio: number,
): Omit<Removed, keyof Paragraph> | null {
  if (bigrams.length === 0 || kept.length === 0) return null;
  let covered = 0;
  for (const b of bigrams) if (everyBigram.has(b)) covered++;
  if (covered === 0) return null;
  let best: Seen | null = null;
  let bestShared = 0;
  let bestDice = 0;
  for (const seen of kept) {
    const small = Math.min(seen.bigrams.length, bigrams.length);
    const large = Math.max(seen.bigrams.length, bigrams.length);
    const coverage = covered / bigrams.length;
    if (small < sizeRatio * large && coverage < contained) continue;
    const shared = sortedIntersectionSize(bigrams, seen.bigrams);
    if (shared > bestShared) {
      best = seen;
      bestShared = shared;
      bestDice = (2 * shared) / (bigrams.length + seen.bigrams.length);
    }
  }
  if (!best) return null;
  if (bestDice >= near)
    return {
      reason: 'duplicate',
      rule: 'near-duplicate',
      duplicateOf: best.index,
      similarity: round(bestDice),
    };
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

/** Sorted unique bigram hashes of a word-hash sequence (a single word is its own shingle). */
function sortedBigrams(words: readonly number[]): Uint32Array {
  const set = bigramSet(words);
  const out = Uint32Array.from(set);
  out.sort();
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
