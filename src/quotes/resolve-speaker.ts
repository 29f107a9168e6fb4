import type { Article, Span } from '../model.js';
import type { Cue } from './read-cue.js';
import {
  endsWithDemonstrative,
  type FullName,
  fullerName,
  fullNameOf,
  isCapitalizedTitle,
  isObjectAt,
  isShortFormOfName,
  lastPronoun,
  NOT_NAME,
  nameFromWords,
  TITLE,
  wordsOf,
} from './read-name.js';
import { isUpperCode, isWordCode, sortSmall, wordEnd } from './text.js';

/** A resolved speaker: a name with the titles the article gives them, and the person's index or -1. */
export interface Speaker {
  readonly name: string;
  readonly titles: readonly string[];
  readonly person: number;
  /** Whether an organisation speaks (`kata Polri`); `dia` and `-nya` never point back to one. */
  readonly organization: boolean;
}

/** One mention of a person (`kind` 0) or an organisation (`kind` 1), by offsets. */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly kind: 0 | 1;
  readonly index: number;
  /** Whether another entity has a mention at the same place (`Lee` for two Lees). */
  shared: boolean;
}

/** How far before the verb a pronoun subject is looked for (`Ia pun kemudian menanyakan`), in characters. */
const PRONOUN_REACH = 60;

/** Longest mention considered when looking back for one that ends inside a range. */
const MAX_MENTION = 200;

/** Index of the last item starting before `pos` in a list sorted by start, or -1. */
function lastIndexBefore(list: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Calls `test` on each word of `view[from, end)` (as `wordsOf` reads them) until it returns true. */
function someWord(view: string, from: number, end: number, test: (s: number, e: number) => boolean): boolean {
  let i = from;
  while (i < end) {
    if (!isWordCode(view.charCodeAt(i))) {
      i++;
      continue;
    }
    const e = wordEnd(view, i, end);
    if (test(i, e)) return true;
    i = e;
  }
  return false;
}

/** Whether a capitalised word that is not a title comes in `view[from, end)`. */
function hasNameAfter(view: string, from: number, end: number): boolean {
  return someWord(view, from, end, (s, e) => {
    if (!isUpperCode(view.charCodeAt(s))) return false;
    const word = view.slice(s, e);
    return !NOT_NAME.has(word) && !TITLE.has(word);
  });
}

/** Whether a title word comes in `view[from, end)`: an organisation after it is part of a role (`Gubernur BI`). */
function hasTitleBefore(view: string, from: number, end: number): boolean {
  return someWord(view, from, end, (s, e) => {
    const word = view.slice(s, e);
    return TITLE.has(word) || isCapitalizedTitle(word);
  });
}

/** Whether `view[s, e)` holds a space. */
function hasSpace(view: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (view.charCodeAt(i) === 32) return true;
  return false;
}

/** Whether `word` is one of the pieces of `text.split(' ')`, without the array. */
function hasPiece(text: string, word: string): boolean {
  if (word.length > 0 && !word.includes(' ')) {
    // Where `word` occurs between spaces (or the ends): found by the built-in search.
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (
        (at === 0 || text.charCodeAt(at - 1) === 32) &&
        (end === text.length || text.charCodeAt(end) === 32)
      )
        return true;
    }
    return false;
  }
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf(' ', s);
    if (e < 0) e = text.length;
    if (e - s === word.length && text.startsWith(word, s)) return true;
    s = e + 1;
  }
  return false;
}

/** Where the last ` melalui ` inside `view[s, e)` starts, or -1 (`view.slice(s, e).lastIndexOf(' melalui ')`, plus `s`). */
function lastThrough(view: string, s: number, e: number): number {
  for (let j = e - 9; j >= s; j--) if (view.charCodeAt(j) === 32 && view.startsWith(' melalui ', j)) return j;
  return -1;
}

/** Adds `key → index` to a map, marking a key that two entities share with -1. */
function addKey(map: Map<string, number>, key: string, index: number): void {
  const prior = map.get(key);
  map.set(key, prior === undefined || prior === index ? index : -1);
}

