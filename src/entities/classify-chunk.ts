import type { PlaceKind } from '../model.js';
import { type Candidate, makeCandidate } from './candidate.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { FACILITY_HEADS, PLACE_PREFIXES } from './lexicon.js';
import type { Token } from './tokenize.js';

/** What the chunk rules read besides the tokens. */
export interface ChunkContext {
  readonly view: string;
  readonly lexicon: Lexicon;
  readonly gazetteer: Gazetteer;
  /** Acronyms and short forms defined in this article (`Kukar` → its long form's candidate). */
  readonly defined: ReadonlyMap<string, Candidate>;
}

// A bare district or village name is a place only after one of these words (`di Tebet`, `ke Cawang`).
const LOCATIVES = new Set([
  'di',
  'ke',
  'dari',
  'kawasan',
  'daerah',
  'wilayah',
  'sekitar',
  'menuju',
  'arah',
  'hingga',
  'sampai',
  'asal',
  'dekat',
  'tujuan',
  'kecamatan',
  'kelurahan',
  'desa',
  'kampung',
  'perbatasan',
  'seputar',
]);
// Words after which an untyped capitalised run is a person (`kata Rita`, `menurut Dwi`).
const PERSON_CUES = new Set([
  'kata',
  'ujar',
  'ucap',
  'tutur',
  'jelas',
  'ungkap',
  'sebut',
  'tambah',
  'lanjut',
  'terang',
  'imbuh',
  'tegas',
  'papar',
  'menurut',
  'oleh',
  'pasangan',
  'bersama',
  'saudara',
  'sapaan',
  'akrab',
  'bernama',
  'kepada',
]);

const LAW_WORDS = new Set([
  'Peraturan',
  'Undang',
  'Undang-Undang',
  'UU',
  'Perpres',
  'Permen',
  'Perda',
  'Perppu',
  'Keputusan',
  'Keppres',
  'Instruksi',
  'Inpres',
  'Pasal',
  'Surat',
  'Nomor',
]);
const MAJOR: ReadonlySet<PlaceKind> = new Set([
  'country',
  'province',
  'world-city',
  'city',
  'regency',
  'region',
]);
const LEVEL_WORDS: Partial<Record<PlaceKind, string>> = {
  province: 'Provinsi',
  regency: 'Kabupaten',
  city: 'Kota',
};
const MAX_NAME_TOKENS = 5;
// Government bodies whose name ends in a place: `Pemprov Kaltim`, `Polda Sumut`, `DPRD Kabupaten Ende`.
const GOVERNMENT_HEAD = /^(Pem|Pol|DPRD|Kej|Kod|Dinas|Kantor|Balai)/;

const isClubHead = (t: Token): boolean => t.isUpper || /^Pers[a-z]{2,}$/.test(t.text);
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;
const isNumber = (t: Token): boolean => {
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57 && /^[\d.,-]+$/.test(t.text);
};

/** Title-cases an all-caps word of five letters or more so that `KOMISI` reads as `Komisi`. */
const wordOf = (token: Token): string =>
  token.isUpper && token.text.length >= 5 ? token.text[0] + token.text.slice(1).toLowerCase() : token.text;

/** Types the capitalised run `tokens[first, last)` and appends its candidates to `out`. */
export function classifyChunk(
  tokens: readonly Token[],
  first: number,
  last: number,
  context: ChunkContext,
  out: Candidate[],
): void {
  makeChunkClassifier(tokens, context, out)(first, last);
}

/**
 * Makes the chunk typer for one paragraph's tokens (its helpers are made once per paragraph, not per run):
 * call it with each capitalised run `[first, last)`; candidates go to `out`.
 */
