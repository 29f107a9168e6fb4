import type { PlaceKind } from '../model.js';
import type { PlaceEntry } from './gazetteer.js';

/** Entity types, as the tagger names them. */
export type EntityType = 'PER' | 'LOC' | 'ORG';

/** A span that may name an entity, before mentions are merged into entities. Offsets into the source. */
export interface Candidate {
  /** `UNK`: a capitalised run that no rule could type; the tagger or the article's known names decide. */
  readonly type: EntityType | 'UNK';
  readonly start: number;
  readonly end: number;
  /** Titles before a person's name (`Bupati Kukar`). */
  readonly titles?: readonly string[];
  /** The place the gazetteer linked, or null for a place it does not know. */
  readonly place?: PlaceEntry | null;
  /** Kind announced by a prefix or a facility word when the gazetteer has no entry. */
  readonly kind?: PlaceKind;
  /** Expanded name for an organisation (`Pemerintah Provinsi Kalimantan Timur`) or a place. */
  readonly canonical?: string;
  /** The acronym this mention is, when it is one (`Kemensos`). */
  readonly acronym?: string;
  /** A rule's person that the tagger also tagged. */
  readonly confirmed?: boolean;
  /** Named inside a person's title (`Bupati Kukar`): a place known only this way is not listed. */
  readonly inTitle?: boolean;
  /** For an untyped run: it opens a sentence, follows a speech or person cue (`kata`), its word count. */
  readonly opens?: boolean;
  readonly afterCue?: boolean;
  readonly words?: number;
  /** Typed by a rule with lexical evidence (a prefix, a title, a lexicon entry), not by shape alone. */
  readonly strong: boolean;
}

/**
 * {@link makeCandidate} for a run that only its shape types (a person after an honorific, or untyped), from
 * plain values: no object of fields is made on the way.
 */
export function makeRun(
  type: 'PER' | 'UNK',
  start: number,
  end: number,
  strong: boolean,
  opens: boolean | undefined,
  afterCue: boolean | undefined,
  words: number | undefined,
): Candidate {
  return {
    type,
    start,
    end,
    titles: undefined,
    place: undefined,
    kind: undefined,
    canonical: undefined,
    acronym: undefined,
    confirmed: undefined,
    inTitle: undefined,
    opens,
    afterCue,
    words,
    strong,
  };
}

/** Makes a candidate with every field present (one object shape keeps the hot paths fast). */
export function makeCandidate(
  fields: Omit<Candidate, 'start' | 'end'>,
  start: number,
  end: number,
): Candidate {
  return {
    type: fields.type,
    start,
    end,
    titles: fields.titles,
    place: fields.place,
    kind: fields.kind,
    canonical: fields.canonical,
    acronym: fields.acronym,
    confirmed: fields.confirmed,
    inTitle: fields.inTitle,
    opens: fields.opens,
    afterCue: fields.afterCue,
    words: fields.words,
    strong: fields.strong,
  };
}

/**
 * `{ ...c, ...changes }` in the one shape of {@link makeCandidate} (a spread copy gets a map of its own, and
 * the code reading candidates would see several). Every field given in `changes` must be defined.
 */
export function changed(c: Candidate, changes: Partial<Candidate>): Candidate {
  return {
    type: changes.type !== undefined ? changes.type : c.type,
    start: changes.start !== undefined ? changes.start : c.start,
    end: changes.end !== undefined ? changes.end : c.end,
    titles: changes.titles !== undefined ? changes.titles : c.titles,
    place: changes.place !== undefined ? changes.place : c.place,
    kind: changes.kind !== undefined ? changes.kind : c.kind,
    canonical: changes.canonical !== undefined ? changes.canonical : c.canonical,
    acronym: changes.acronym !== undefined ? changes.acronym : c.acronym,
    confirmed: changes.confirmed !== undefined ? changes.confirmed : c.confirmed,
    inTitle: changes.inTitle !== undefined ? changes.inTitle : c.inTitle,
    opens: changes.opens !== undefined ? changes.opens : c.opens,
    afterCue: changes.afterCue !== undefined ? changes.afterCue : c.afterCue,
    words: changes.words !== undefined ? changes.words : c.words,
    strong: changes.strong !== undefined ? changes.strong : c.strong,
  };
}
