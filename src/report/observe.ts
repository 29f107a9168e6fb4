/**
 * What `check` and `stats` learn from one input record: the cleaned body's size, language, removals,
 * diagnostics and dedup fingerprint — small, plain data that a worker thread can send back.
 */
import { canonicalUrl } from '../dedup/canonical-url.js';
import { type Fingerprint, makeFingerprinter } from '../dedup/fingerprint.js';
import { dedupSettings } from '../dedup/options.js';
import type { InputRecord } from '../io/read-records.js';
import type { Article, Stage } from '../model.js';
import { makePipeline, runPipeline } from '../pipeline.js';
import { inferPublishedAt } from '../stages/infer-published-at.js';

/** A removed block, cut short for the report's sample. */
export interface RemovedSample {
  readonly reason: string;
  readonly rule: string;
  readonly chars: number;
  /** At most 160 characters of the block. */
  readonly text: string;
}

/** One record as `check` and `stats` see it. */
export interface Observation {
  readonly id: string;
  readonly file: string;
  readonly line: number | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly hasDate: boolean;
  readonly language: string;
  /** Characters and words of the kept body. */
  readonly bodyChars: number;
  readonly bodyWords: number;
  /** Characters removed as boilerplate (reason `boilerplate`), and in all. */
  readonly boilerplateChars: number;
  readonly removedChars: number;
  readonly removed: readonly RemovedSample[];
  /** Rules of the input and pipeline diagnostics (e.g. `mojibake-repaired`). */
  readonly diagnostics: readonly string[];
  readonly fingerprint: Fingerprint | null;
  readonly error?: string;
  /** The whole file could not be read. */
  readonly unreadable?: boolean;
}

const SAMPLE_CHARS = 160;

/** Makes the observer: the cleaning pipeline, publication date inference and a dedup fingerprinter. */
export function makeObserver(): (record: InputRecord) => Observation {
  const stages: readonly Stage[] = [...makePipeline({ cleanOnly: true }), inferPublishedAt()];
  const settings = dedupSettings();
  let fingerprinter = makeFingerprinter(settings);
  let uses = 0;
  return (record) => {
    const base = {
      id: record.meta.id ?? String(record.index),
      file: record.file,
      line: record.line,
      title: record.meta.title ?? null,
      url: canonicalUrl(record.meta.url),
      hasDate: false,
      language: 'und',
      bodyChars: 0,
      bodyWords: 0,
      boilerplateChars: 0,
      removedChars: 0,
      removed: [],
      diagnostics: record.diagnostics.map((d) => d.rule),
      fingerprint: null,
    };
    if (record.error || record.text === null)
      return { ...base, error: record.error ?? 'no text', unreadable: record.unreadable };
    let article: Article;
    try {
      article = runPipeline(stages, record.text, record.meta);
    } catch (error) {
      return { ...base, error: error instanceof Error ? error.message : String(error) };
    }
    let bodyChars = 0;
    for (const p of article.paragraphs) bodyChars += p.end - p.start;
    let boilerplateChars = 0;
    let removedChars = 0;
    const removed: RemovedSample[] = [];
    for (const r of article.removed) {
      const chars = r.end - r.start;
      removedChars += chars;
      if (r.reason === 'boilerplate') boilerplateChars += chars;
      removed.push({
        reason: r.reason,
        rule: r.rule,
        chars,
        text: r.text.length > SAMPLE_CHARS ? `${r.text.slice(0, SAMPLE_CHARS - 1)}…` : r.text,
      });
    }
    // The fingerprinter keeps its fingerprints in one growing arena: a fresh one now and then lets the old
    // arena go, and the plain copy below is what crosses threads (a view would clone the whole arena).
    if (++uses > 256) {
      fingerprinter = makeFingerprinter(settings);
      uses = 1;
    }
    const fingerprint = plainFingerprint(fingerprinter.fingerprint(article.paragraphs.map((p) => p.text)));
    return {
      ...base,
      title: article.title,
      hasDate: article.publishedAt !== null,
      language: article.language.code,
      bodyChars,
      bodyWords: fingerprint.words,
      boilerplateChars,
      removedChars,
      removed,
      diagnostics: [...base.diagnostics, ...article.diagnostics.map((d) => d.rule)],
      fingerprint,
    };
  };
}

/** A compact, self-contained copy of a fingerprint: plain fields and typed arrays of their own. */
function plainFingerprint(f: Fingerprint): Fingerprint {
  return {
    words: f.words,
    exact: [f.exact[0], f.exact[1]],
    shingles: f.shingles.slice(),
    numbers: f.numbers.slice(),
    keys: f.keys.slice(),
  };
}
