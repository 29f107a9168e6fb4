import type { Paragraph, Removed, Stage } from '../model.js';
import { dice } from '../text/similarity.js';
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
  readonly key: string;
  readonly shingles: Set<number>;
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
    const kept: Seen[] = [];
    const byKey = new Map<string, Seen>();
    const byShingle = new Map<number, Seen[]>();
    const verdicts: (Omit<Removed, keyof Paragraph> | null)[] = [];
    let previousRemoved = false;
    article.paragraphs.forEach((paragraph, index) => {
      const words = wordHashes(paragraph.text);
      const key = sequenceKey(words);
      const exact = byKey.get(key);
      if (exact && words.length && (words.length >= minWords || previousRemoved)) {
        verdicts.push({
          reason: 'duplicate',
          rule: 'exact-duplicate',
          duplicateOf: exact.index,
          similarity: 1,
        });
        previousRemoved = true;
        return;
      }
      const shingles = bigramSet(words);
      if (words.length >= minWords) {
        const match = bestMatch(shingles, byShingle);
        if (match && match.score >= near) {
          verdicts.push({
            reason: 'duplicate',
            rule: 'near-duplicate',
            duplicateOf: match.seen.index,
            similarity: round(match.score),
          });
          previousRemoved = true;
          return;
        }
        if (match && match.covered >= contained) {
          verdicts.push({
            reason: 'duplicate',
            rule: 'repeated-passage',
            duplicateOf: match.seen.index,
            similarity: round(match.covered),
          });
          previousRemoved = true;
          return;
        }
      }
      verdicts.push(null);
      previousRemoved = false;
      const seen: Seen = { index, key, shingles };
      kept.push(seen);
      if (!byKey.has(key)) byKey.set(key, seen);
      for (const s of shingles) {
        const list = byShingle.get(s);
        if (list) list.push(seen);
        else byShingle.set(s, [seen]);
      }
    });
    if (kept.length === article.paragraphs.length) return article;
    // duplicateOf points into the final `paragraphs` list.
    const finalIndex = new Map<number, number>();
    for (const [i, seen] of kept.entries()) finalIndex.set(seen.index, i);
    const paragraphs: Paragraph[] = [];
    const removed: Removed[] = [...article.removed];
    article.paragraphs.forEach((paragraph, index) => {
      const verdict = verdicts[index];
      if (!verdict) paragraphs.push(paragraph);
      else
        removed.push({
          ...paragraph,
          ...verdict,
          duplicateOf: finalIndex.get(verdict.duplicateOf ?? -1) ?? 0,
        });
    });
    return { ...article, paragraphs, removed };
  };
}

/** The earlier paragraph sharing most bigrams, its Dice score, and how much of the new one all earlier text covers. */
function bestMatch(
  shingles: Set<number>,
  byShingle: Map<number, Seen[]>,
): { seen: Seen; score: number; covered: number } | null {
  const shared = new Map<Seen, number>();
  let covered = 0;
  for (const s of shingles) {
    const list = byShingle.get(s);
    if (!list) continue;
    covered++;
    for (const seen of list) shared.set(seen, (shared.get(seen) ?? 0) + 1);
  }
  let best: Seen | null = null;
  let bestShared = 0;
  for (const [seen, n] of shared) {
    if (n > bestShared) {
      best = seen;
      bestShared = n;
    }
  }
  if (!best) return null;
  return {
    seen: best,
    score: dice(shingles, best.shingles),
    covered: shingles.size ? covered / shingles.size : 0,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
