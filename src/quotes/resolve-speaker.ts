import type { Article, Span } from '../model.js';
import type { Cue } from './read-cue.js';
import {
  DEMONSTRATIVE,
  type FullName,
  fullerName,
  fullNameOf,
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
    if (TITLE.has(word)) return true;
    const c = word.charCodeAt(0);
    // Upper-casing the first letter changes nothing for a capital, a digit or a mark: the word was checked.
    if (!(c >= 97 && c <= 122) && c < 128) return false;
    return TITLE.has(word.charAt(0).toUpperCase() + word.slice(1));
  });
}

/** Whether `view[s, e)` holds a space. */
function hasSpace(view: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (view.charCodeAt(i) === 32) return true;
  return false;
}

/** Whether `word` is one of the pieces of `text.split(' ')`, without the array. */
function hasPiece(text: string, word: string): boolean {
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

/** The article's names by word, built once per article when first needed. */
interface Words {
  /** A name word or surface form (`Rita`, `Widyasari`, `Rita Widyasari`) to its person, -1 when shared. */
  readonly byWord: Map<string, number>;
  readonly orgByWord: Map<string, number>;
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

function buildWords(article: Article): Words {
  const byWord = new Map<string, number>();
  const orgByWord = new Map<string, number>();
  const addWord = (word: string, index: number) => {
    if (word.length > 1 && !TITLE.has(word)) addKey(byWord, word, index);
  };
  const forms = new Set<string>();
  const people = article.people;
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
  article.organizations.forEach((o, index) => {
    for (const m of o.mentions) orgByWord.set(m.text, index);
    orgByWord.set(o.name, index);
    if (o.acronym) orgByWord.set(o.acronym, index);
  });
  return { byWord, orgByWord };
}

/** The people of many words: each word of their names to its person (-1 when shared), and the names split. */
interface FullNames {
  readonly inFullName: Map<string, number>;
  readonly people: readonly { readonly index: number; readonly name: FullName }[];
}

function buildFullNames(article: Article): FullNames {
  const inFullName = new Map<string, number>();
  const people: { index: number; name: FullName }[] = [];
  const addWord = (word: string, index: number) => addKey(inFullName, word, index);
  article.people.forEach((p, index) => {
    if (!p.name.includes(' ')) return;
    eachPiece(p.name, index, addWord);
    people.push({ index, name: fullNameOf(p.name) });
  });
  return { inFullName, people };
}

/**
 * Resolves the speaker words of cues against the article's people and organisations (their mentions'
 * offsets first, then their names' words and titles), falling back to the name as written in the cue.
 */
export class SpeakerResolver {
  private builtHits: Hit[] | null = null;
  private builtWords: Words | null = null;
  private builtFullNames: FullNames | null = null;
  // Caches, made when first needed (most articles need few of them).
  private fullestCache: Map<number, number> | null = null;
  private shortForms: Map<string, number | undefined> | null = null;
  private fullerCache: Map<string, string> | null = null;

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

  private get words(): Words {
    if (!this.builtWords) this.builtWords = buildWords(this.article);
    return this.builtWords;
  }

  private get fullNames(): FullNames {
    if (!this.builtFullNames) this.builtFullNames = buildFullNames(this.article);
    return this.builtFullNames;
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
      const other = this.fullNames.inFullName.get(name);
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
    const acronym = /^[A-Z]{2,4}$/.test(word);
    for (const { index: person, name } of this.fullNames.people) {
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
    if (this.fullNames.inFullName.get(word) !== -1) return h;
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
    if (region && DEMONSTRATIVE.test(this.view.slice(Math.max(s, e - 12), e))) return 'pronoun';
    const words = wordsOf(this.view, s, e);
    const { byWord, orgByWord } = this.words;
    // A name word alone (`Rita`, `Budiharto`, `BW`), from the right; an organisation only as the last word.
    let last = true;
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k];
      if (!w?.name) continue;
      const text = this.view.slice(w.s, w.e);
      const p = byWord.get(text) ?? this.shortFormOf(text);
      if (p !== undefined && p >= 0) return this.person(p);
      const o = last && !hasTitleBefore(this.view, s, w.s) ? orgByWord.get(text) : undefined;
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
        if (!p.titles.some((t) => t.split(' ').includes(text))) return;
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
