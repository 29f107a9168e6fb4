import type { BoilerplateRule } from '../data/boilerplate.js';

/** Which rule matched where: `at`/`end` are offsets of the pattern's match in the examined text. */
export interface RuleMatch {
  readonly rule: BoilerplateRule;
  readonly at: number;
  readonly end: number;
}

/** Decides whether a match stands: returns where its removal ends, or -1 to reject it. */
export type Accept = (match: RuleMatch) => number;

/** A match that stands, with where its removal ends. */
export interface AcceptedMatch extends RuleMatch {
  readonly to: number;
}

/** What `makeRuleMatcher` returns: the first accepted rule match at a text's start, and inside it. */
export interface RuleMatcher {
  /** The first rule (in rule order) matching at the start of `text` that `accept` takes. */
  readonly atStart: (text: string, accept: Accept) => AcceptedMatch | null;
  /** The first inline match (in text order) inside `text`, after its start, that `accept` takes. */
  readonly inside: (text: string, accept: Accept) => AcceptedMatch | null;
}

/** Unicode mode only where a pattern needs it (`\p{…}`): it makes V8's scanning much slower. */
const needsUnicode = (source: string): boolean => /\\[pPu]\{/.test(source);
const flagsOf = (rule: BoilerplateRule, extra: string): string =>
  `${rule.pattern.flags.replace(/[gyu]/g, '')}${needsUnicode(rule.pattern.source) ? 'u' : ''}${extra}`;

/**
 * Matches boilerplate rules fast: one combined regex tells whether any rule can match (most paragraphs are
 * body and stop there); only then are the rules tried one by one. Rules with a `requires` word or a `trigger`
 * are tried only when it occurs.
 */
export function makeRuleMatcher(rules: readonly BoilerplateRule[]): RuleMatcher {
  const isGuarded = (r: BoilerplateRule): boolean => r.requires !== undefined || r.trigger !== undefined;
  const plain = rules.filter((r) => !isGuarded(r));
  const sticky = new Map(rules.map((r) => [r, new RegExp(r.pattern.source, flagsOf(r, 'y'))]));
  const inlineRules = rules.filter((r) => r.inline);
  // One combined test for the rules without a pre-filter: most paragraphs fail it at their first word. The few
  // patterns that need Unicode mode get their own, so the rest run in the faster plain mode.
  const combined = (list: readonly BoilerplateRule[], flags: string): RegExp | null =>
    list.length ? new RegExp(list.map((r) => `(?:${r.pattern.source})`).join('|'), flags) : null;
  const startTests = [
    combined(
      plain.filter((r) => !needsUnicode(r.pattern.source)),
      'y',
    ),
    combined(
      plain.filter((r) => needsUnicode(r.pattern.source)),
      'uy',
    ),
  ].filter((r): r is RegExp => r !== null);
  const anyAtStart = (text: string): boolean =>
    startTests.some((regex) => {
      regex.lastIndex = 0;
      return regex.test(text);
    });
  // Each rule's pre-filter words as one regex: one scan instead of one `includes` per word.
  const escapeWord = (word: string): string => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const prefilter = new Map(
    rules
      .filter(isGuarded)
      .map((r) => [r, r.trigger ?? new RegExp((r.requires as readonly string[]).map(escapeWord).join('|'))]),
  );
  const mayMatch = (rule: BoilerplateRule, text: string, anywhere = false): boolean => {
    const words = prefilter.get(rule);
    if (!words) return true;
    const limit = anywhere ? undefined : rule.requiresWithin;
    return words.test(limit !== undefined && text.length > limit ? text.slice(0, limit) : text);
  };

  const atStart = (text: string, accept: Accept): AcceptedMatch | null => {
    let plainMayMatch: boolean | null = null;
    for (const rule of rules) {
      if (isGuarded(rule)) {
        if (!mayMatch(rule, text)) continue;
      } else {
        plainMayMatch ??= anyAtStart(text);
        if (!plainMayMatch) continue;
      }
      const regex = sticky.get(rule) as RegExp;
      regex.lastIndex = 0;
      const m = regex.exec(text);
      if (!m) continue;
      const match = { rule, at: 0, end: m[0].length };
      const to = accept(match);
      if (to >= 0) return { ...match, to };
    }
    return null;
  };

  // Inline rules: one scan finds where any unguarded one matches; guarded ones are scanned only when their
  // pre-filter words occur. At each place found, the rules are tried in order.
  const unguarded = inlineRules.filter((r) => !isGuarded(r));
  const guardedInline = inlineRules.filter(isGuarded);
  const anyInside = unguarded.length
    ? new RegExp(
        unguarded.map((r) => `(?:${r.pattern.source})`).join('|'),
        unguarded.some((r) => needsUnicode(r.pattern.source)) ? 'gu' : 'g',
      )
    : null;
  const scanners = new Map(guardedInline.map((r) => [r, new RegExp(r.pattern.source, flagsOf(r, 'g'))]));
  const tryAt = (
    text: string,
    at: number,
    accept: Accept,
    active: readonly BoilerplateRule[],
  ): AcceptedMatch | null => {
    for (const rule of active) {
      const regex = sticky.get(rule) as RegExp;
      regex.lastIndex = at;
      const hit = regex.exec(text);
      if (!hit) continue;
      const match = { rule, at, end: at + hit[0].length };
      const to = accept(match);
      if (to >= 0) return { ...match, to };
    }
    return null;
  };
  const inside = (text: string, accept: Accept): AcceptedMatch | null => {
    const places: number[] = [];
    const collect = (regex: RegExp): void => {
      regex.lastIndex = 1;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        places.push(m.index);
        regex.lastIndex = m.index + 1;
      }
    };
    if (anyInside) collect(anyInside);
    let active: BoilerplateRule[] | null = null;
    for (const [rule, regex] of scanners) {
      if (!mayMatch(rule, text, true)) continue;
      active ??= [...unguarded];
      active.push(rule);
      collect(regex);
    }
    if (places.length === 0) return null;
    if (places.length > 1) places.sort((a, b) => a - b);
    // Tried in rule order: the unguarded ones, then the guarded ones whose words occur.
    const rulesHere = active
      ? inlineRules.filter((r) => (active as BoilerplateRule[]).includes(r))
      : unguarded;
    for (const at of places) {
      const hit = tryAt(text, at, accept, rulesHere);
      if (hit) return hit;
    }
    return null;
  };

  return { atStart, inside };
}
