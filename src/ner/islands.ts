import { GAZ_MAX_WORDS } from './gazetteer.js';
import { hashLower } from './hash.js';
import { TOKEN_CAPITAL as SHARED_CAPITAL, TOKEN_END as SHARED_END, type Tokens } from './tokenize.js';
import { GOLDEN as SHARED_GOLDEN } from './weights.js';

// This module's own copies (folded into the code; an imported binding is loaded at each use).
const TOKEN_CAPITAL = 1;
const TOKEN_END = 2;
const GOLDEN = 0x9e3779b1 | 0;
if (TOKEN_CAPITAL !== SHARED_CAPITAL || TOKEN_END !== SHARED_END || GOLDEN !== SHARED_GOLDEN)
  throw new Error('ner: islands constants differ');

/**
 * Where the tagger looks. A name needs a token that can begin one (a word starting with an upper-case
 * letter: a seed); the tagger scores only the tokens within `ISLAND_REACH` of a seed and tags every other
 * token O without scoring it. Islands closer than `ISLAND_MIN_GAP` tokens are joined. Decoding each island
 * on its own (entered from O, left into O) gives exactly the best tag sequence with the gaps held at O, so
 * the result differs from tagging every token only where the full search would put a name in a gap (on
 * news text: lower-case names such as `rumah dinas` three or more words from any capitalised word).
 */
export const ISLAND_REACH = 2;

/** Shortest gap kept between two islands; shorter gaps are scored with their islands. */
export const ISLAND_MIN_GAP = 4;

/** Tokens on each side of an island whose per-token values its features read (neighbours up to 2 away). */
export const ISLAND_MARGIN = Math.max(2, GAZ_MAX_WORDS - 1 - ISLAND_REACH);

// A gazetteer name begins at a seed and spans at most GAZ_MAX_WORDS tokens: one beginning before an island
// must not reach into it, so that the island's name features see only seeds of its own prepared range.
if (GAZ_MAX_WORDS >= ISLAND_MIN_GAP + ISLAND_REACH + 2) throw new Error('ner: islands too close for names');

/**
 * Function words that are capitalised only because they begin a sentence (`Namun`, `Menurut`, `Saya`): there
 * they begin no name, so they make no island (a name right after one still makes its own). Hand-kept, lower
 * case; no word that also heads names (`Rumah`, `Hari`, `Salah`, `Kali`, `Sang` are left out).
 */
const SENTENCE_OPENERS =
  'namun saya selain untuk di ia menurut dia sementara dalam hal ini saat kami pada mereka kalau meski dengan ' +
  'sebelumnya dari ada sedangkan sebagai jadi jika setelah karena itu bahkan kita adapun kemudian sebelum ' +
  'beberapa sehingga para berikut selama tak dan tapi yang sejak tidak jangan sebanyak kendati sebab nah ' +
  'berdasarkan ya bagi menurutnya seperti belum usai padahal lewat terlebih sampai secara pasalnya dilansir ' +
  'lalu sayangnya bukan artinya aku kebanyakan sekarang iya meskipun sejumlah tampak sejauh tetapi melalui ' +
  'inilah makanya sebagian semoga apa kini mungkin akan sudah selanjutnya awalnya nantinya tentu kepada mulai ' +
  'ketika anda agar atas rasanya pihaknya umumnya tepatnya hingga misalnya bisa atau ke hanya apakah oleh ' +
  'juga pun maka bila apabila walau walaupun sebenarnya tentunya yakni yaitu kemarin sedang masih telah harus ' +
  'begitu demikian tersebut karenanya lebih sangat paling hampir tanpa antara terhadap tentang menjadi dapat ' +
  'bahwa supaya sekitar baik';
const OPENER_BITS = 10;
/** The openers' lower-case hashes, open-addressed by their top bits (0 marks a free slot; no opener hashes to 0). */
const OPENERS = new Int32Array(1 << OPENER_BITS);
for (const word of SENTENCE_OPENERS.split(' ')) {
  const key = hashLower(word, 0, word.length);
  if (key === 0) throw new Error('ner: an opener hashes to 0');
  let slot = Math.imul(key, GOLDEN) >>> (32 - OPENER_BITS);
  while (OPENERS[slot] !== 0 && OPENERS[slot] !== key) slot = (slot + 1) & ((1 << OPENER_BITS) - 1);
  OPENERS[slot] = key;
}

/** True when `text[start, end)`, lower-cased, is a sentence opener. */
function isOpener(text: string, start: number, end: number): boolean {
  const key = hashLower(text, start, end);
  for (
    let slot = Math.imul(key, GOLDEN) >>> (32 - OPENER_BITS);
    ;
    slot = (slot + 1) & ((1 << OPENER_BITS) - 1)
  ) {
    const found = OPENERS[slot] as number;
    if (found === key) return true;
    if (found === 0) return false;
  }
}

/**
 * True when token `k` may begin a name: capitalised (the featurizer's flag), and not a function word opening a
 * sentence (after one of the single marks that end one, as the featurizer's sentence-start feature).
 */
export function isSeed(text: string, tokens: Tokens, k: number): boolean {
  const flags = tokens.flags;
  if (!((flags[k] as number) & TOKEN_CAPITAL)) return false;
  if (k > 0 && !((flags[k - 1] as number) & TOKEN_END)) return true;
  return !isOpener(text, tokens.starts[k] as number, tokens.ends[k] as number);
}

/**
 * The islands of a token window, four numbers each: `[a, b)` the tokens to score, `[lo, hi)` the tokens whose
 * per-token values those scores read (the island widened by `ISLAND_MARGIN` and out to whole glued chunks
 * such as `(MK)`). Islands whose ranges would overlap are joined, so every token is prepared at most once.
 */
export function findIslands(text: string, tokens: Tokens): number[] {
  const n = tokens.count;
  const { starts, ends, flags } = tokens;
  const out: number[] = [];
  let a = -1;
  let b = -1;
  // The flags of token k - 1 (before the first token: as after a sentence end), for `isSeed`'s test in line.
  let before = TOKEN_END;
  for (let k = 0; k <= n; k++) {
    if (k < n) {
      const f = flags[k] as number;
      const after = before;
      before = f;
      if (!(f & TOKEN_CAPITAL)) continue;
      if (after & TOKEN_END && isOpener(text, starts[k] as number, ends[k] as number)) continue;
    }
    const from = k < n ? Math.max(0, k - ISLAND_REACH) : n + ISLAND_MIN_GAP;
    if (a >= 0 && from - b < ISLAND_MIN_GAP) {
      b = Math.min(n, k + ISLAND_REACH + 1);
      continue;
    }
    if (a >= 0) {
      // Close [a, b): widen by the margin and out to chunk ends, joining the previous island on overlap.
      const last = out.length - 4;
      const prevHi = last >= 0 ? (out[last + 3] as number) : 0;
      let lo = Math.max(0, a - ISLAND_MARGIN);
      if (last >= 0 && lo < prevHi) {
        out[last + 1] = b;
      } else {
        // prevHi ends a chunk (or is 0), so this walk stops there at the latest.
        while (lo > 0 && ends[lo - 1] === starts[lo]) lo--;
        out.push(a, b, lo, prevHi);
      }
      const at = out.length - 4;
      let hi = Math.min(n, b + ISLAND_MARGIN);
      if (hi > (out[at + 3] as number)) {
        while (hi < n && ends[hi - 1] === starts[hi]) hi++;
        out[at + 3] = hi;
      }
    }
    if (k < n) {
      a = from;
      b = Math.min(n, k + ISLAND_REACH + 1);
    }
  }
  return out;
}
