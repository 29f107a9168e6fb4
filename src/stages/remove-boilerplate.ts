import { headlineEnd, isHeadlineLike } from '../cleaning/headline.js';
import { findJunction } from '../cleaning/junctions.js';
import { makeRuleMatcher, type RuleMatch } from '../cleaning/rule-matcher.js';
import { BOILERPLATE_RULES, type BoilerplateRule } from '../data/boilerplate.js';
import { isOutletName } from '../data/outlets.js';
import type { Diagnostic, Paragraph, Removed, Stage } from '../model.js';
import { trimmedSpan } from '../span.js';

/** Options for `removeBoilerplate`. */
export interface RemoveBoilerplateOptions {
  /** The rules to apply. Default: `BOILERPLATE_RULES` from `src/data/boilerplate.ts`. */
  readonly rules?: readonly BoilerplateRule[];
}

/** A piece of a paragraph to examine: offsets into the source. */
interface Piece {
  start: number;
  end: number;
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
    const paragraphs: Paragraph[] = [];
    const removed: Removed[] = [...article.removed];
    const diagnostics: Diagnostic[] = [];
    let listLeft = 0;

    const remove = (start: number, end: number, rule: string): void => {
      const span = trimmedSpan(source, view, start, end);
      if (span.end > span.start) removed.push({ ...span, reason: 'boilerplate', rule });
    };
    const keep = (start: number, end: number): void => {
      const span = trimmedSpan(source, view, start, end);
      if (span.end > span.start) paragraphs.push(span);
    };

    /** Examines one piece: a rule at its start, else the first inline item in it. */
    const examine = (piece: Piece, first: boolean, original: Paragraph): void => {
      let { start } = piece;
      const { end } = piece;
      // Each round removes one item at the start of what is left.
      for (let guard = 0; start < end && guard < 64; guard++) {
        const text = view.slice(start, end);
        const accept = (m: RuleMatch): number => acceptIn(m, text, first);
        const hit = matcher.atStart(text, accept) ?? matcher.inside(text, accept);
        if (!hit) break;
        if (hit.at > 0) keep(start, start + hit.at);
        remove(start + hit.at, start + hit.to, hit.rule.id);
        if (hit.rule.extent === 'list') listLeft = 5;
        start += Math.max(hit.to, 1);
      }
      // Untouched paragraphs (the common case) keep their span object.
      if (start === original.start && end === original.end) paragraphs.push(original);
      else keep(start, end);
    };

    article.paragraphs.forEach((paragraph, index) => {
      if (listLeft > 0) {
        if (isHeadlineLike(paragraph.text)) {
          listLeft--;
          removed.push({ ...paragraph, reason: 'boilerplate', rule: 'baca-juga-box' });
          return;
        }
        listLeft = 0;
      }
      examine({ start: paragraph.start, end: paragraph.end }, index === 0, paragraph);
    });
    if (diagnostics.length === 0 && removed.length === article.removed.length) return article;
    return { ...article, paragraphs, removed, diagnostics: [...article.diagnostics, ...diagnostics] };
  };
}
