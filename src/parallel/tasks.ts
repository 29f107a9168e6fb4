/**
 * The per-record work that runs in the main thread (`--jobs 1`) or in a worker thread: the same function
 * either way, so the output is byte-identical whatever the number of jobs.
 */
import { corpusInputOf } from '../dedup/article-input.js';
import type { CorpusInput } from '../dedup/corpus.js';
import { explainLanguage, failedArticle, safeParse } from '../index.js';
import type { InputRecord } from '../io/read-records.js';
import type { Article } from '../model.js';
import { makeObserver, type Observation } from '../report/observe.js';

/** Which work to do on each record; plain data, so it can be sent to a worker. */
export type TaskSpec =
  /** The article record: as JSON text (`json`) or as an object too (`object`, main thread only). */
  | {
      readonly kind: 'article';
      readonly cleanOnly?: boolean;
      readonly keepObject?: boolean;
      /** Keep only articles in these languages (ISO 639-3); the rest are set aside. */
      readonly languages?: readonly string[];
      /** Add `languageExplanation` (the candidates and scores behind `language`) to each record. */
      readonly explainLanguage?: boolean;
    }
  /** What `check` and `stats` measure; articles in other `languages` (when given) are set aside. */
  | { readonly kind: 'observe'; readonly languages?: readonly string[] }
  /** What `clean` (and, without the line, `dedup`) needs of a record: the clean article line and the article
   * as dedup sees it. */
  | { readonly kind: 'clean'; readonly line?: boolean };

/** The result of one record. */
export interface TaskResult {
  /** The record's error, when it failed. */
  readonly error?: string;
  /** The article record as one line of JSON (kind `article`). */
  readonly json?: string;
  /** The article record itself (kind `article` with `keepObject`). */
  readonly article?: Article;
  /** Why the record was set aside (not an error: `--languages` filtered it out). */
  readonly setAside?: string;
  /** Kind `observe`. */
  readonly observation?: Observation;
  /** Kind `clean`: the article as dedup sees it (its clean paragraphs, canonical URL, site, date). */
  readonly corpusInput?: CorpusInput;
  /** Kind `clean`: the article's language. */
  readonly language?: Article['language'];
  /** Kind `clean`: the article's id (also when it failed). */
  readonly id?: string;
}

/** Turns one input record into an article record (a failed read becomes an error record). */
export function articleOf(record: InputRecord, cleanOnly = false): Article {
  if (record.error || record.text === null) return failedArticle(record.meta, record.error ?? 'no text');
  const article = safeParse(record.text, record.meta, { cleanOnly });
  if (!record.diagnostics.length) return article;
  return { ...article, diagnostics: [...record.diagnostics, ...article.diagnostics] };
}

/** Makes the function for a task: built once (pipelines, tables), then called per record. */
export function makeTask(spec: TaskSpec): (record: InputRecord) => TaskResult {
  const languages = spec.kind !== 'clean' && spec.languages?.length ? new Set(spec.languages) : null;
  const setAside = (code: string) =>
    languages && !languages.has(code) ? `language ${code} is not one of ${[...languages].join(',')}` : null;
  if (spec.kind === 'observe') {
    const observe = makeObserver();
    return (record) => {
      const observation = observe(record);
      if (observation.error !== undefined) return { observation, error: observation.error };
      const reason = setAside(observation.language);
      return reason === null ? { observation } : { setAside: reason };
    };
  }
  if (spec.kind === 'clean') {
    return (record) => {
      const article = articleOf(record, true);
      if (article.error !== undefined) return { id: article.id, error: article.error };
      const json =
        spec.line === false
          ? ''
          : JSON.stringify({ ...article, body: article.paragraphs.map((p) => p.text).join('\n\n') });
      return {
        json,
        corpusInput: corpusInputOf(article, `file:${record.file}`, record.meta.date),
        language: article.language,
        id: article.id,
      };
    };
  }
  const cleanOnly = spec.cleanOnly === true;
  return (record) => {
    const article = articleOf(record, cleanOnly);
    const reason = article.error === undefined ? setAside(article.language.code) : null;
    if (reason !== null) return { setAside: reason };
    const json = JSON.stringify(
      spec.explainLanguage && article.error === undefined
        ? {
            ...article,
            languageExplanation: explainLanguage(article.paragraphs.map((p) => p.text).join('\n')),
          }
        : article,
    );
    const result: TaskResult = spec.keepObject ? { json, article } : { json };
    return article.error === undefined ? result : { ...result, error: article.error };
  };
}

/** The part of an input record a worker needs (the rest stays in the main thread). */
export function wireRecord(record: InputRecord): InputRecord {
  return {
    file: record.file,
    line: record.line,
    index: record.index,
    text: record.text,
    meta: record.meta,
    diagnostics: record.diagnostics,
    ...(record.error === undefined ? {} : { error: record.error }),
    ...(record.unreadable ? { unreadable: true } : {}),
  };
}
