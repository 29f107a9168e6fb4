import { type Candidate, makeCandidate, makeRun } from './candidate.js';
import { findTail, organizationAt, organizationName } from './chunk-organizations.js';
import { hyphenPlaces, isBeforePlace, nameEnd, placeAt } from './chunk-places.js';
import {
  type ChunkContext,
  type ChunkState,
  emit,
  emitPlace,
  isClubHead,
  isHead,
  isNumber,
  isPlainCommon,
  isSpecial,
  MAX_NAME_TOKENS,
  mayBe,
  textOf,
  tokenAt,
  wordOf,
} from './chunk-state.js';
import { titleRun } from './chunk-titles.js';
import { LAW_WORDS, LOCATIVE_WORDS, PERSON_CUE_WORDS } from './cue-words.js';
import { FACILITY_HEADS, PLACE_PREFIXES } from './lexicon.js';
import { type Token, WORD_FLAGS } from './tokenize.js';

export type { ChunkContext } from './chunk-state.js';

/**
 * Makes the chunk typer for one article: call it with each paragraph's tokens, the output list and a
 * capitalised run `[first, last)`; candidates go to `out`. Its state is made once, not per run.
 */
export function makeChunkClassifier(
  context: ChunkContext,
): (tokens: readonly Token[], out: Candidate[], first: number, last: number) => void {
  const s: ChunkState = {
    view: context.view,
    lexicon: context.lexicon,
    gazetteer: context.gazetteer,
    defined: context.defined,
    definedHashes: context.definedHashes,
    special: context.special,
    tokens: [],
    out: [],
    first: 0,
    afterLocative: false,
    hashes: new Int32Array(MAX_NAME_TOKENS),
  };
  return (tokens, out, first, last) => {
    s.tokens = tokens;
    s.out = out;
    s.first = first;
    const { lexicon } = s;
    let i = first;
    let honorific = false;
    while (
      i < last &&
      mayBe(tokenAt(s, i), WORD_FLAGS.HONORIFIC) &&
      lexicon.honorifics.has(tokenAt(s, i).text) &&
      (tokenAt(s, i).next === '.' || i + 1 < last)
    ) {
      honorific = true;
      i++;
    }
    if (i === first && tokenAt(s, i).opensSentence) {
      while (i < last && isPlainCommon(s, tokenAt(s, i))) i++;
    }
    // Laws and regulations are not organisations: `Peraturan Pemerintah Nomor 62 Tahun 1990`.
    if (i >= last || (mayBe(tokenAt(s, i), WORD_FLAGS.LAW) && LAW_WORDS.has(tokenAt(s, i).text))) return;
    const before = first > 0 ? tokenAt(s, first - 1) : undefined;
    s.afterLocative =
      (before !== undefined &&
        tokenAt(s, first).joinsPrevious &&
        LOCATIVE_WORDS.has(s.view, before.start, before.end, before.hash)) ||
      isBeforePlace(s, last);
    rest(s, i, last, honorific);
  };
}

/** Types the capitalised run `tokens[first, last)` and appends its candidates to `out`. */
export function classifyChunk(
  tokens: readonly Token[],
  first: number,
  last: number,
  context: ChunkContext,
  out: Candidate[],
): void {
  makeChunkClassifier(context)(tokens, out, first, last);
}

