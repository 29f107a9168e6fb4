import type { BoilerplateRule } from '../data/boilerplate.js';
import { firstChars } from './first-chars.js';

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
 * Where `word` first occurs in `text`, or -1. A word that starts with a space (` -`) is looked for by the rest
 * of it, then the space checked: scanning for a space stops at every word.
 */
function indexOfWord(text: string, word: string): number {
  if (word.length < 2 || word.charCodeAt(0) !== 0x20) return text.indexOf(word);
  const rest = word.slice(1);
  for (let at = text.indexOf(rest, 1); at >= 0; at = text.indexOf(rest, at + 1))
    if (text.charCodeAt(at - 1) === 0x20) return at - 1;
  return -1;
}

/** Whether `word` (a space, then the rest) occurs ending within the first `limit` characters of `text`. */
function spaceWordWithin(text: string, word: string, limit: number): boolean {
  const rest = word.slice(1);
  for (let at = text.indexOf(rest, 1); at >= 0 && at + rest.length <= limit; at = text.indexOf(rest, at + 1))
    if (text.charCodeAt(at - 1) === 0x20) return true;
  return false;
}

/** A literal character that every match of a trigger holds `offset` characters after its start. */
interface TriggerAnchor {
  readonly literal: string;
  readonly offset: number;
  /** The trigger, sticky: tried at each place the literal puts a match's start. */
  readonly sticky: RegExp;
}

/**
 * The first literal character of a trigger that is a plain sequence of one-character items (classes, `.`,
 * escapes, characters) up to it, or null for anything else: flags, alternatives, groups, quantifiers on those
 * items, anchors, `\b`, Unicode mode (where a class can take two code units).
 */
export function triggerAnchor(trigger: RegExp): TriggerAnchor | null {
  if (trigger.flags.replace(/[gy]/g, '') !== '') return null;
  const source = trigger.source;
  if (hasAlternative(source)) return null;
  let offset = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    let literal: string | null = null;
    let next = i + 1;
    if (c === '[') {
      // A class: up to its closing bracket (escapes skipped).
      let j = i + 1;
      if (source[j] === ']') return null;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) return null;
      next = j + 1;
    } else if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return null;
      next = i + 2;
      if (/[dDwWsS]/.test(e)) literal = null;
      else if (/[/.\-[\]{}()*+?^$|\\:;,!@#%&='"<>~`]/.test(e)) literal = e;
      else return null; // \b, \p{…}, \u…, \x…, back-references, control escapes
    } else if (c === '.') {
      literal = null;
    } else if (/[\^$()|*+?{}\]]/.test(c)) {
      return null;
    } else {
      literal = c;
    }
    // A quantifier after the item makes the offsets after it vary.
    if (next < source.length && /[*+?{]/.test(source[next] as string)) return null;
    if (literal !== null) return { literal, offset, sticky: new RegExp(source, 'y') };
    offset++;
    i = next;
  }
  return null;
}

/** Whether a pattern has a `|` outside classes (escapes skipped): a match then need not hold any one item. */
function hasAlternative(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '|') return true;
  }
  return false;
}

/**
 * Matches boilerplate rules fast: at a text's start only the rules that can begin with its first character are
 * considered (most paragraphs: none), and one combined regex tells whether any of them can match before they are
 * tried one by one. Rules with a `requires` word or a `trigger` are tried only when it occurs.
 */