/** Every mention of the article's people and organisations, sorted by offset, shared ones marked. */
function buildHits(article: Article): Hit[] {
  const hits: Hit[] = [];
  const { people, organizations } = article;
  for (let index = 0; index < people.length; index++) {
    for (const m of (people[index] as Article['people'][number]).mentions)
      hits.push({ start: m.start, end: m.end, kind: 0, index, shared: false });
  }
  for (let index = 0; index < organizations.length; index++) {
    for (const m of (organizations[index] as Article['organizations'][number]).mentions)
      hits.push({ start: m.start, end: m.end, kind: 1, index, shared: false });
  }
  sortSmall(hits, byOffsets);
  for (let k = 1; k < hits.length; k++) {
    const a = hits[k - 1] as Hit;
    const b = hits[k] as Hit;
    if (a.start === b.start && a.end === b.end && a.index !== b.index) {
      a.shared = true;
      b.shared = true;
    }
  }
  return hits;
}

const byOffsets = (a: Hit, b: Hit): number => a.start - b.start || a.end - b.end;

/** Calls `visit` on each piece of `text` between spaces, as `text.split(' ')` gives them, without the array. */
function eachPiece(text: string, index: number, visit: (piece: string, index: number) => void): void {
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf(' ', s);
    if (e < 0) e = text.length;
    visit(s === 0 && e === text.length ? text : text.slice(s, e), index);
    s = e + 1;
  }
}

/**
 * The person a name word or surface form (`Rita`, `Widyasari`, `Rita Widyasari`) is of, -1 when two people share
 * it as a word of their names: a person whose name or a mention is `key` takes it; else the people whose names or
 * mentions hold it as a word between spaces (`key` of two letters or more, no title). Read from the people each
 * time (a few look-ups an article), not from a map of every word.
 */
export function personOfWord(people: Article['people'], key: string): number | undefined {
  const asWord = key.length > 1 && !TITLE.has(key);
  let found: number | undefined;
  for (let index = 0; index < people.length; index++) {
    const p = people[index] as Article['people'][number];
    let whole = p.name === key;
    let piece = !whole && asWord && hasPiece(p.name, key);
    for (let k = 0; k < p.mentions.length && !whole; k++) {
      const text = (p.mentions[k] as Article['people'][number]['mentions'][number]).text;
      if (text === key) whole = true;
      else if (asWord && !piece) piece = hasPiece(text, key);
    }
    if (whole) found = index;
    else if (piece) found = found === undefined ? index : -1;
  }
  return found;
}

/** `personOfWord` for every word at once, for articles with many people (a map of every word of every form). */
export function buildPersonWords(people: Article['people']): Map<string, number> {
  const byWord = new Map<string, number>();
  const addWord = (word: string, index: number) => {
    if (word.length > 1 && !TITLE.has(word)) addKey(byWord, word, index);
  };
  const forms = new Set<string>();
  for (let index = 0; index < people.length; index++) {
    const p = people[index] as Article['people'][number];
    forms.clear();
    forms.add(p.name);
    for (const m of p.mentions) forms.add(m.text);
    for (const form of forms) {
      eachPiece(form, index, addWord);
      byWord.set(form, index);
    }
  }
  return byWord;
}

/** `organizationOfWord` for every word at once, for articles with many organisations. */
export function buildOrganizationWords(organizations: Article['organizations']): Map<string, number> {
  const orgByWord = new Map<string, number>();
  organizations.forEach((o, index) => {
    for (const m of o.mentions) orgByWord.set(m.text, index);
    orgByWord.set(o.name, index);
    if (o.acronym) orgByWord.set(o.acronym, index);
  });
  return orgByWord;
}

/**
 * Longest text of names and mentions (and most organisation forms) read word by word; beyond it the words go
 * into a map once, so that a long hostile article stays linear.
 */
const FEW_FORMS_TEXT = 2048;
const FEW_ORGANIZATION_FORMS = 64;

/** The names and mention texts of the people, one a line (a word in none of them is in no name). */
function peopleText(people: Article['people']): string {
  let text = '';
  for (const p of people) {
    text += `${p.name}\n`;
    for (const m of p.mentions) text += `${m.text}\n`;
  }
  return text;
}

/** The last organisation whose name, acronym or a mention is `key`. */
export function organizationOfWord(organizations: Article['organizations'], key: string): number | undefined {
  let found: number | undefined;
  for (let index = 0; index < organizations.length; index++) {
    const o = organizations[index] as Article['organizations'][number];
    if (o.name === key || o.acronym === key || o.mentions.some((m) => m.text === key)) found = index;
  }
  return found;
}

/** Each word of the names of people of many words to its person (-1 when two people share it). */
function buildInFullName(article: Article): Map<string, number> {
  const inFullName = new Map<string, number>();
  const addWord = (word: string, index: number) => addKey(inFullName, word, index);
  const people = article.people;
  for (let index = 0; index < people.length; index++) {
    const name = (people[index] as Article['people'][number]).name;
    if (name.includes(' ')) eachPiece(name, index, addWord);
  }
  return inFullName;
}

