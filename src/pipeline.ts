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
  /** Stop once the body is clean, before language detection (all `dedup` needs). Implies `cleanOnly`. */
  readonly bodyOnly?: boolean;
}

/** A stage with the name it is known by in profiles and diagnostics. */
export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}

/**
 * The stages in order: the whole story of a parse.
 * Cleaning first (what is body and what is not), then language, then extraction over the kept body.
 */
export function makeNamedPipeline(options: PipelineOptions = {}): readonly NamedStage[] {
  const cleaning: NamedStage[] = [
    { name: 'split-lines', run: splitLines() }, // every non-empty line a candidate paragraph
    { name: 'find-title', run: findTitle() }, // the first line when it is a title, or a repeat of the given title
    { name: 'remove-boilerplate', run: removeBoilerplate() }, // font-size buttons, "Baca juga", ads, captions
    { name: 'extract-credits', run: extractCredits() }, // (zik), Editor: X, Penulis: X
    { name: 'extract-dateline', run: extractDateline() }, // TENGGARONG - / JAKARTA, KOMPAS.com -
    { name: 'split-paragraphs', run: splitParagraphs() }, // bodies that lost their line breaks
    // the body scraped twice, exact and near copies; the jobs that dedup keep the words' hashes for it
    {
      name: 'remove-duplicate-blocks',
      run: removeDuplicateBlocks({ keepHashes: options.bodyOnly === true || options.cleanOnly === true }),
    },
    { name: 'detect-language', run: detectLanguage() },
  ];
  if (options.bodyOnly) return cleaning.slice(0, -1);
  if (options.cleanOnly) return cleaning;
  return [
    ...cleaning,
    { name: 'infer-published-at', run: inferPublishedAt() }, // given, URL, dateline, text
    { name: 'extract-dates', run: extractDates() }, // resolved against publishedAt
    { name: 'extract-entities', run: extractEntities() }, // people, places, organisations
    { name: 'extract-quotes', run: extractQuotes() }, // speakers resolved through people
  ];
}

/** The stages in order, as plain functions. */
export function makePipeline(options: PipelineOptions = {}): readonly Stage[] {
  return makeNamedPipeline(options).map((stage) => stage.run);
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

/**
 * Runs the stages over several source texts stage by stage: every article through one stage before any goes
 * through the next, so each stage's tables stay in the processor's caches across the batch. Each article comes
 * out as `runPipeline` makes it; one that throws becomes `failed(meta, message)` and leaves the batch.
 */
export function runPipelineBatch(
  stages: readonly Stage[],
  inputs: readonly { readonly text: string; readonly meta?: ArticleMeta }[],
  failed: (meta: ArticleMeta, message: string) => Article,
): Article[] {
  const articles: Article[] = [];
  const contexts: (Context | null)[] = [];
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  for (const input of inputs) {
    try {
      const { article, context } = startArticle(input.text, input.meta);
      articles.push(article);
      contexts.push(context);
    } catch (error) {
      articles.push(failed(input.meta ?? {}, message(error)));
      contexts.push(null);
    }
  }
  for (const stage of stages) {
    for (let i = 0; i < articles.length; i++) {
      const context = contexts[i];
      if (!context) continue;
      try {
        articles[i] = stage(articles[i] as Article, context);
      } catch (error) {
        articles[i] = failed(inputs[i]?.meta ?? {}, message(error));
        contexts[i] = null;
      }
    }
  }
  return articles;
}

/** Runs the stages over one source text. */
export function runPipeline(stages: readonly Stage[], source: string, meta: ArticleMeta = {}): Article {
  let { article, context } = startArticle(source, meta);
  for (const stage of stages) article = stage(article, context);
  return article;
}
