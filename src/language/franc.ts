import { francAll } from 'franc';

/**
 * The languages franc may answer for text that is not Indonesian, Malay or English: the languages of the
 * archipelago that franc knows, the region's neighbours and the languages most often quoted in the news.
 */
export const FRANC_LANGUAGES: readonly string[] = [
  'ind',
  'zlm',
  'eng',
  'jav',
  'sun',
  'min',
  'ban',
  'bug',
  'mad',
  'ace',
  'tgl',
  'nld',
  'arb',
  'cmn',
  'jpn',
  'kor',
  'tha',
  'vie',
  'fra',
  'deu',
  'spa',
  'por',
  'rus',
];

/** Longest sample handed to franc (characters): franc's cost grows with the sample. */
export const FRANC_SAMPLE = 400;

/** A candidate language with a score in 0..1 (1 for the best). */
export interface Candidate {
  readonly code: string;
  readonly score: number;
}

/** franc's ISO 639-3 code for Standard Malay is `zlm`; kliping reports `zsm`. */
const toKliping = (code: string): string => (code === 'zlm' ? 'zsm' : code);

/** Ranks the candidates of franc on a bounded sample, restricted to `only` (default FRANC_LANGUAGES). */
export function francCandidates(
  text: string,
  only: readonly string[] = FRANC_LANGUAGES,
  limit = 5,
): Candidate[] {
  const sample = text.length > FRANC_SAMPLE ? text.slice(0, FRANC_SAMPLE) : text;
  const ranked = francAll(sample, { only: [...only], minLength: 10 });
  const out: Candidate[] = [];
  for (const [code, score] of ranked) {
    if (code === 'und') break;
    out.push({ code: toKliping(code), score: Math.round(score * 1000) / 1000 });
    if (out.length >= limit) break;
  }
  return out;
}
