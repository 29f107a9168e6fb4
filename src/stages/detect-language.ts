import { withLanguage } from '../cleaning/spans.js';
import { LANGID_MALAY_BIAS } from '../data/generated/langid-model.js';
import { decide, type LanguageDecision, MIN_KNOWN } from '../language/identify.js';
import {
  addEvidence,
  emptyEvidence,
  emptyLetterPairEvidence,
  type LanguageEvidence,
  type LetterPairEvidence,
  makeEvidenceScorer,
  makeLetterPairScorer,
} from '../language/model.js';
import type { Article, Diagnostic, Paragraph, Stage } from '../model.js';

export { explainLanguage } from '../language/identify.js';

/** Options for `detectLanguage`. */
export interface DetectLanguageOptions {
  /** Characters of title and body read at most, so that long articles cost no more than 3-KB ones. Default 6000. */
  readonly maxChars?: number;
  /**
   * Letters of title and body that the sample proper reads at most (whole paragraphs, the last one cut at a word
   * end), when the paragraphs' heads did not settle the decision. Default 600: a longer sample changes no
   * decision of a one-language article; the rest is only looked at by its letter pairs.
   */
  readonly sampleLetters?: number;
  /**
   * Letters of the paragraphs' heads (title left out, the last one cut at a word end) that the model reads first;
   * when that evidence is certain (log-odds of Malay beyond ±30 and of English beyond ±60), the article is
   * decided there. Default 150, from where a decision's confidence is no longer discounted.
   */
  readonly settleLetters?: number;
  /** A paragraph with fewer letters is never given its own language. Default 40. */
  readonly paragraphMinLetters?: number;
  /** Probability a paragraph's own decision needs to be reported where it differs. Default 0.99. */
  readonly paragraphMinProbability?: number;
}

/** A paragraph with fewer known words than this share may be in a language the model does not know. */
const PARAGRAPH_FOREIGN = 0.3;
const MALAY_PAIR = new Set(['ind', 'zsm']);
/** franc is asked about this many paragraphs of an article at most. */
const MAX_FRANC_PARAGRAPHS = 2;
/**
 * Paragraphs outside the sample get a full decision only when their letter pairs alone (the model's English
 * weights of its 1- and 2-grams) point away from the article's language: above this (in an ind/zsm article) or
 * below its negative (in an English one), or when a quarter of their letters are outside a–z. Every paragraph
 * that the full model calls English with 0.99 scores at least -16 there, among the bench corpus, lingua's
 * English and Malay sentences and 6,000 made-up paragraphs of an Indonesian lead-in or tail and an English
 * quote; 99 % of Indonesian news paragraphs score below -19 and only 1.5 % above the margin (rescanned).
 */
const PAIR_ENGLISH_MARGIN = -30;
/**
 * A decision from the paragraphs' heads alone stands only while fewer than 1 / QUICK_DOUBT of the letters of the
 * other paragraphs look like another language; otherwise the sample proper decides (an English post quoted at
 * the top of an Indonesian article).
 */
const QUICK_DOUBT = 3;
/**
 * The heads settle the decision when the Malay log-odds are at least this far from 0 and the English ones twice
 * as far (probability within 1e-6 of certainty), or English is above twice this. The first 150 letters of a news
 * article typically stand at Malay -80, English -2,000 (99.5 % of the bench articles settle there).
 */
const SETTLED_LOGIT = 30;

/** True when the letter pairs of a paragraph suggest a language other than the article's. */
function suspicious(pairs: LetterPairEvidence, article: string): boolean {
  if (4 * pairs.otherLetters > pairs.letters) return true;
  if (MALAY_PAIR.has(article)) return pairs.english > PAIR_ENGLISH_MARGIN;
  if (article === 'eng') return pairs.english < -PAIR_ENGLISH_MARGIN;
  return true;
}

/** True when the evidence leaves no doubt: more text would not change the decision. */
function settled(e: LanguageEvidence): boolean {
  if (e.known < MIN_KNOWN * e.words) return false;
  if (e.english >= 2 * SETTLED_LOGIT) return true;
  return e.english <= -2 * SETTLED_LOGIT && Math.abs(e.malay) >= SETTLED_LOGIT;
}

/** The article's sample: its evidence, and each fully read paragraph's own (null when cut or not reached). */
interface Sample {
  total: LanguageEvidence;
  own: Array<LanguageEvidence | null>;
}

/** Builds a bounded sample for franc: the first paragraphs, or the title. */
function sampleOf(view: string, paragraphs: readonly Paragraph[], title: string | null): string {
  let out = '';
  for (const p of paragraphs) {
    out += `${view.slice(p.start, Math.min(p.end, p.start + 400))}\n`;
    if (out.length >= 400) return out;
  }
  return out || title || '';
}

/**
 * Decides the article's language (`article.language`, ISO 639-3) from its title and kept paragraphs, and marks
 * the paragraphs that are confidently in another language (an English quote in an Indonesian article).
 * Too little text gives `und` and an info diagnostic `language-too-short`.
 */
