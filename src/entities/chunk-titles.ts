import { findTail, organizationAt, organizationName } from './chunk-organizations.js';
import { placeAt } from './chunk-places.js';
import {
  type ChunkState,
  emit,
  isHead,
  isNumber,
  isPlainCommon,
  mayBe,
  ROMAN,
  textOf,
  tokenAt,
  wordOf,
} from './chunk-state.js';
import { PLACE_PREFIXES } from './lexicon.js';
import { WORD_FLAGS } from './tokenize.js';

/** Whether a word starting with this code may be a Roman numeral of {@link ROMAN} (`I`, `V`, `X`). */
const isRomanStart = (c: number): boolean => c === 73 || c === 86 || c === 88;

/** Types tokens `[a, b)` that hold no title (the general rules, given to {@link titleRun} to call back). */
export type RestOfRun = (s: ChunkState, a: number, b: number, honorific: boolean) => void;

/**
 * A title (`Bupati Kukar`, `Menteri Sosial`) at token `a` and the name after it: the organisations and
 * places inside the title are emitted, then the person with the title as written.
 */
export function titleRun(s: ChunkState, a: number, b: number, rest: RestOfRun): void {
  const { lexicon } = s;
  let j = a + 1;
  while (j < b) {
    const t = tokenAt(s, j);
    if (
      (mayBe(t, WORD_FLAGS.TITLE) &&
        (lexicon.titles.has(wordOf(t)) || lexicon.titleContinuations.has(wordOf(t)))) ||
      (isRomanStart(t.first) && t.end - t.start <= 4 && ROMAN.test(wordOf(t)))
    ) {
      j++;
      continue;
    }
    const organization = organizationAt(s, j, b);
    const organizationHead =
      mayBe(t, WORD_FLAGS.ORGANIZATION_HEAD) && lexicon.organizationHeads.has(wordOf(t));
    if (organization && !(organization.length === 1 && organizationHead && j + 1 < b)) {
      emit(s, j, j + organization.length, organization.candidate);
      j += organization.length;
      continue;
    }
    const place = placeAt(s, j, b, false);
    if (place) {
      emit(s, j, j + place.length, { type: 'LOC', place: place.entry, strong: true, inTitle: true });
      j += place.length;
      continue;
    }
    if (organizationHead) {
      j = organizationInTitle(s, j, b);
      continue;
    }
    if (isPlainCommon(s, t) && !t.isUpper) {
      j++;
      continue;
    }
    // An unknown acronym inside a title is an organisation (`Kapten PSIS Semarang`), not the name.
    if (t.isUpper && j + 1 < b && !isNumber(t)) {
      const club = placeAt(s, j + 1, j + 2, false) && j + 2 === b;
      emit(s, j, club ? b : j + 1, { type: 'ORG', strong: false });
      j = club ? b : j + 1;
      continue;
    }
    break;
  }
  let k = j;
  while (k < b && mayBe(tokenAt(s, k), WORD_FLAGS.HONORIFIC) && lexicon.honorifics.has(tokenAt(s, k).text))
    k++;
  if (k >= b || !/^\p{Lu}/u.test(tokenAt(s, k).text)) return;
  // A name does not hold an organisation's or a place's head word (`Relawan IT Badan Pemenangan Nasional`).
  for (let h = k; h < b; h++) {
    if (isHead(s, tokenAt(s, h))) {
      rest(s, h, b, false);
      return;
    }
  }
  emit(s, k, b, { type: 'PER', titles: [textOf(s, a, j)], strong: true });
}

/**
 * An organisation inside a title runs over common words and acronyms (`Korps Lalu Lintas`, `PT Jasa
 * Marga`); the name starts at the first word that is neither. Emits it and returns where it ends.
 */
function organizationInTitle(s: ChunkState, j: number, b: number): number {
  let end = j + 1;
  while (
    end < b &&
    (isPlainCommon(s, tokenAt(s, end)) ||
      tokenAt(s, end).isUpper ||
      (mayBe(tokenAt(s, end), WORD_FLAGS.PLACE_HEAD) && PLACE_PREFIXES.has(tokenAt(s, end).text)) ||
      placeAt(s, end, end + 1, false))
  ) {
    end++;
  }
  if (end === j + 1 && end < b) end++;
  // Without a tagger to say where the name starts, leave at least two words for it (not over a rank).
  while (
    b - end > 2 &&
    !(mayBe(tokenAt(s, end), WORD_FLAGS.TITLE) && s.lexicon.titles.has(wordOf(tokenAt(s, end))))
  )
    end++;
  const tail = findTail(s, j + 1, b);
  if (tail > 0) end = tail;
  // `Sekjen Partai Demokrasi Indonesia Perjuangan (PDI-P)`: a defined acronym closes the whole name.
  const last = tokenAt(s, b - 1).end;
  if (/^\s*\(/.test(s.view.slice(last, last + 3))) end = b;
  emit(s, j, end, { type: 'ORG', canonical: organizationName(s, j, end), strong: true });
  return end;
}