export function makeRuleMatcher(rules: readonly BoilerplateRule[]): RuleMatcher {
  const isGuarded = (r: BoilerplateRule): boolean => r.requires !== undefined || r.trigger !== undefined;
  const inlineRules = rules.filter((r) => r.inline);
  // One combined test for the rules without a pre-filter: most paragraphs fail it at their first word. The few
  // patterns that need Unicode mode get their own, so the rest run in the faster plain mode.
  const combined = (list: readonly BoilerplateRule[], flags: string): RegExp | null =>
    list.length ? new RegExp(list.map((r) => `(?:${r.pattern.source})`).join('|'), flags) : null;

  /** A rule with what is needed to try it, computed once. */
  interface Compiled {
    readonly rule: BoilerplateRule;
    readonly sticky: RegExp;
    readonly guarded: boolean;
    /** Words of which one must occur (each found with `indexOf`, no regex, no slicing). */
    readonly words: readonly string[] | null;
    readonly trigger: RegExp | null;
    readonly within: number | undefined;
    /** The trigger matches at the text's start only (`^…`): cheap, so tried before the words. */
    readonly anchoredTrigger: boolean;
  }
  // Triggers with a literal character at a fixed offset of every match (`[A-Za-z.]\/[A-Za-z]`: `/` at 1) are
  // tried only where that character occurs (found with `indexOf`), with a sticky copy, instead of a scan that
  // stops at every letter.
  const anchors = new Map<RegExp, TriggerAnchor | null>();
  const anchorOf = (trigger: RegExp): TriggerAnchor | null => {
    let anchor = anchors.get(trigger);
    if (anchor === undefined) {
      anchor = triggerAnchor(trigger);
      anchors.set(trigger, anchor);
    }
    return anchor;
  };
  const triggered = (trigger: RegExp, text: string, limit: number): boolean => {
    const within = limit < text.length ? text.slice(0, limit) : text;
    const anchor = anchorOf(trigger);
    if (anchor === null) {
      trigger.lastIndex = 0;
      return trigger.test(within);
    }
    const { literal, offset, sticky } = anchor;
    for (let at = within.indexOf(literal, offset); at >= 0; at = within.indexOf(literal, at + 1)) {
      sticky.lastIndex = at - offset;
      if (sticky.test(within)) return true;
    }
    return false;
  };
  const compile = (r: BoilerplateRule): Compiled => ({
    rule: r,
    sticky: new RegExp(r.pattern.source, flagsOf(r, 'y')),
    guarded: isGuarded(r),
    words: r.requires ?? null,
    trigger: r.trigger ?? null,
    within: r.requiresWithin,
    anchoredTrigger: r.trigger?.source.startsWith('^') === true && !r.trigger.multiline,
  });
  const all = rules.map(compile);
  const byRule = new Map(all.map((c) => [c.rule, c]));

  // Every pre-filter word, each looked for at most once per text: `found[k]` is where `words[k]` first occurs
  // (-1: nowhere, -2: not looked for yet). A word that contains a shorter word found nowhere is nowhere too
  // (`pic.twitter.com/` without `/`), so most words cost no scan at all.
  const words = [...new Set(all.flatMap((c) => c.words ?? []))].sort((a, b) => a.length - b.length);
  const wordIndex = new Map(words.map((w, k) => [w, k]));
  const implied = words.map((w, k) => words.slice(0, k).flatMap((v, i) => (w.includes(v) ? [i] : [])));
  const found = new Int32Array(words.length);
  let foundFor: string | null = null;
  const firstAt = (text: string, k: number): number => {
    if (foundFor !== text) {
      found.fill(-2);
      foundFor = text;
    }
    let at = found[k] as number;
    if (at !== -2) return at;
    at = -3;
    for (const i of implied[k] as number[]) if (firstAt(text, i) === -1) at = -1;
    if (at === -3) at = indexOfWord(text, words[k] as string);
    found[k] = at;
    return at;
  };
  /** Whether a word ends within the first `limit` characters: its first occurrence ends first. */
  const hasWord = (text: string, list: readonly string[], limit: number): boolean => {
    for (const word of list) {
      // A word that starts with a space, wanted near the start (` -` of a credit), is looked for there only.
      if (limit < text.length && word.length >= 2 && word.charCodeAt(0) === 0x20) {
        if (spaceWordWithin(text, word, limit)) return true;
        continue;
      }
      const at = firstAt(text, wordIndex.get(word) as number);
      if (at >= 0 && at + word.length <= limit) return true;
    }
    return false;
  };
  const mayMatch = (c: Compiled, text: string, anywhere: boolean): boolean => {
    const limit = anywhere || c.within === undefined ? text.length : Math.min(c.within, text.length);
    const trigger = c.trigger;
    // A trigger anchored at the start fails at once on most texts: it goes before the words, on the whole text
    // (no slice; it is a superset of the start-anchored pattern it guards, so it matches wherever that does).
    if (trigger && c.anchoredTrigger && !triggered(trigger, text, text.length)) return false;
    if (c.words && !hasWord(text, c.words, limit)) return false;
    return !trigger || c.anchoredTrigger || triggered(trigger, text, limit);
  };

  // The rules that can match at a text's start, by its first character: most paragraphs open with a letter
  // that only a few rules (often none) start with. Each list has one combined test for its unguarded rules.
  const starts = all.map((c) => firstChars(c.rule.pattern));
  interface StartList {
    readonly rules: readonly Compiled[];
    readonly tests: readonly RegExp[];
  }
  // The unguarded rules' test at a text's start, one regex per mode for every list: a rule that cannot begin
  // with the text's first character fails there anyway, so a list gives the same answer with the tests of all
  // the rules as with its own; and two regexes compile (on first use, in every fresh process) several times
  // faster than the two dozen that one per list would be, most of them repeating the same patterns.
  const unguardedAtStart = all.filter((c) => !c.guarded).map((c) => c.rule);
  const plainStartTest = combined(
    unguardedAtStart.filter((r) => !needsUnicode(r.pattern.source)),
    'y',
  );
  const unicodeStartTest = combined(
    unguardedAtStart.filter((r) => needsUnicode(r.pattern.source)),
    'uy',
  );
  const lists = new Map<string, StartList>();
  const listOf = (code: number): StartList => {
    const rulesHere = all.filter((_, k) => {
      const set = starts[k];
      return set === null || set === undefined || set.has(code);
    });
    const key = rulesHere.map((c) => all.indexOf(c)).join(',');
    let list = lists.get(key);
    if (!list) {
      const plainHere = rulesHere.filter((c) => !c.guarded).map((c) => c.rule);
      const tests = [
        plainHere.some((r) => !needsUnicode(r.pattern.source)) ? plainStartTest : null,
        plainHere.some((r) => needsUnicode(r.pattern.source)) ? unicodeStartTest : null,
      ].filter((r): r is RegExp => r !== null);
      list = { rules: rulesHere, tests };
      lists.set(key, list);
    }
    return list;
  };
  const ascii = Array.from({ length: 128 }, (_, code) => listOf(code));
  const other = new Map<number, StartList>();
  for (const set of starts) for (const code of set ?? []) if (code >= 128) other.set(code, listOf(code));
  const anyOther = listOf(-1);
  const anyAtStartOf = (tests: readonly RegExp[], text: string): boolean => {
    for (const regex of tests) {
      regex.lastIndex = 0;
      if (regex.test(text)) return true;
    }
    return false;
  };

  const atStart = (text: string, accept: Accept): AcceptedMatch | null => {
    const code = text.charCodeAt(0);
    const list = code < 128 ? (ascii[code] as StartList) : (other.get(code) ?? anyOther);
    if (list.rules.length === 0) return null;
    // When no unguarded rule can match (most paragraphs), only the guarded ones are left to try.
    let plainMayMatch = -1;
    for (const c of list.rules) {
      if (c.guarded) {
        if (!mayMatch(c, text, false)) continue;
      } else {
        if (plainMayMatch < 0) plainMayMatch = anyAtStartOf(list.tests, text) ? 1 : 0;
        if (plainMayMatch === 0) continue;
      }
      const regex = c.sticky;
      regex.lastIndex = 0;
      const m = regex.exec(text);
      if (!m) continue;
      const match = { rule: c.rule, at: 0, end: m[0].length };
      const to = accept(match);
      if (to >= 0) return { rule: match.rule, at: match.at, end: match.end, to };
    }
    return null;
  };

  // Inline rules: one scan finds where any unguarded one matches; guarded ones are scanned only when their
  // pre-filter words occur. At each place found, the rules are tried in order.
  const unguarded = inlineRules.filter((r) => !isGuarded(r));
  const unguardedCompiled = unguarded.map((r) => byRule.get(r) as Compiled);
  // Two scans, one for the patterns that need Unicode mode and one in the faster plain mode: together they
  // find every place where one of the rules' own (sticky) patterns can match.
  const insideTests = [
    combined(
      unguarded.filter((r) => !needsUnicode(r.pattern.source)),
      'g',
    ),
    combined(
      unguarded.filter((r) => needsUnicode(r.pattern.source)),
      'gu',
    ),
  ].filter((r): r is RegExp => r !== null);
  const scanners = inlineRules.filter(isGuarded).map((r) => ({
    compiled: byRule.get(r) as Compiled,
    scan: new RegExp(r.pattern.source, flagsOf(r, 'g')),
  }));
  const tryAt = (
    text: string,
    at: number,
    accept: Accept,
    active: readonly Compiled[],
  ): AcceptedMatch | null => {
    for (const c of active) {
      const regex = c.sticky;
      regex.lastIndex = at;
      const hit = regex.exec(text);
      if (!hit) continue;
      const match = { rule: c.rule, at, end: at + hit[0].length };
      const to = accept(match);
      if (to >= 0) return { rule: match.rule, at: match.at, end: match.end, to };
    }
    return null;
  };
  /** Adds where `regex` matches in `text` (after its start) to `places`, made on the first match. */
  const collect = (regex: RegExp, text: string, places: number[] | null): number[] | null => {
    let list = places;
    regex.lastIndex = 1;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      list ??= [];
      list.push(m.index);
      regex.lastIndex = m.index + 1;
    }
    return list;
  };
  const inside = (text: string, accept: Accept): AcceptedMatch | null => {
    let places: number[] | null = null;
    for (const regex of insideTests) places = collect(regex, text, places);
    let active: Compiled[] | null = null;
    for (const { compiled, scan } of scanners) {
      if (!mayMatch(compiled, text, true)) continue;
      active ??= [];
      active.push(compiled);
      places = collect(scan, text, places);
    }
    if (places === null) return null;
    if (places.length > 1) places.sort((a, b) => a - b);
    // Tried in rule order: the unguarded ones, then the guarded ones whose words occur.
    const guardedHere = active;
    const rulesHere = guardedHere
      ? all.filter((c) => c.rule.inline && (!c.guarded || guardedHere.includes(c)))
      : unguardedCompiled;
    for (const at of places) {
      const hit = tryAt(text, at, accept, rulesHere);
      if (hit) return hit;
    }
    return null;
  };

  return { atStart, inside };
}