export function detectLanguage(options: DetectLanguageOptions = {}): Stage {
  const maxChars = options.maxChars ?? 6000;
  const sampleLetters = options.sampleLetters ?? 600;
  const settleLetters = options.settleLetters ?? 150;
  const minLetters = options.paragraphMinLetters ?? 40;
  const minProbability = options.paragraphMinProbability ?? 0.99;
  const score = makeEvidenceScorer();
  const scorePairs = makeLetterPairScorer();
  const pairs = emptyLetterPairEvidence();
  /**
   * Reads paragraphs in order with the model until `letters` letters (the last one cut after a word, about
   * `perLetter` characters a letter), after the title when `withTitle`.
   */
  function readSample(
    view: string,
    article: Article,
    letters: number,
    withTitle: boolean,
    perLetter: number,
  ): Sample {
    const sample: Sample = { total: emptyEvidence(), own: [] };
    let budget = maxChars;
    if (article.title) {
      if (withTitle) score(article.title, 0, Math.min(article.title.length, budget), sample.total);
      budget -= article.title.length;
    }
    // Each stretch's evidence carries the model's bias (the prior towards Indonesian); the sample counts it once.
    let stretches = sample.total.words > 0 ? 1 : 0;
    for (const p of article.paragraphs) {
      if (budget <= 0 || sample.total.letters >= letters) break;
      let end = Math.min(
        p.end,
        p.start + budget,
        p.start + Math.ceil((letters - sample.total.letters) * perLetter),
      );
      while (end < p.end && end < p.start + budget && view.charCodeAt(end) > 32) end++;
      const evidence = emptyEvidence();
      score(view, p.start, end, evidence);
      budget -= end - p.start;
      addEvidence(sample.total, evidence);
      if (evidence.words > 0) stretches++;
      sample.own.push(end === p.end && evidence.letters >= minLetters ? evidence : null);
    }
    if (stretches > 1) sample.total.malay -= (stretches - 1) * LANGID_MALAY_BIAS;
    return sample;
  }

  /**
   * Decides the article from a sample and marks its paragraphs; null when `quick` and the paragraphs outside
   * the sample disagree with the decision too often to trust a sample that small.
   */
  function run(article: Article, view: string, sample: Sample, quick: boolean): Article | null {
    const { total, own } = sample;
    // Nothing kept (all boilerplate, or no body yet): judge the source itself rather than say nothing.
    if (total.letters < minLetters && article.paragraphs.length === 0 && !article.title) {
      score(view, 0, Math.min(view.length, maxChars, Math.ceil(sampleLetters * 1.25)), total);
    }
    const decision = decide(total, () => sampleOf(view, article.paragraphs, article.title));
    const language = { code: decision.code, confidence: decision.confidence };
    if (decision.code === 'und') {
      const diagnostic: Diagnostic = {
        severity: 'info',
        message: `too little text to tell the language (${total.letters} letters)`,
        rule: 'language-too-short',
      };
      return { ...article, language, diagnostics: [...article.diagnostics, diagnostic] };
    }
    let paragraphs = article.paragraphs;
    let francCalls = 0;
    let checked = 0; // letters of the paragraphs looked at by their letter pairs
    let doubtful = 0; // of them, letters of paragraphs whose pairs suggest another language
    let budget = maxChars - (article.title?.length ?? 0);
    for (let i = 0; i < article.paragraphs.length && budget > 0; i++) {
      const p = article.paragraphs[i] as Paragraph;
      const end = Math.min(p.end, p.start + budget);
      budget -= end - p.start;
      let evidence = own[i] ?? null;
      if (evidence === null) {
        if (end - p.start < minLetters) continue;
        // Outside the sample (or cut by it): its letter pairs first, a full decision only when suspicious.
        scorePairs(view, p.start, end, pairs);
        if (pairs.letters < minLetters) continue;
        checked += pairs.letters;
        if (!suspicious(pairs, decision.code)) continue;
        doubtful += pairs.letters;
        const full = emptyEvidence();
        score(view, p.start, end, full);
        if (full.letters < minLetters) continue;
        evidence = full;
      }
      // franc is slow: only for a few paragraphs whose words are mostly unknown to the model.
      const foreign =
        evidence.known < PARAGRAPH_FOREIGN * evidence.words && francCalls < MAX_FRANC_PARAGRAPHS;
      if (foreign) francCalls++;
      const d: LanguageDecision = decide(evidence, foreign ? () => view.slice(p.start, p.end) : null);
      if (d.code === decision.code || d.code === 'und' || d.probability < minProbability) continue;
      // Indonesian against Malay on one paragraph is mostly the prior speaking, not evidence: not reported.
      if (MALAY_PAIR.has(d.code) && MALAY_PAIR.has(decision.code)) continue;
      if (paragraphs === article.paragraphs) paragraphs = [...article.paragraphs];
      (paragraphs as Paragraph[])[i] = withLanguage(p, d.code);
    }
    if (quick && doubtful * QUICK_DOUBT > checked) return null;
    return { ...article, language, paragraphs };
  }

  return (article, context) => {
    const { view } = context;
    // First the heads of the paragraphs alone, up to settleLetters letters: most articles are settled there,
    // and the model reads nothing else unless a paragraph's letter pairs call for it.
    const head = readSample(view, article, settleLetters, false, 1.4);
    if (head.total.letters >= settleLetters && settled(head.total)) {
      const quick = run(article, view, head, true);
      if (quick) return quick;
    }
    // Not settled, or the rest disagrees: the sample proper, from the title on, up to sampleLetters letters.
    return run(article, view, readSample(view, article, sampleLetters, true, 1.25), false) as Article;
  };
}