/** The people of many words, their names split for `isShortFormOfName`. */
function buildFullPeople(article: Article): { readonly index: number; readonly name: FullName }[] {
  const out: { index: number; name: FullName }[] = [];
  const people = article.people;
  for (let index = 0; index < people.length; index++) {
    const name = (people[index] as Article['people'][number]).name;
    if (name.includes(' ')) out.push({ index, name: fullNameOf(name) });
  }
  return out;
}

/** Whether `word` is two to four capitals A–Z (`/^[A-Z]{2,4}$/`): an acronym such as `BW`. */
function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 4) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Resolves the speaker words of cues against the article's people and organisations (their mentions'
 * offsets first, then their names' words and titles), falling back to the name as written in the cue.
 */
export class SpeakerResolver {
  private builtHits: Hit[] | null = null;
  private builtInFullName: Map<string, number> | null = null;
  private builtFullPeople: readonly { readonly index: number; readonly name: FullName }[] | null = null;
  // Caches, made when first needed (most articles need few of them).
  private fullestCache: Map<number, number> | null = null;
  private shortForms: Map<string, number | undefined> | null = null;
  private fullerCache: Map<string, string> | null = null;
  private personByWord: Map<string, number | undefined> | null = null;
  /** The people's names and mentions, one a line. */
  private peopleText: string | null = null;
  /** The maps of every word, for articles with many people or organisations. */
  private personWords: Map<string, number> | null = null;
  private organizationWords: Map<string, number> | null = null;
  /** How many names, acronyms and mentions the organisations have (-1: not counted yet). */
  private organizationForms = -1;

  constructor(
    private readonly article: Article,
    private readonly view: string,
    /** Spans inside quotation marks (sorted): mentions there are not the narrator's. */
    private readonly quoted: readonly Span[],
  ) {}

  private get hits(): Hit[] {
    if (!this.builtHits) this.builtHits = buildHits(this.article);
    return this.builtHits;
  }

  /** Each word of a many-word person's name to its person, -1 when shared. */
  private get inFullName(): Map<string, number> {
    if (!this.builtInFullName) this.builtInFullName = buildInFullName(this.article);
    return this.builtInFullName;
  }

  /** The people of many words, their names split (made only when a short form is looked for). */
  private get fullPeople(): readonly { readonly index: number; readonly name: FullName }[] {
    if (!this.builtFullPeople) this.builtFullPeople = buildFullPeople(this.article);
    return this.builtFullPeople;
  }

  /**
   * A person as speaker, by the fullest name the article gives: a short form's full-name person (`Jokowi` →
   * `Joko Widodo`), or a one-word name written out in full elsewhere (`Dwi` → `Dwi Pratikto`).
   */
  private person(short: number): Speaker {
    const index = this.fullest(short);
    const p = this.article.people[index];
    const name = p?.name ?? '';
    const full = name && !name.includes(' ') ? this.fuller(name) : name;
    return { name: full, titles: p?.titles ?? [], person: index, organization: false };
  }

  private org(index: number): Speaker {
    const name = this.article.organizations[index]?.name ?? '';
    return { name, titles: [], person: -1, organization: true };
  }

  /**
   * For a one-word person, the one other person of many words it is a short form of: a word of the full
   * name (`Luhut`), a word one letter away (the typo `Djuju`), the initials (`BW`), the start of the first
   * name (`Milo` for Milomir) or the first name blended with the start of the last (`Jokowi`).
   */
  private fullest(index: number): number {
    const name = this.article.people[index]?.name ?? '';
    if (name.includes(' ')) return index;
    this.fullestCache ??= new Map();
    let found = this.fullestCache.get(index);
    if (found === undefined) {
      const other = this.inFullName.get(name);
      found = other !== undefined ? (other >= 0 ? other : index) : (this.shortFormOf(name) ?? index);
      this.fullestCache.set(index, found);
    }
    return found;
  }

  /** The one person of many words that `word` is a short form of (`BW`, `Jokowi`), or undefined. */
  private shortFormOf(word: string): number | undefined {
    this.shortForms ??= new Map();
    if (this.shortForms.has(word)) return this.shortForms.get(word);
    let found: number | undefined;
    const acronym = isAcronym(word);
    // `isShortFormOfName` takes no word shorter than four letters but an acronym.
    const people = acronym || word.length >= 4 ? this.fullPeople : [];
    for (const { index: person, name } of people) {
      if (!isShortFormOfName(word, name, acronym)) continue;
      found = found === undefined ? person : -1;
      if (found < 0) break;
    }
    const result = found !== undefined && found >= 0 ? found : undefined;
    this.shortForms.set(word, result);
    return result;
  }