export function makeChunkClassifier(
  tokens: readonly Token[],
  context: ChunkContext,
  out: Candidate[],
): (first: number, last: number) => void {
  const { view, lexicon, gazetteer, defined } = context;
  let first = 0;
  let last = 0;
  let afterLocative = false;
  const textOf = (a: number, b: number): string => {
    const raw = view.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end);
    return raw.includes('  ') || raw.includes('\n') ? raw.replace(/\s+/g, ' ') : raw;
  };
  const tokenAt = (k: number): Token => tokens[k] as Token;
  const isSpecial = (t: Token): boolean => {
    const w = wordOf(t);
    return (
      lexicon.titles.has(w) ||
      lexicon.organizationHeads.has(w) ||
      PLACE_PREFIXES.has(w) ||
      FACILITY_HEADS.has(w) ||
      lexicon.organizationFirstWords.has(w) ||
      defined.has(w) ||
      gazetteer.alias(w) !== undefined
    );
  };
  const isHead = (t: Token): boolean => {
    const w = wordOf(t);
    return lexicon.organizationHeads.has(w) || PLACE_PREFIXES.has(w) || FACILITY_HEADS.has(w);
  };
  const isPlainCommon = (t: Token): boolean => t.isCommon && !isSpecial(t);

  /** An address: the run is followed (after a comma at most) by a province, regency or city or a prefix. */
  function isBeforePlace(k: number): boolean {
    const next = tokens[k];
    if (!next?.isCapitalized || !/^,?\s*$/.test(view.slice(tokenAt(k - 1).end, next.start))) return false;
    if (PLACE_PREFIXES.has(next.text)) return true;
    if (!gazetteer.startsName(next.lower)) return false;
    for (let n = Math.min(3, tokens.length - k); n >= 1; n--) {
      const text = textOf(k, k + n);
      const entry = gazetteer.alias(text) ?? gazetteer.bare(text)[0];
      if (entry && (entry.kind === 'province' || entry.kind === 'city' || entry.kind === 'regency'))
        return true;
    }
    return false;
  }
  const placeAt = (
    a: number,
    b: number,
    minor: boolean,
  ): { length: number; entry: PlaceEntry } | undefined => {
    if (a >= b) return undefined;
    const known = gazetteer.startsName(tokenAt(a).lower);
    const village = minor && tokenAt(a).isCapitalized && !isPlainCommon(tokenAt(a));
    if (!known && !village) return undefined;
    for (let n = Math.min(MAX_NAME_TOKENS, b - a); n >= 1; n--) {
      const text = textOf(a, a + n);
      if (known) {
        const alias = gazetteer.alias(text);
        if (alias) return { length: n, entry: alias };
        for (const entry of gazetteer.bare(text)) {
          if (minor || MAJOR.has(entry.kind)) return { length: n, entry };
        }
      }
      if (village && n <= 3) {
        const village = gazetteer.village(text)[0];
        if (village) return { length: n, entry: village };
      }
    }
    return undefined;
  };
  const organizationAt = (
    a: number,
    b: number,
  ): { length: number; candidate: Omit<Candidate, 'start' | 'end'> } | undefined => {
    if (a >= b || (defined.size === 0 && !lexicon.organizationFirstWords.has(tokenAt(a).text)))
      return undefined;
    for (let n = Math.min(MAX_NAME_TOKENS, b - a); n >= 1; n--) {
      const text = textOf(a, a + n);
      const local = defined.get(text);
      if (local) return { length: n, candidate: local };
      const known = lexicon.organizations.get(text);
      if (known !== undefined) {
        const isAcronym = text !== known && !text.includes(' ');
        return {
          length: n,
          candidate: { type: 'ORG', canonical: known, strong: true, ...(isAcronym ? { acronym: text } : {}) },
        };
      }
    }
    return undefined;
  };
  const hints = (a: number, b: number) => {
    const previous = a > 0 ? tokenAt(a - 1) : undefined;
    const afterCue = previous !== undefined && PERSON_CUES.has(previous.lower);
    return { opens: tokenAt(a).opensSentence, afterCue, words: b - a };
  };
  const emit = (a: number, b: number, fields: Omit<Candidate, 'start' | 'end'>) => {
    out.push(makeCandidate(fields, tokenAt(a).start, tokenAt(b - 1).end));
  };
  const emitPlace = (a: number, b: number, entry: PlaceEntry | null, kind?: PlaceKind) =>
    emit(a, b, { type: 'LOC', place: entry, strong: true, kind });

  /** `Pemprov Kaltim` → `Pemerintah Provinsi Kalimantan Timur`: expands the head and a short place form. */
  const organizationName = (a: number, b: number): string => {
    if (b - a < 2 || !GOVERNMENT_HEAD.test(tokenAt(a).text)) return textOf(a, b);
    const head = lexicon.organizations.get(tokenAt(a).text) ?? tokenAt(a).text;
    let from = a + 1;
    let level = '';
    const levelKind = from < b ? PLACE_PREFIXES.get(tokenAt(from).text) : undefined;
    if (levelKind === 'province' || levelKind === 'regency' || levelKind === 'city') {
      level = tokenAt(from).text;
      from++;
    }
    if (from >= b) return textOf(a, b);
    const rest = textOf(from, b);
    const place =
      gazetteer.alias(rest) ??
      (placeAt(from, b, false)?.length === b - from ? gazetteer.bare(rest)[0] : undefined);
    if (!place) return `${head} ${textOf(a + 1, b)}`;
    const placeName = place.name.replace(/^(Kabupaten|Kota) /, '');
    const placeLevel = LEVEL_WORDS[place.kind];
    if (head === 'Pemerintah Daerah' && placeLevel) return `Pemerintah ${placeLevel} ${placeName}`;
    return `${head} ${level ? `${level} ` : ''}${placeName}`;
  };

  /** A title (`Bupati Kukar`, `Menteri Sosial`) and the name after it. */
  const titleRun = (a: number, b: number) => {
    let j = a + 1;
    while (j < b) {
      const t = tokenAt(j);
      const w = wordOf(t);
      if (lexicon.titles.has(w) || lexicon.titleContinuations.has(w) || ROMAN.test(w)) {
        j++;
        continue;
      }
      const organization = organizationAt(j, b);
      if (organization && !(organization.length === 1 && lexicon.organizationHeads.has(w) && j + 1 < b)) {
        emit(j, j + organization.length, organization.candidate);
        j += organization.length;
        continue;
      }
      const place = placeAt(j, b, false);
      if (place) {
        emit(j, j + place.length, { type: 'LOC', place: place.entry, strong: true, inTitle: true });
        j += place.length;
        continue;
      }
      if (lexicon.organizationHeads.has(w)) {
        // An organisation inside a title runs over common words and acronyms (`Korps Lalu Lintas`,
        // `PT Jasa Marga`); the name starts at the first word that is neither.
        let end = j + 1;
        while (
          end < b &&
          (isPlainCommon(tokenAt(end)) ||
            tokenAt(end).isUpper ||
            PLACE_PREFIXES.has(tokenAt(end).text) ||
            placeAt(end, end + 1, false))
        ) {
          end++;
        }
        if (end === j + 1 && end < b) end++;
        // Without a tagger to say where the name starts, leave at least two words for it (not over a rank).
        while (b - end > 2 && !lexicon.titles.has(wordOf(tokenAt(end)))) end++;
        const tail = findTail(j + 1, b);
        if (tail > 0) end = tail;
        // `Sekjen Partai Demokrasi Indonesia Perjuangan (PDI-P)`: a defined acronym closes the whole name.
        if (/^\s*\(/.test(view.slice(tokenAt(b - 1).end, tokenAt(b - 1).end + 3))) end = b;
        emit(j, end, { type: 'ORG', canonical: organizationName(j, end), strong: true });
        j = end;
        continue;
      }
      if (isPlainCommon(t) && !t.isUpper) {
        j++;
        continue;
      }
      // An unknown acronym inside a title is an organisation (`Kapten PSIS Semarang`), not the name.
      if (t.isUpper && j + 1 < b && !isNumber(t)) {
        const club = placeAt(j + 1, j + 2, false) && j + 2 === b;
        emit(j, club ? b : j + 1, { type: 'ORG', strong: false });
        j = club ? b : j + 1;
        continue;
      }
      break;
    }
    let k = j;
    while (k < b && lexicon.honorifics.has(tokenAt(k).text)) k++;
    if (k >= b || !/^\p{Lu}/u.test(tokenAt(k).text)) return;
    // A name does not hold an organisation's or a place's head word (`Relawan IT Badan Pemenangan Nasional`).
    for (let h = k; h < b; h++) {
      if (isHead(tokenAt(h))) {
        rest(h, b, false);
        return;
      }
    }
    emit(k, b, { type: 'PER', titles: [textOf(a, j)], strong: true });
  };

  /** End of an organisation closed by a tail word (`Lokataru Foundation`, `Amnesty International Indonesia`), or 0. */
  const findTail = (a: number, b: number): number => {
    for (let k = a; k < b; k++) {
      if (!lexicon.organizationTails.has(tokenAt(k).text)) continue;
      const place = placeAt(k + 1, b, false);
      return place && MAJOR.has(place.entry.kind) ? k + 1 + place.length : k + 1;
    }
    return 0;
  };

  /** `Jakarta-Amsterdam`, `Cawang-Kota Bekasi`: places joined by a hyphen; the tokens used when it emitted them. */
  const hyphenPlaces = (p: number, b: number, write: boolean): number => {
    const t = tokenAt(p);
    if (!t.text.includes('-')) return 0;
    // `ruas tol Jakarta-Cikampek` names the toll road.
    const previous = p > 0 ? tokenAt(p - 1) : undefined;
    if (p === first && previous && /^(tol|ruas)$/.test(previous.text) && t.joinsPrevious) {
      if (write)
        out.push({
          type: 'LOC',
          start: t.start,
          end: t.end,
          place: null,
          kind: 'locality',
          canonical: `Jalan Tol ${t.text}`,
          strong: true,
        });
      return 1;
    }
    const parts = t.text.split('-');
    const found: Array<[number, number, PlaceEntry | null, PlaceKind | undefined]> = [];
    let offset = t.start;
    let used = 1;
    let known = 0;
    for (const [index, part] of parts.entries()) {
      const at = offset;
      offset += part.length + 1;
      if (!/^\p{Lu}\p{Ll}/u.test(part)) return 0;
      const prefix = PLACE_PREFIXES.get(part);
      if (prefix && index === parts.length - 1 && p + 1 < b) {
        const entry = gazetteer.ofKind(prefix, tokenAt(p + 1).text)[0];
        if (!entry) return 0;
        found.push([at, tokenAt(p + 1).end, entry, prefix]);
        used = 2;
        known++;
        continue;
      }
      const entry = gazetteer.alias(part) ?? gazetteer.bare(part)[0] ?? gazetteer.village(part)[0];
      if (entry && MAJOR.has(entry.kind)) known++;
      found.push([at, at + part.length, entry ?? null, undefined]);
    }
    if (known === 0 || found.some(([, , entry]) => !entry)) return 0;
    for (const [start, end, entry, kind] of found) {
      if (write) out.push({ type: 'LOC', start, end, place: entry, strong: true, ...(kind ? { kind } : {}) });
    }
    return used;
  };

  /**
   * Where a facility's or an unknown place's name ends: before the next head or prefix (`Masjid Al Huda` |
   * `Kampung Bali`) or before a trailing known place (`Stasiun Pasar Senen` | `Jakarta Pusat`).
   */
  const nameEnd = (a: number, b: number): number => {
    let k = a;
    while (k < b && FACILITY_HEADS.has(tokenAt(k).text)) k++;
    if (k === b) return a;
    for (k++; k < b; k++) {
      const t = tokenAt(k);
      if (PLACE_PREFIXES.has(t.text)) return k;
      const place = placeAt(k, b, false);
      if (place && k + place.length === b && MAJOR.has(place.entry.kind) && place.entry.kind !== 'region')
        return k;
    }
    return b;
  };

  const rest = (a: number, b: number, honorific: boolean): void => {
    if (a >= b) return;
    const t = tokenAt(a);
    const w = wordOf(t);
    if (lexicon.titles.has(w) && b - a >= 2) {
      titleRun(a, b);
      return;
    }
    const kind = PLACE_PREFIXES.get(w);
    if (kind && b - a >= 2) {
      for (let n = Math.min(MAX_NAME_TOKENS, b - a - 1); n >= 1; n--) {
        const name = textOf(a + 1, a + 1 + n);
        const alias = n === 1 ? gazetteer.alias(name) : undefined;
        const found =
          alias && (alias.kind === kind || kind === 'regency' || kind === 'city')
            ? [alias]
            : kind === 'village'
              ? gazetteer.village(name)
              : gazetteer.ofKind(kind, name);
        if (found[0]) {
          emitPlace(a, a + 1 + n, found[0], kind);
          rest(a + 1 + n, b, false);
          return;
        }
      }
      const end = nameEnd(a + 1, b);
      emitPlace(a, end, null, kind);
      rest(end, b, false);
      return;
    }
    const whole = b - a;
    // A club: an unknown acronym or `Pers…` word before its city (`PSIS Semarang`, `Persija Jakarta`).
    if (
      whole === 2 &&
      isClubHead(t) &&
      !isSpecial(t) &&
      placeAt(a + 1, b, false) &&
      !placeAt(a, a + 1, false)
    ) {
      emit(a, b, { type: 'ORG', strong: true });
      return;
    }
    const wholePlace = placeAt(a, b, afterLocative && a === first);
    if (wholePlace?.length === whole) {
      emitPlace(a, b, wholePlace.entry);
      return;
    }
    if (w === 'Kantor' && whole >= 2) {
      rest(a + 1, b, false);
      return;
    }
    if (FACILITY_HEADS.has(w) && whole >= 2) {
      const end = nameEnd(a + 1, b);
      if (end > a + 1) emitPlace(a, end, null, 'locality');
      rest(end, b, false);
      return;
    }
    if (lexicon.organizationHeads.has(w) && whole >= 2) {
      emit(a, b, { type: 'ORG', canonical: organizationName(a, b), strong: true });
      return;
    }
    const tail = findTail(a + 1, b);
    if (tail > 0) {
      emit(a, tail, { type: 'ORG', strong: true });
      rest(tail, b, false);
      return;
    }
    // Known names inside the run; what is left between them stays untyped.
    let unknown = -1;
    const flush = (end: number) => {
      if (unknown < 0) return;
      let s = unknown;
      unknown = -1;
      if (tokenAt(s).opensSentence) while (s < end && isPlainCommon(tokenAt(s))) s++;
      while (s < end && isNumber(tokenAt(s))) s++;
      let e = end;
      while (e > s && isNumber(tokenAt(e - 1))) e--;
      if (s >= e) return;
      let allCommon = true;
      for (let k = s; k < e && allCommon; k++) allCommon = isPlainCommon(tokenAt(k));
      if (allCommon) return;
      const isPerson = honorific && s === a;
      // `Prabowo Subianto-Sandiaga Uno`: two names joined by a hyphen.
      for (let k = s; k < e && !isPerson; k++) {
        const t = tokenAt(k);
        const dash = t.text.indexOf('-');
        if (
          dash > 1 &&
          /^\p{Lu}\p{Ll}/u.test(t.text.slice(dash + 1)) &&
          /\p{Ll}$/u.test(t.text.slice(0, dash))
        ) {
          out.push({
            type: 'UNK',
            start: tokenAt(s).start,
            end: t.start + dash,
            strong: false,
            ...hints(s, k + 1),
          });
          out.push({
            type: 'UNK',
            start: t.start + dash + 1,
            end: tokenAt(e - 1).end,
            strong: false,
            words: e - k,
          });
          return;
        }
      }
      const person = isPerson && !lexicon.titles.has(tokenAt(s).text);
      const previous = s > 0 ? tokenAt(s - 1) : undefined;
      emit(s, e, {
        type: person ? 'PER' : 'UNK',
        strong: person,
        opens: tokenAt(s).opensSentence,
        afterCue: previous !== undefined && PERSON_CUES.has(previous.lower),
        words: e - s,
      });
    };
    let p = a;
    while (p < b) {
      const organization = organizationAt(p, b);
      const place = placeAt(p, b, afterLocative && p === first);
      if (organization && (!place || organization.length >= place.length)) {
        flush(p);
        emit(p, p + organization.length, organization.candidate);
        p += organization.length;
      } else if (place) {
        flush(p);
        const previous = out[out.length - 1];
        if (previous?.type === 'ORG' && p > a && previous.end === tokenAt(p - 1).end && unknown < 0) {
          // An organisation's branch: `DPD Hanura Sulsel`, `PN Jakarta Selatan` name one body.
          const placeName = place.entry.name.replace(/^(Kabupaten|Kota) /, '');
          out[out.length - 1] = makeCandidate(
            {
              ...previous,
              canonical: `${previous.canonical ?? view.slice(previous.start, previous.end)} ${placeName}`,
            },
            previous.start,
            tokenAt(p + place.length - 1).end,
          );
          p += place.length;
          continue;
        }
        // A place inside a longer run may belong to a longer name (`Kabinet Indonesia Bersatu`).
        const alone = p === a && p + place.length === b;
        emit(p, p + place.length, { type: 'LOC', place: place.entry, strong: alone });
        p += place.length;
      } else if (unknown < 0 && hyphenPlaces(p, b, false) > 0) {
        p += hyphenPlaces(p, b, true);
      } else if (p > a && lexicon.titles.has(wordOf(tokenAt(p))) && b - p >= 2) {
        flush(p);
        titleRun(p, b);
        return;
      } else if (p > a && b - p >= 2 && isHead(tokenAt(p))) {
        flush(p);
        rest(p, b, false);
        return;
      } else {
        if (unknown < 0) unknown = p;
        p++;
      }
    }
    flush(b);
  };

  return (chunkFirst, chunkLast) => {
    first = chunkFirst;
    last = chunkLast;
    let i = first;
    let honorific = false;
    while (i < last && lexicon.honorifics.has(tokenAt(i).text) && (tokenAt(i).next === '.' || i + 1 < last)) {
      honorific = true;
      i++;
    }
    if (i === first && tokenAt(i).opensSentence) {
      while (i < last && isPlainCommon(tokenAt(i))) i++;
    }
    // Laws and regulations are not organisations: `Peraturan Pemerintah Nomor 62 Tahun 1990`.
    if (i >= last || LAW_WORDS.has(tokenAt(i).text)) return;
    const before = first > 0 ? tokenAt(first - 1) : undefined;
    afterLocative =
      (before !== undefined && tokenAt(first).joinsPrevious && LOCATIVES.has(before.lower)) ||
      isBeforePlace(last);
    rest(i, last, honorific);
  };
}
