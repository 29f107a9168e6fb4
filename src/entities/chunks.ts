import type { Lexicon } from './lexicon.js';
import { NAME_CONNECTORS } from './lexicon.js';
import { type Token, WORD_FLAGS } from './tokenize.js';

/** Most tokens in one chunk (a longer capitalised run, e.g. a page of title case, is cut into several). */
export const MAX_CHUNK_TOKENS = 48;

/**
 * Groups tokens into runs of capitalised words (`Bupati Kukar Rita Widyasari`), joined by white space only,
 * with name connectors inside (`Luthfi bin Yahya`, `Kementerian Pekerjaan Umum dan Perumahan Rakyat`)
 * and an honorific's period (`H. Ahmad`). Returns [first, last + 1) index pairs into `tokens`, flat:
 * `[first0, end0, first1, end1, …]`, in `out` when given (reused from call to call).
 */
export function findChunks(tokens: readonly Token[], lexicon: Lexicon, out: number[] = []): number[] {
  const chunks = out;
  let n = 0;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!first.isCapitalized) {
      i++;
      continue;
    }
    const isOrganization =
      (first.flags & WORD_FLAGS.ORGANIZATION_HEAD) !== 0 && lexicon.organizationHeads.has(first.text);
    let j = i + 1;
    // A run is cut at MAX_CHUNK_TOKENS: no name is that long, and the rules that scan a chunk stay linear.
    while (j < tokens.length && j - i < MAX_CHUNK_TOKENS) {
      const previous = tokens[j - 1] as Token;
      const token = tokens[j] as Token;
      const joined =
        token.joinsPrevious ||
        (previous.next === '.' &&
          token.start === previous.end + 2 &&
          (previous.flags & WORD_FLAGS.HONORIFIC) !== 0 &&
          lexicon.honorifics.has(previous.text));
      if (!joined) break;
      if (token.isCapitalized) {
        j++;
        continue;
      }
      // A lower-case connector stays only between two capitalised words.
      const after = tokens[j + 1];
      // `dan` joins parts of one organisation's name, not two names (`Pemprov Kaltim dan Pemerintah …`).
      const connects =
        ((token.flags & WORD_FLAGS.CONNECTOR) !== 0 && NAME_CONNECTORS.has(token.text)) ||
        (isOrganization && (token.text === 'dan' || token.text === 'untuk') && !startsName(after, lexicon));
      if (connects && after?.isCapitalized && after.joinsPrevious) j += 2;
      else break;
    }
    chunks[n++] = i;
    chunks[n++] = j;
    i = j;
  }
  if (chunks.length !== n) chunks.length = n;
  return chunks;
}

/** Whether a token opens a name of its own: an organisation head or a title word. */
function startsName(token: Token | undefined, lexicon: Lexicon): boolean {
  return (
    token !== undefined &&
    (((token.flags & WORD_FLAGS.ORGANIZATION_HEAD) !== 0 && lexicon.organizationHeads.has(token.text)) ||
      ((token.flags & WORD_FLAGS.TITLE) !== 0 && lexicon.titles.has(token.text)))
  );
}
