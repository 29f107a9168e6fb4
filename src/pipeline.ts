import type { Article, ArticleMeta, Context, Stage } from './model.js';
import { viewOf } from './span.js';
import { detectLanguage } from './stages/detect-language.js';
import { extractCredits } from './stages/extract-credits.js';
import { extractDateline } from './stages/extract-dateline.js';
import { extractDates } from './stages/extract-dates.js';
import { extractEntities } from './stages/extract-entities.js';
import { extractQuotes } from './stages/extract-quotes.js';
import { findTitle } from './stages/find-title.js';
import { inferPublishedAt } from './stages/infer-published-at.js';
import { removeBoilerplate } from './stages/remove-boilerplate.js';
import { removeDuplicateBlocks } from './stages/remove-duplicate-blocks.js';
import { splitLines } from './stages/split-lines.js';
import { splitParagraphs } from './stages/split-paragraphs.js';

/** Options for the whole pipeline. */
export interface PipelineOptions {
  /** Skip entity, quote and date extraction (the `clean` job). Default false. */
  readonly cleanOnly?: boolean;
}

/**
 * The stages in order: the whole story of a parse.
 * Cleaning first (what is body and what is not), then language, then extraction over the kept body.
 */
export function makePipeline(options: PipelineOptions = {}): readonly Stage[] {
  const cleaning: Stage[] = [
    splitLines(), // every non-empty line a candidate paragraph
    findTitle(), // the first line when it is a title, or a repeat of the given title
    removeBoilerplate(), // font-size buttons, "Baca juga", ads, share prompts, captions
    extractCredits(), // (zik), Editor: X, Penulis: X
    extractDateline(), // TENGGARONG - / JAKARTA, KOMPAS.com -
    splitParagraphs(), // bodies that lost their line breaks
    removeDuplicateBlocks(), // the body scraped twice, exact and near copies
    detectLanguage(),
  ];
  if (options.cleanOnly) return cleaning;
  return [
    ...cleaning,
    inferPublishedAt(), // given, URL, dateline, text
    extractDates(), // resolved against publishedAt
    extractEntities(), // people, places, organisations
    extractQuotes(), // speakers resolved through people
  ];
}

/** Makes the empty article and its context for a source text. */
export function startArticle(source: string, meta: ArticleMeta = {}): { article: Article; context: Context } {
  const context: Context = { source, view: viewOf(source), meta };
  const article: Article = {
    id: meta.id ?? '',
    title: meta.title?.trim() || null,
    url: meta.url ?? null,
    publishedAt: null,
    publishedAtSource: null,
    dateline: null,
    language: { code: 'und', confidence: 0 },
    paragraphs: [],
    removed: [],
    credits: [],
    quotes: [],
    people: [],
    places: [],
    organizations: [],
    dates: [],
    diagnostics: [],
  };
  return { article, context };
}

/** Runs the stages over one source text. */
export function runPipeline(stages: readonly Stage[], source: string, meta: ArticleMeta = {}): Article {
  let { article, context } = startArticle(source, meta);
  for (const stage of stages) article = stage(article, context);
  return article;
}
