import { decide, type LanguageDecision } from '../language/identify.js';
import { addEvidence, emptyEvidence, type LanguageEvidence, makeEvidenceScorer } from '../language/model.js';
import type { Diagnostic, Paragraph, Stage } from '../model.js';

export { explainLanguage } from '../language/identify.js';

/** Options for `detectLanguage`. */
export interface DetectLanguageOptions {
  /** Characters of title and body read at most, so that long articles cost no more than 3-KB ones. Default 6000. */
  readonly maxChars?: number;
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
  const minLetters = options.paragraphMinLetters ?? 40;
  const minProbability = options.paragraphMinProbability ?? 0.99;
  const score = makeEvidenceScorer();
  return (article, context) => {
    const { view } = context;
    const total = emptyEvidence();
    let budget = maxChars;
    if (article.title) {
      score(article.title, 0, Math.min(article.title.length, budget), total);
      budget -= article.title.length;
    }
    const own: Array<LanguageEvidence | null> = [];
    for (const p of article.paragraphs) {
      if (budget <= 0) break;
      const end = Math.min(p.end, p.start + budget);
      const evidence = emptyEvidence();
      score(view, p.start, end, evidence);
      budget -= end - p.start;
      addEvidence(total, evidence);
      own.push(evidence.letters >= minLetters ? evidence : null);
    }
    // Nothing kept (all boilerplate, or no body yet): judge the source itself rather than say nothing.
    if (total.letters < minLetters && article.paragraphs.length === 0 && !article.title) {
      score(view, 0, Math.min(view.length, maxChars), total);
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
    own.forEach((evidence, i) => {
      if (!evidence) return;
      const p = article.paragraphs[i] as Paragraph;
      // franc is slow: only for a few paragraphs whose words are mostly unknown to the model.
      const foreign =
        evidence.known < PARAGRAPH_FOREIGN * evidence.words && francCalls < MAX_FRANC_PARAGRAPHS;
      if (foreign) francCalls++;
      const d: LanguageDecision = decide(evidence, foreign ? () => view.slice(p.start, p.end) : null);
      if (d.code === decision.code || d.code === 'und' || d.probability < minProbability) return;
      // Indonesian against Malay on one paragraph is mostly the prior speaking, not evidence: not reported.
      if (MALAY_PAIR.has(d.code) && MALAY_PAIR.has(decision.code)) return;
      if (paragraphs === article.paragraphs) paragraphs = [...article.paragraphs];
      (paragraphs as Paragraph[])[i] = { ...p, language: d.code };
    });
    return { ...article, language, paragraphs };
  };
}
