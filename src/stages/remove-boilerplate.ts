import { headlineEnd, isHeadlineLike } from '../cleaning/headline.js';
import { findJunction } from '../cleaning/junctions.js';
import { makeRuleMatcher, type RuleMatch } from '../cleaning/rule-matcher.js';
import { removedOf } from '../cleaning/spans.js';
import { BOILERPLATE_RULES, type BoilerplateRule } from '../data/boilerplate.js';
import { isOutletName } from '../data/outlets.js';
import type { Paragraph, Removed, Stage } from '../model.js';
import { trimmedSpan } from '../span.js';

/** Options for `removeBoilerplate`. */
export interface RemoveBoilerplateOptions {
  /** The rules to apply. Default: `BOILERPLATE_RULES` from `src/data/boilerplate.ts`. */
  readonly rules?: readonly BoilerplateRule[];
}

/** Characters after which an inline item starts a new sentence (`… kata dia. Baca juga: …`). */
const SENTENCE_END = /[.!?"”’')\]…:]/;

/** Whether an inline match at `at` in `text` begins a new sentence (or the text). */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\n')) i--;
  if (i < 0) return true;
  const c = text[i] as string;
  return SENTENCE_END.test(c) || (at === i + 1 && /\p{Ll}/u.test(c));
}

/** End (relative to `text`) of what a rule removes when its pattern matched `text[at, matchEnd)`. */
function extentEnd(rule: BoilerplateRule, text: string, at: number, matchEnd: number): number {
  switch (rule.extent) {
    case 'match':
      return matchEnd;
    case 'headline':
      return matchEnd >= text.length ? matchEnd : headlineEnd(text, matchEnd);
    case 'caption': {
      const junction = findJunction(text, Math.max(matchEnd, at + 1), text.length);
      return junction >= 0 ? junction : text.length;
    }
    default:
      return text.length;
  }
}

/**
 * Removes boilerplate (related links, ads, captions, trailers, prompts, embeds, scripts) from the body, whole
 * paragraphs or pieces glued into one, each recorded in `removed` with reason `boilerplate` and its rule id.
 */
export function removeBoilerplate(options: RemoveBoilerplateOptions = {}): Stage {
  const matcher = makeRuleMatcher(options.rules ?? BOILERPLATE_RULES);

  /** Whether a rule's match may stand: position, length and look-alike checks. */
  const acceptIn = (m: RuleMatch, text: string, first: boolean): number => {
    const { rule } = m;
    if (rule.notFirst && first) return -1;
    if (m.at > 0 && rule.inline === 'sentence' && !startsSentence(text, m.at)) return -1;
    if (rule.maxLength !== undefined && rule.extent === 'line' && text.length - m.at > rule.maxLength)
      return -1;
    if (rule.id === 'photo-credit' && isOutletName(text.slice(m.at, m.end).replace(/\s*[-–]$/, '')))
      return -1;
    const to = extentEnd(rule, text, m.at, m.end);
    if (rule.maxLength !== undefined && to - m.at > rule.maxLength) return -1;
    return to;
  };

  return (article, { source, view }) => {
    // Allocated on the first removal: most articles have little boilerplate, some none.
    let paragraphs: Paragraph[] | null = null;
    let removed: Removed[] | null = null;
    let listLeft = 0;
    const all = article.paragraphs;

    const remove = (start: number, end: number, rule: string): void => {
      const span = trimmedSpan(source, view, start, end);
      removed ??= article.removed.slice();
      if (span.end > span.start)
        removed.push({ text: span.text, start: span.start, end: span.end, reason: 'boilerplate', rule });
    };
    const keep = (start: number, end: number): void => {
      const span = trimmedSpan(source, view, start, end);
      if (span.end > span.start) (paragraphs as Paragraph[]).push(span);
    };
    // Where the text being examined is: `accept` reads it, so one closure serves every round.
    let text = '';
    let first = false;
    const accept = (m: RuleMatch): number => acceptIn(m, text, first);

    for (let index = 0; index < all.length; index++) {
      const paragraph = all[index] as Paragraph;
      if (listLeft > 0) {
        if (isHeadlineLike(paragraph.text)) {
          listLeft--;
          paragraphs ??= all.slice(0, index);
          removed ??= article.removed.slice();
          removed.push(removedOf(paragraph, 'boilerplate', 'baca-juga-box'));
          continue;
        }
        listLeft = 0;
      }
      // Examines the paragraph: each round removes one item (a rule at the start of what is left, else the
      // first inline item in it).
      first = index === 0;
      let start = paragraph.start;
      const end = paragraph.end;
      for (let guard = 0; start < end && guard < 64; guard++) {
        text = view.slice(start, end);
        const hit = matcher.atStart(text, accept) ?? matcher.inside(text, accept);
        if (!hit) break;
        paragraphs ??= all.slice(0, index);
        if (hit.at > 0) keep(start, start + hit.at);
        remove(start + hit.at, start + hit.to, hit.rule.id);
        if (hit.rule.extent === 'list') listLeft = 5;
        start += Math.max(hit.to, 1);
      }
      // Untouched paragraphs (the common case) keep their span object.
      if (start === paragraph.start) paragraphs?.push(paragraph);
      else keep(start, end);
    }
    if (removed === null || removed.length === article.removed.length) return article;
    return {
      ...article,
      paragraphs: paragraphs ?? all.slice(),
      removed,
      diagnostics: [...article.diagnostics],
    };
  };
}
