/**
 * `--explain`: the longest passage two bodies share, word for word (case and punctuation aside).
 */

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Words {
  readonly keys: string[];
  readonly starts: number[];
  readonly ends: number[];
}

function wordsOf(text: string): Words {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    keys.push(m[0].toLowerCase());
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { keys, starts, ends };
}

/** The longest run of words of `text` that `other` also has, as written in `text`, cut to `maxLength`. */
export function sharedPassage(text: string, other: string, maxLength = 400): string {
  const a = wordsOf(text);
  const b = wordsOf(other);
  // Positions of each word in `other`; a run grows while the next words also follow each other there.
  const positions = new Map<string, number[]>();
  b.keys.forEach((w, i) => {
    const list = positions.get(w);
    // A capped list keeps a text of one repeated word from making this quadratic.
    if (!list) positions.set(w, [i]);
    else if (list.length < 64) list.push(i);
  });
  let best = 0;
  let bestStart = 0;
  let previous = new Map<number, number>();
  for (let i = 0; i < a.keys.length; i++) {
    const current = new Map<number, number>();
    for (const j of positions.get(a.keys[i] as string) ?? []) {
      const run = (previous.get(j - 1) ?? 0) + 1;
      current.set(j, run);
      if (run > best) {
        best = run;
        bestStart = i - run + 1;
      }
    }
    previous = current;
  }
  if (best === 0) return '';
  const passage = text.slice(a.starts[bestStart], a.ends[bestStart + best - 1]);
  return passage.length > maxLength ? `${passage.slice(0, maxLength - 1)}…` : passage;
}