  /** Whether `[start, end)` overlaps a place or an organisation the article mentions. */
  private isPlaceOrOrganization(start: number, end: number): boolean {
    const overlaps = (e: { mentions: readonly { start: number; end: number }[] }) =>
      e.mentions.some((m) => m.start < end && m.end > start);
    return this.article.places.some(overlaps) || this.article.organizations.some(overlaps);
  }

  /** Whether `pos` lies inside quotation marks. */
  private isQuoted(pos: number): boolean {
    const q = this.quoted[lastIndexBefore(this.quoted, pos + 1)];
    return q !== undefined && q.start <= pos && pos < q.end;
  }

  /**
   * The person or organisation last mentioned in `[start, end)`, outside quotation marks. With `subject`,
   * mentions right after a verb or preposition (`mempersilakan Jokowi`, `kepada X`) are objects and skipped.
   */
  private lastHitIn(start: number, end: number, kind?: 0 | 1, subject = false): Hit | null {
    const hits = this.hits;
    for (let k = lastIndexBefore(hits, end); k >= 0; k--) {
      const h = hits[k];
      if (!h || h.end <= start) {
        if (h && h.start < start - MAX_MENTION) break;
        continue;
      }
      if (kind !== undefined && h.kind !== kind) continue;
      if (this.isQuoted(h.start) || (subject && isObjectAt(this.view, h.start, start))) continue;
      return h.shared ? this.disambiguate(h, k) : h.kind === 0 ? this.byLastFullMention(h, k) : h;
    }
    return null;
  }

  /** For a mention people share (`Lee`), the one whose own unshared mention came last before it. */
  private disambiguate(h: Hit, k: number): Hit {
    const hits = this.hits;
    const candidates = hits.filter((x) => x.start === h.start && x.end === h.end && x.kind === h.kind);
    for (let j = k - 1; j >= 0; j--) {
      const x = hits[j];
      if (x && !x.shared && x.kind === 0) {
        const match = candidates.find((c) => c.index === x.index);
        if (match) return match;
      }
    }
    return h;
  }

  /**
   * For a one-word mention that several people's names hold (`Lee` for Lee Kuan Yew and Lee Hsien Loong),
   * the person last mentioned in full before it.
   */
  private byLastFullMention(h: Hit, k: number): Hit {
    for (let i = h.start; i < h.end; i++) if (this.view.charCodeAt(i) === 32) return h;
    const word = this.view.slice(h.start, h.end);
    if (this.inFullName.get(word) !== -1) return h;
    const hits = this.hits;
    for (let j = k - 1; j >= 0; j--) {
      const x = hits[j];
      if (x?.kind !== 0 || x.end - x.start <= word.length) continue;
      const name = this.article.people[x.index]?.name ?? '';
      if (hasSpace(this.view, x.start, x.end) && hasPiece(name, word))
        return { ...x, start: h.start, end: h.end };
    }
    return h;
  }

  /** The person last named before `pos`, outside quotation marks, or null. */
  lastPersonBefore(pos: number): Speaker | null {
    const h = this.lastHitIn(0, pos, 0);
    return h ? this.person(h.index) : null;
  }

  /** Whether a person is mentioned in `[start, end)` outside quotation marks. */
  hasPersonIn(start: number, end: number): boolean {
    return this.lastHitIn(start, end, 0) !== null;
  }

