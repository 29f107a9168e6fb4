import { decide, type LanguageDecision, MIN_KNOWN } from '../language/identify.js';
import {
  addEvidence,
  emptyEvidence,
  emptyWordEvidence,
  type LanguageEvidence,
  makeEvidenceScorer,
  scoreWords,
  type WordEvidence,
} from '../language/model.js';
import type { Diagnostic, Paragraph, Stage } from '../model.js';

export { explainLanguage } from '../language/identify.js';

/** Options for `detectLanguage`. */
export interface DetectLanguageOptions {
  /** Characters of title and body read at most, so that long articles cost no more than 3-KB ones. Default 6000. */
  readonly maxChars?: number;
  /**
   * Letters of title and body that the article's decision reads (whole paragraphs, the last one cut at a word
   * end). Default 600: the decision is settled long before, and the rest is only scanned word by word.
   */
  readonly sampleLetters?: number;
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
 * Paragraphs outside the sample get a full decision only when their words alone point away from the article's
 * language: English word weights above this (in an ind/zsm article) or below its negative (in an English one).
 * On 31,207 paragraphs of the bench corpus, every one the full model calls English scores at least +15 here,
 * and 99 % of the Indonesian ones below -17: the margin costs a full decision on about 1 % of the paragraphs.
 */
const WORD_ENGLISH_MARGIN = -20;

/** True when the cheap evidence of a paragraph suggests a language other than the article's. */
function suspicious(words: WordEvidence, article: string): boolean {
  if (words.known < MIN_KNOWN * words.words) return true;
  if (MALAY_PAIR.has(article)) return words.english > WORD_ENGLISH_MARGIN;
  if (article === 'eng') return words.english < -WORD_ENGLISH_MARGIN;
  return true;
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
  const minLetters = options.paragraphMinLetters ?? 40;
  const minProbability = options.paragraphMinProbability ?? 0.99;
  const score = makeEvidenceScorer();
  const words = emptyWordEvidence();
  return (article, context) => {
    const { view } = context;
    const total = emptyEvidence();
    let budget = maxChars;
    if (article.title) {
      score(article.title, 0, Math.min(article.title.length, budget), total);
      budget -= article.title.length;
    }
    // The sample: whole paragraphs while fewer than sampleLetters letters are read, the last one cut after a
    // word. own[i] is a fully read paragraph's evidence (null when it was cut or lies beyond the sample).
    const own: Array<LanguageEvidence | null> = [];
    let sampled = 0; // paragraphs that the sample reached
    for (const p of article.paragraphs) {
      if (budget <= 0 || total.letters >= sampleLetters) break;
      // About 1.25 characters a letter; a cut paragraph ends at the end of a word.
      let end = Math.min(
        p.end,
        p.start + budget,
        p.start + Math.ceil((sampleLetters - total.letters) * 1.25),
      );
      while (end < p.end && end < p.start + budget && view.charCodeAt(end) > 32) end++;
      const evidence = emptyEvidence();
      score(view, p.start, end, evidence);
      budget -= end - p.start;
      addEvidence(total, evidence);
      own.push(end === p.end && evidence.letters >= minLetters ? evidence : null);
      sampled++;
    }
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
    budget = maxChars - (article.title?.length ?? 0);
    for (let i = 0; i < article.paragraphs.length && budget > 0; i++) {
      const p = article.paragraphs[i] as Paragraph;
      const end = Math.min(p.end, p.start + budget);
      budget -= end - p.start;
      let evidence = (i < sampled ? own[i] : null) ?? null;
      if (evidence === null) {
        if (end - p.start < minLetters) continue;
        // Outside the sample (or cut by it): a word-by-word look first, a full decision only when it is suspicious.
        scoreWords(view, p.start, end, words);
        if (words.letters < minLetters || !suspicious(words, decision.code)) continue;
        const full = emptyEvidence();
        score(view, p.start, end, full);
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
      (paragraphs as Paragraph[])[i] = { ...p, language: d.code };
    }
    return { ...article, language, paragraphs };
  };
}
