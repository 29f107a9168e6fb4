import type { Language } from '../model.js';
import { type Candidate, francCandidates } from './franc.js';
import { emptyEvidence, type LanguageEvidence, makeEvidenceScorer } from './model.js';

/** Fewer letters than this is too short to decide: `und`. */
export const MIN_LETTERS = 10;
/** Fewer words than this is too short to decide: `und`. */
export const MIN_WORDS = 2;
/** Below this share of known words the text is probably none of ind/zsm/eng, and franc is asked. */
export const MIN_KNOWN = 0.45;
/** How far (in franc's relative score) ind, zsm or eng must trail franc's best for franc to decide. */
export const FRANC_MARGIN = 0.03;
const OURS = new Set(['ind', 'zsm', 'eng']);
/** Letters at which a decision reaches full confidence; shorter texts are discounted linearly. */
const FULL_CONFIDENCE_LETTERS = 150;

/** A language decision and how it was reached. */
export interface LanguageDecision extends Language {
  /** `model` (kliping's ind/zsm/eng model), `franc` (other languages), or `too-short`. */
  readonly method: 'model' | 'franc' | 'too-short';
  /** The confidence before the discount for short texts. */
  readonly probability: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** True when the evidence is too thin to decide anything. */
export function isTooShort(evidence: LanguageEvidence): boolean {
  // One long word of a script without spaces (Chinese, Thai) is enough; one Latin word is not.
  return evidence.letters < MIN_LETTERS || (evidence.words < MIN_WORDS && evidence.letters < 2 * MIN_LETTERS);
}

/** kliping's own decision among ind, zsm and eng, with a confidence discounted for short texts. */
export function decideByModel(evidence: LanguageEvidence): LanguageDecision {
  const length = Math.min(1, evidence.letters / FULL_CONFIDENCE_LETTERS);
  if (evidence.english > 0) {
    const p = sigmoid(evidence.english / 4);
    return { code: 'eng', confidence: round(p * length), method: 'model', probability: round(p) };
  }
  const malay = evidence.malay;
  // The English log-odds are large for real Malay-group text; a small margin lowers the confidence too.
  const notEnglish = sigmoid(-evidence.english / 4);
  const p = sigmoid(Math.abs(malay) / 2) * notEnglish;
  return {
    code: malay > 0 ? 'zsm' : 'ind',
    confidence: round(p * length),
    method: 'model',
    probability: round(p),
  };
}

/**
 * Decides the language of the evidence: `und` when too short; kliping's model when the words are mostly known
 * Indonesian, Malay or English; otherwise franc on a bounded sample of `sample()` (unless `sample` is null).
 */
export function decide(evidence: LanguageEvidence, sample: (() => string) | null): LanguageDecision {
  if (isTooShort(evidence)) return { code: 'und', confidence: 0, method: 'too-short', probability: 0 };
  const own = decideByModel(evidence);
  if (!sample || evidence.known >= MIN_KNOWN * evidence.words) return own;
  const candidates = francCandidates(sample());
  const best = candidates[0];
  if (!best || OURS.has(best.code)) return own;
  // franc tells ind/zsm from their neighbours poorly: it must beat them clearly to overrule the model.
  const ours = candidates.find((c) => OURS.has(c.code))?.score ?? 0;
  if (ours > 1 - FRANC_MARGIN) return own;
  const second = candidates[1]?.score ?? 0;
  const length = Math.min(1, evidence.letters / FULL_CONFIDENCE_LETTERS);
  const p = Math.min(0.99, 0.5 + (1 - second) * 2);
  return { code: best.code, confidence: round(p * length), method: 'franc', probability: round(p) };
}

/** What `explainLanguage` reports: the decision, the evidence and the ranked candidates of both steps. */
export interface LanguageExplanation {
  readonly decision: LanguageDecision;
  readonly letters: number;
  readonly words: number;
  /** Share of words known to kliping's model. */
  readonly known: number;
  /** kliping's model: probabilities of ind, zsm and eng. */
  readonly model: readonly Candidate[];
  /** franc on the bounded sample, restricted to FRANC_LANGUAGES (scores relative to the best). */
  readonly franc: readonly Candidate[];
}

/** Explains the language decision for a text: candidates and scores from both steps (for `--explain`). */
export function explainLanguage(text: string): LanguageExplanation {
  const evidence = emptyEvidence();
  makeEvidenceScorer(64)(text, 0, text.length, evidence);
  const english = sigmoid(evidence.english);
  const malay = sigmoid(evidence.malay);
  const model: Candidate[] = [
    { code: 'ind', score: round((1 - english) * (1 - malay)) },
    { code: 'zsm', score: round((1 - english) * malay) },
    { code: 'eng', score: round(english) },
  ].sort((a, b) => b.score - a.score);
  return {
    decision: decide(evidence, () => text),
    letters: evidence.letters,
    words: evidence.words,
    known: evidence.words ? round(evidence.known / evidence.words) : 0,
    model,
    franc: francCandidates(text),
  };
}
