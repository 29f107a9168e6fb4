import type { Article, ArticleMeta, Stage } from './model.js';
import {
  makePipeline,
  type PipelineOptions,
  runPipeline,
  runPipelineBatch,
  startArticle,
} from './pipeline.js';

export { explainLanguage } from './language/identify.js';
export type * from './model.js';
export { makePipeline, type PipelineOptions } from './pipeline.js';
export { type QuoteRecord, quoteRecords } from './quotes/quote-records.js';

const defaultStages = new Map<string, readonly Stage[]>();

function stagesFor(options: PipelineOptions): readonly Stage[] {
  const key = options.bodyOnly ? 'body' : options.cleanOnly ? 'clean' : 'parse';
  let stages = defaultStages.get(key);
  if (!stages) {
    stages = makePipeline(options);
    defaultStages.set(key, stages);
  }
  return stages;
}

/** Parses one article's text (plain text, or the text extracted from HTML) into a record. */
export function parseArticle(text: string, meta: ArticleMeta = {}, options: PipelineOptions = {}): Article {
  return runPipeline(stagesFor(options), text, meta);
}

/** One article to parse: its text and what is known about it. */
export interface ArticleInput {
  readonly text: string;
  readonly meta?: ArticleMeta;
}

/**
 * Parses a stream of articles lazily, one record per input, in order. An input that fails yields a record
 * with `error` set and the rest as far as it got, so nothing is silently dropped.
 */
export async function* parseArticles(
  inputs: AsyncIterable<ArticleInput> | Iterable<ArticleInput>,
  options: PipelineOptions = {},
): AsyncGenerator<Article> {
  for await (const input of inputs) yield safeParse(input.text, input.meta ?? {}, options);
}

/**
 * Parses several articles stage by stage: every article goes through one stage before any goes through the
 * next, so each stage's tables and code stay in the processor's caches across the batch (about a fifth less CPU
 * than article by article on 3-KB news). The records are those `safeParse` gives for each input, in order.
 */
export function parseBatch(inputs: readonly ArticleInput[], options: PipelineOptions = {}): Article[] {
  return runPipelineBatch(stagesFor(options), inputs, failedArticle);
}

/** Parses one article; a failure becomes a record with `error` rather than an exception. */
export function safeParse(text: string, meta: ArticleMeta, options: PipelineOptions = {}): Article {
  try {
    return parseArticle(text, meta, options);
  } catch (error) {
    return failedArticle(meta, error instanceof Error ? error.message : String(error));
  }
}

/** The record printed for an input that could not be processed. */
export function failedArticle(meta: ArticleMeta, error: string): Article {
  return { ...startArticle('', meta).article, error };
}
