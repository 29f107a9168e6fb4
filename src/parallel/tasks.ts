/**
 * The per-record work that runs in the main thread (`--jobs 1`) or in a worker thread: the same function
 * either way, so the output is byte-identical whatever the number of jobs.
 */
import { corpusInputOf } from '../dedup/article-input.js';
import type { CorpusInput } from '../dedup/corpus.js';
import {
  type ArticleInput,
  explainLanguage,
  failedArticle,
  type PipelineOptions,
  parseBatch,
} from '../index.js';
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
  /** The same line as UTF-8 with its newline, instead of `json`, when it came from a worker (`unpackResult`). */
  readonly jsonLine?: Uint8Array;
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
export function articleOf(record: InputRecord, options: PipelineOptions = {}): Article {
  return articlesOf([record], options)[0] as Article;
}

/** Turns input records into article records, in order, parsed stage by stage (see `parseBatch`). */
export function articlesOf(records: readonly InputRecord[], options: PipelineOptions = {}): Article[] {
  const inputs: ArticleInput[] = [];
  for (const record of records)
    if (!record.error && record.text !== null) inputs.push({ text: record.text, meta: record.meta });
  const parsed = parseBatch(inputs, options);
  let k = 0;
  return records.map((record) => {
    if (record.error || record.text === null) return failedArticle(record.meta, record.error ?? 'no text');
    const article = parsed[k++] as Article;
    const { diagnostics } = record;
    return diagnostics.length
      ? { ...article, diagnostics: [...diagnostics, ...article.diagnostics] }
      : article;
  });
}

/** A task over a batch of records: one result per record, in order; one record's failure stays its own. */
export type BatchTask = (records: readonly InputRecord[]) => TaskResult[];

/** Makes the batch function for a task: built once (pipelines, tables), then called per batch of records. */
export function makeBatchTask(spec: TaskSpec): BatchTask {
  const each = makeTask(spec);
  if (spec.kind === 'observe') return (records) => records.map((record) => safely(() => each(record)));
  const options = pipelineOptionsOf(spec);
  return (records) => {
    const results: TaskResult[] = [];
    // Stage by stage over a few records at a time: enough for the caches, few enough that each article's
    // intermediate objects die young (larger groups get promoted by the garbage collector and grow the heap).
    for (let from = 0; from < records.length; from += STAGE_GROUP) {
      const group = records.slice(from, from + STAGE_GROUP);
      let articles: Article[];
      try {
        articles = articlesOf(group, options);
      } catch {
        for (const record of group) results.push(safely(() => each(record)));
        continue;
      }
      group.forEach((record, i) => {
        results.push(safely(() => each(record, articles[i])));
      });
    }
    return results;
  };
}

/** The stages a task needs: `clean` without its line (dedup) needs only the clean body, not its language. */
function pipelineOptionsOf(spec: TaskSpec): PipelineOptions {
  if (spec.kind === 'clean') return spec.line === false ? { bodyOnly: true } : { cleanOnly: true };
  return { cleanOnly: spec.kind === 'article' && spec.cleanOnly === true };
}

/** Records parsed stage by stage at once. */
const STAGE_GROUP = 32;

function safely(run: () => TaskResult): TaskResult {
  try {
    return run();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Makes the function for a task: built once (pipelines, tables), then called per record, with the record's
 * article when it was already parsed (in a batch).
 */
export function makeTask(spec: TaskSpec): (record: InputRecord, parsed?: Article) => TaskResult {
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
    return (record, parsed) => {
      const article = parsed ?? articleOf(record, pipelineOptionsOf(spec));
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
  const options = pipelineOptionsOf(spec);
  return (record, parsed) => {
    const article = parsed ?? articleOf(record, options);
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