  /** Resolves a cue's speaker words (`name` and `region` references); `pronoun` when they point back. */
  resolve(cue: Cue): Speaker | 'pronoun' | null {
    const { subjectStart: s, subjectEnd: e } = cue;
    if (cue.reference === 'description') {
      const named = this.lastHitIn(s, e, 0);
      return named ? this.person(named.index) : 'pronoun';
    }
    if (e <= s || (cue.reference !== 'name' && cue.reference !== 'region')) return null;
    const region = cue.reference === 'region';
    // `X melalui Y … menyampaikan`: Y is the one who spoke.
    const through = region ? lastThrough(this.view, s, e) : -1;
    if (through >= 0) return this.resolve({ ...cue, subjectStart: through + 9 });
    // A person named in the speaker words; an organisation only when nothing follows it (`kata Polri`),
    // not inside a title (`Kabid Humas Polda Sumut Kombes Pol Tatan Dirsan Atmaja`).
    const person = this.lastHitIn(s, e, 0, region);
    const org = person ? null : this.lastHitIn(s, e, 1, region);
    const speaks = org && !hasNameAfter(this.view, org.end, e) && !hasTitleBefore(this.view, s, org.start);
    const hit = person ?? (speaks ? org : null);
    // `Sedangkan untuk Momota, dia menyebut`: the word nearest the verb is its subject.
    if (lastPronoun(this.view, Math.max(s, e - PRONOUN_REACH), e) > (hit?.start ?? -1)) return 'pronoun';
    if (hit) return hit.kind === 0 ? this.person(hit.index) : this.org(hit.index);
    // `Menurut pria 40 tahun ini`: a description pointing back.
    if (region && endsWithDemonstrative(this.view, Math.max(s, e - 12), e)) return 'pronoun';
    const words = wordsOf(this.view, s, e);

    // A name word alone (`Rita`, `Budiharto`, `BW`), from the right; an organisation only as the last word.
    let last = true;
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k];
      if (!w?.name) continue;
      const text = this.view.slice(w.s, w.e);
      const p = this.personOf(text) ?? this.shortFormOf(text);
      if (p !== undefined && p >= 0) return this.person(p);
      const o = last && !hasTitleBefore(this.view, s, w.s) ? this.organizationOf(text) : undefined;
      if (o !== undefined) return this.org(o);
      if (!TITLE.has(text)) last = false;
    }
    const titled = this.byTitle(words, s);
    if (titled) return titled;
    const written = nameFromWords(this.view, words, region, (word) => this.fuller(word));
    // A name read from the cue that the entity stage knows as a place or an organisation (`kata Camat Bekasi
    // Timur`, `kata Kasat Lantas Polres Bogor`) names a role, not a person.
    if (written && this.isPlaceOrOrganization(written.start, written.end)) {
      // `wanita kelahiran Bandung`: a description of someone named before.
      return isUpperCode(this.view.charCodeAt(s)) ? null : 'pronoun';
    }
    return written && { name: written.name, titles: written.titles, person: -1, organization: false };
  }

  /** A title alone (`Kapolres`, `sang Bupati`): the person whose stated titles hold it, last named first. */
  private byTitle(words: ReturnType<typeof wordsOf>, before: number): Speaker | null {
    for (const w of words) {
      const text = this.view.slice(w.s, w.e);
      if (!w.name || !TITLE.has(text)) continue;
      let best = -1;
      let bestPos = -2;
      this.article.people.forEach((p, index) => {
        if (!p.titles.some((t) => hasPiece(t, text))) return;
        const last = p.mentions.reduce((m, x) => (x.start < before && x.start > m ? x.start : m), -1);
        if (last >= bestPos) {
          best = index;
          bestPos = last;
        }
      });
      if (best >= 0) return this.person(best);
    }
    return null;
  }

  /** `organizationOfWord` of the article's organisations (through a map when they are many). */
  private organizationOf(word: string): number | undefined {
    const organizations = this.article.organizations;
    if (this.organizationForms < 0) {
      this.organizationForms = 0;
      for (const o of organizations) this.organizationForms += o.mentions.length + 2;
    }
    if (this.organizationForms <= FEW_ORGANIZATION_FORMS) return organizationOfWord(organizations, word);
    this.organizationWords ??= buildOrganizationWords(organizations);
    return this.organizationWords.get(word);
  }

  /** `personOfWord` of the article's people, remembered. */
  private personOf(word: string): number | undefined {
    this.personByWord ??= new Map();
    if (this.personByWord.has(word)) return this.personByWord.get(word);
    const people = this.article.people;
    this.peopleText ??= peopleText(people);
    let found: number | undefined;
    if (this.peopleText.length > FEW_FORMS_TEXT) {
      this.personWords ??= buildPersonWords(people);
      found = this.personWords.get(word);
    } else if (word.length === 0 || this.peopleText.includes(word)) found = personOfWord(people, word);
    // (Else a word in no name or mention, as most title and place words: no one's, as one search tells.)
    this.personByWord.set(word, found);
    return found;
  }

  private fuller(word: string): string {
    this.fullerCache ??= new Map();
    let found = this.fullerCache.get(word);
    if (found === undefined) {
      found = fullerName(this.view, this.article.paragraphs, word);
      this.fullerCache.set(word, found);
    }
    return found;
  }
}
