/**
 * kliping's data model: the read-only records that stages exchange and the CLI prints.
 * Every span is `[start, end)` in UTF-16 code units into the article's source text, and
 * `source.slice(start, end) === text` always holds.
 */

/** A piece of the source text with its offsets. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A kept paragraph of the body. */
export interface Paragraph extends Span {
  /** ISO 639-3 code, set only where it confidently differs from the article's language. */
  readonly language?: string;
}

/** Why a span left the body. */
export type RemovalReason = 'boilerplate' | 'duplicate' | 'dateline' | 'credit' | 'title';

/** A span taken out of the body, with the reason and the rule that took it. */
export interface Removed extends Span {
  readonly reason: RemovalReason;
  /** Rule id, e.g. `font-size-buttons`, `baca-juga`, `near-duplicate`. */
  readonly rule: string;
  /** For duplicates: index in `paragraphs` of the copy that was kept. */
  readonly duplicateOf?: number;
  /** For near duplicates: similarity to the kept copy (0..1). */
  readonly similarity?: number;
}

/** The role a credit line names. */
export type CreditRole = 'editor' | 'author' | 'reporter' | 'photographer' | 'source' | 'contributor';

/** A credit (`(zik)`, `Editor: X`, `Penulis: X`) taken out of the body. */
export interface Credit extends Span {
  readonly role: CreditRole;
  readonly name: string;
}

/** One occurrence of an entity in the source text. */
export type Mention = Span;

/** A distinct person with every mention of them. */
export interface Person {
  /** The fullest form of the name found in the article. */
  readonly name: string;
  /** Titles and roles as stated, e.g. `Bupati Kukar`. */
  readonly titles: readonly string[];
  readonly mentions: readonly Mention[];
}

/** Kind of a place; Indonesian administrative levels first. */
export type PlaceKind =
  | 'country'
  | 'province'
  | 'regency'
  | 'city'
  | 'district'
  | 'village'
  | 'locality'
  | 'region'
  | 'world-city';

/** A distinct place, linked to Indonesia's 2025 administrative code when it is one. */
export interface Place {
  readonly name: string;
  readonly kind: PlaceKind;
  /** Administrative code (`64.02` for Kutai Kartanegara), or null. */
  readonly code: string | null;
  /** Short forms used in the article (`Kukar`). */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
}

/** A distinct organisation. */
export interface Organization {
  readonly name: string;
  /** Acronym used in the article (`Kemensos`), or null. */
  readonly acronym: string | null;
  readonly mentions: readonly Mention[];
}

/** How a quote is reported. */
export type QuoteKind = 'direct' | 'indirect';

/** A quotation: the words without their marks, the cue, and the speaker resolved to a full name. */
export interface Quote extends Span {
  /** Full canonical name of the speaker (a person or an organisation), or null. */
  readonly speaker: string | null;
  /** The speaker's titles as stated in the article. */
  readonly speakerTitles: readonly string[];
  /** The cue as written (`kata Rita Widyasari`, `tambahnya`), or null. */
  readonly cue: string | null;
  readonly cueStart: number | null;
  readonly cueEnd: number | null;
  readonly kind: QuoteKind;
}

/** What a date mention denotes. */
export type DateKind = 'date' | 'time' | 'duration' | 'set';

/** How a date's value was found. */
export type DateResolution = 'absolute' | 'relative' | 'year-inferred';

/** A date, time or duration expression with its ISO 8601 value. */
export interface DateMention extends Span {
  /** `2016-02-29`, `2016-02`, `2016`, `2016-02-29T10:00+07:00`, `P6Y`; null when not resolvable. */
  readonly value: string | null;
  readonly kind: DateKind;
  readonly resolution: DateResolution;
}

/** Where `publishedAt` came from. */
export type PublishedAtSource = 'given' | 'html-meta' | 'url' | 'dateline' | 'text' | null;

/** A language decision: ISO 639-3 code (`ind`, `zsm`, `eng`, …, or `und`) and a confidence in 0..1. */
export interface Language {
  readonly code: string;
  readonly confidence: number;
}

/** A message a stage reports about the input (never thrown). */
export interface Diagnostic {
  readonly severity: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly rule: string;
  readonly range?: readonly [number, number];
}

/** What is known about an article before it is parsed (from JSONL fields, HTML meta, the file name). */
export interface ArticleMeta {
  readonly id?: string;
  readonly title?: string | null;
  readonly url?: string | null;
  /** Publication date or datetime as given. */
  readonly date?: string | null;
  /** Where `date` came from when it was not a given field (e.g. `html-meta`). */
  readonly dateSource?: PublishedAtSource;
  /** Author as the page names it (HTML meta, JSON-LD), or null. */
  readonly author?: string | null;
}

/** The parsed article record, as the CLI prints it. */
export interface Article {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly publishedAtSource: PublishedAtSource;
  readonly dateline: string | null;
  readonly language: Language;
  readonly paragraphs: readonly Paragraph[];
  readonly removed: readonly Removed[];
  readonly credits: readonly Credit[];
  readonly quotes: readonly Quote[];
  readonly people: readonly Person[];
  readonly places: readonly Place[];
  readonly organizations: readonly Organization[];
  readonly dates: readonly DateMention[];
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the article could not be processed; the rest is as far as it got. */
  readonly error?: string;
}

/** The per-article state a stage reads besides the article. */
export interface Context {
  /** The source text all offsets point into. */
  readonly source: string;
  /**
   * The same text, same length, for matching: no-break and other spaces as ` `, `\r` as ` `,
   * curly quotes kept (stages recognise them). Offsets in `view` are offsets in `source`.
   */
  readonly view: string;
  readonly meta: ArticleMeta;
}

/** A stage: a pure function from an article to a new article. Options come in when the stage is made. */
export type Stage = (article: Article, context: Context) => Article;