/** Types tokens `[a, b)`: a title, a prefixed place, a club, a known place, a facility, an organisation, or names. */
function rest(s: ChunkState, a: number, b: number, honorific: boolean): void {
  if (a >= b) return;
  const { lexicon, gazetteer } = s;
  const t = tokenAt(s, a);
  // The word is made only when a list may hold it (`wordOf` keeps it once made).
  if (mayBe(t, WORD_FLAGS.TITLE) && lexicon.titles.has(wordOf(t)) && b - a >= 2) {
    titleRun(s, a, b, rest);
    return;
  }
  const placeHead = mayBe(t, WORD_FLAGS.PLACE_HEAD);
  const kind = placeHead ? PLACE_PREFIXES.get(wordOf(t)) : undefined;
  if (kind && b - a >= 2) {
    for (let n = Math.min(MAX_NAME_TOKENS, b - a - 1); n >= 1; n--) {
      const name = textOf(s, a + 1, a + 1 + n);
      const alias = n === 1 ? gazetteer.alias(name) : undefined;
      const found =
        alias && (alias.kind === kind || kind === 'regency' || kind === 'city')
          ? [alias]
          : kind === 'village'
            ? gazetteer.village(name)
            : gazetteer.ofKind(kind, name);
      if (found[0]) {
        emitPlace(s, a, a + 1 + n, found[0], kind);
        rest(s, a + 1 + n, b, false);
        return;
      }
    }
    const end = nameEnd(s, a + 1, b);
    emitPlace(s, a, end, null, kind);
    rest(s, end, b, false);
    return;
  }
  const whole = b - a;
  // A club: an unknown acronym or `Pers…` word before its city (`PSIS Semarang`, `Persija Jakarta`).
  if (
    whole === 2 &&
    isClubHead(t) &&
    !isSpecial(s, t) &&
    placeAt(s, a + 1, b, false) &&
    !placeAt(s, a, a + 1, false)
  ) {
    emit(s, a, b, { type: 'ORG', strong: true });
    return;
  }
  const wholePlace = placeAt(s, a, b, s.afterLocative && a === s.first);
  if (wholePlace?.length === whole) {
    emitPlace(s, a, b, wholePlace.entry);
    return;
  }
  if (t.first === 75 && t.end - t.start === 6 && wordOf(t) === 'Kantor' && whole >= 2) {
    rest(s, a + 1, b, false);
    return;
  }
  if (placeHead && FACILITY_HEADS.has(wordOf(t)) && whole >= 2) {
    const end = nameEnd(s, a + 1, b);
    if (end > a + 1) emitPlace(s, a, end, null, 'locality');
    rest(s, end, b, false);
    return;
  }
  if (mayBe(t, WORD_FLAGS.ORGANIZATION_HEAD) && lexicon.organizationHeads.has(wordOf(t)) && whole >= 2) {
    emit(s, a, b, { type: 'ORG', canonical: organizationName(s, a, b), strong: true });
    return;
  }
  const tail = findTail(s, a + 1, b);
  if (tail > 0) {
    emit(s, a, tail, { type: 'ORG', strong: true });
    rest(s, tail, b, false);
    return;
  }
  knownNames(s, a, b, honorific, wholePlace);
}

/** Known places and organisations inside the run `[a, b)`; what is left between them stays untyped. */
function knownNames(
  s: ChunkState,
  a: number,
  b: number,
  honorific: boolean,
  placeAtA: ReturnType<typeof placeAt>,
): void {
  const { lexicon, view, out } = s;
  let unknown = -1;
  let p = a;
  while (p < b) {
    const organization = organizationAt(s, p, b);
    // At `a` the caller has looked the place up already.
    const place = p === a ? placeAtA : placeAt(s, p, b, s.afterLocative && p === s.first);
    if (organization && (!place || organization.length >= place.length)) {
      if (unknown >= 0) untyped(s, unknown, p, honorific && unknown === a);
      unknown = -1;
      emit(s, p, p + organization.length, organization.candidate);
      p += organization.length;
    } else if (place) {
      if (unknown >= 0) untyped(s, unknown, p, honorific && unknown === a);
      unknown = -1;
      const previous = out[out.length - 1];
      if (previous?.type === 'ORG' && p > a && previous.end === tokenAt(s, p - 1).end) {
        // An organisation's branch: `DPD Hanura Sulsel`, `PN Jakarta Selatan` name one body.
        const placeName = place.entry.name.replace(/^(Kabupaten|Kota) /, '');
        out[out.length - 1] = makeCandidate(
          {
            ...previous,
            canonical: `${previous.canonical ?? view.slice(previous.start, previous.end)} ${placeName}`,
          },
          previous.start,
          tokenAt(s, p + place.length - 1).end,
        );
        p += place.length;
        continue;
      }
      // A place inside a longer run may belong to a longer name (`Kabinet Indonesia Bersatu`).
      const alone = p === a && p + place.length === b;
      emit(s, p, p + place.length, { type: 'LOC', place: place.entry, strong: alone });
      p += place.length;
    } else {
      // `Jakarta-Amsterdam`: looked up and emitted at once (nothing is emitted when it is no such pair).
      const hyphenated = unknown < 0 && tokenAt(s, p).hasDash ? hyphenPlaces(s, p, b, true) : 0;
      if (hyphenated > 0) p += hyphenated;
      else if (
        p > a &&
        mayBe(tokenAt(s, p), WORD_FLAGS.TITLE) &&
        lexicon.titles.has(wordOf(tokenAt(s, p))) &&
        b - p >= 2
      ) {
        if (unknown >= 0) untyped(s, unknown, p, honorific && unknown === a);
        titleRun(s, p, b, rest);
        return;
      } else if (p > a && b - p >= 2 && isHead(s, tokenAt(s, p))) {
        if (unknown >= 0) untyped(s, unknown, p, honorific && unknown === a);
        rest(s, p, b, false);
        return;
      } else {
        if (unknown < 0) unknown = p;
        p++;
      }
    }
  }
  if (unknown >= 0) untyped(s, unknown, b, honorific && unknown === a);
}

/** Emits the untyped words `[from, end)` (a person after an honorific), trimmed of openers and numbers. */
function untyped(s: ChunkState, from: number, end: number, afterHonorific: boolean): void {
  let start = from;
  if (tokenAt(s, start).opensSentence) while (start < end && isPlainCommon(s, tokenAt(s, start))) start++;
  while (start < end && isNumber(tokenAt(s, start))) start++;
  let e = end;
  while (e > start && isNumber(tokenAt(s, e - 1))) e--;
  if (start >= e) return;
  let allCommon = true;
  for (let k = start; k < e && allCommon; k++) allCommon = isPlainCommon(s, tokenAt(s, k));
  if (allCommon) return;
  const isPerson = afterHonorific && start === from;
  // `Prabowo Subianto-Sandiaga Uno`: two names joined by a hyphen.
  if (!isPerson && hyphenPair(s, start, e)) return;
  const person =
    isPerson && !(mayBe(tokenAt(s, start), WORD_FLAGS.TITLE) && s.lexicon.titles.has(tokenAt(s, start).text));
  s.out.push(
    makeRun(
      person ? 'PER' : 'UNK',
      tokenAt(s, start).start,
      tokenAt(s, e - 1).end,
      person,
      tokenAt(s, start).opensSentence,
      isAfterCue(s, start),
      e - start,
    ),
  );
}

/** `Prabowo Subianto-Sandiaga Uno`: two untyped runs for two names joined by a hyphen in `[start, e)`. */
function hyphenPair(s: ChunkState, start: number, e: number): boolean {
  for (let k = start; k < e; k++) {
    const t = tokenAt(s, k);
    if (!t.hasDash) continue;
    const dash = t.text.indexOf('-');
    if (dash > 1 && /^\p{Lu}\p{Ll}/u.test(t.text.slice(dash + 1)) && /\p{Ll}$/u.test(t.text.slice(0, dash))) {
      s.out.push(
        makeCandidate(
          {
            type: 'UNK',
            strong: false,
            opens: tokenAt(s, start).opensSentence,
            afterCue: isAfterCue(s, start),
            words: k + 1 - start,
          },
          tokenAt(s, start).start,
          t.start + dash,
        ),
      );
      s.out.push(
        makeCandidate(
          { type: 'UNK', strong: false, words: e - k },
          t.start + dash + 1,
          tokenAt(s, e - 1).end,
        ),
      );
      return true;
    }
  }
  return false;
}

const isAfterCue = (s: ChunkState, k: number): boolean => {
  if (k === 0) return false;
  const t = tokenAt(s, k - 1);
  return PERSON_CUE_WORDS.has(s.view, t.start, t.end, t.hash);
};
