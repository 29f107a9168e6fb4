/**
 * The characters a regular expression's match can start with, read from its source: a cheap pre-filter (a
 * paragraph whose first character no rule can start with needs no rule tried at its start). The reading is
 * conservative: any construct it does not know (`\p{…}`, a negated class, a look-around, an optional first item,
 * a case-insensitive flag) makes it answer null, "any character".
 */

/** Escapes that stand for themselves (`\.`, `\[`, `\/`). */
const LITERAL_ESCAPE = /[\\/^$.*+?()[\]{}|\-:]/;

/** Reads a character class body from `i` (just after `[`): its characters, and where it ends (after `]`). */
function readClass(source: string, from: number): { chars: Set<number> | null; end: number } {
  let i = from;
  if (source[i] === '^') return { chars: null, end: skipClass(source, i) };
  const chars = new Set<number>();
  let known = true;
  const items: Array<number | null> = [];
  while (i < source.length && source[i] !== ']') {
    if (source[i] === '\\') {
      const e = source[i + 1] ?? '';
      if (LITERAL_ESCAPE.test(e)) items.push(e.charCodeAt(0));
      else if (e === 'd') {
        for (let c = 0x30; c <= 0x39; c++) chars.add(c);
        items.push(null);
      } else {
        known = false;
        items.push(null);
        if (source[i + 2] === '{') i = Math.max(i, source.indexOf('}', i) - 1);
      }
      i += 2;
    } else {
      items.push(source.charCodeAt(i));
      i++;
    }
    // A range `a-z` between two plain characters.
    if (source[i] === '-' && source[i + 1] !== ']' && items.length > 0) {
      const low = items.pop() as number | null;
      i++;
      let high: number | null;
      if (source[i] === '\\') {
        const e = source[i + 1] ?? '';
        high = LITERAL_ESCAPE.test(e) ? e.charCodeAt(0) : null;
        i += 2;
      } else {
        high = source.charCodeAt(i);
        i++;
      }
      if (low === null || high === null || high - low > 0x400) known = false;
      else for (let c = low; c <= high; c++) chars.add(c);
    }
  }
  for (const c of items) if (c !== null) chars.add(c);
  return { chars: known ? chars : null, end: i + 1 };
}

/** Index after the class that starts at `i` (inside the brackets). */
function skipClass(source: string, from: number): number {
  let i = from;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index of the `)` closing the group whose body starts at `from`. */
function groupEnd(source: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '[') i = skipClass(source, i + 1);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
      i++;
    }
  }
  return -1;
}

/** Splits a group body (or the whole source) at its top-level `|`. */
function alternatives(source: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  let i = from;
  while (i < to) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '[') i = skipClass(source, i + 1);
    else if (c === '(') i = groupEnd(source, i + 1) + 1;
    else {
      if (c === '|') {
        parts.push([start, i]);
        start = i + 1;
      }
      i++;
    }
  }
  parts.push([start, to]);
  return parts;
}

/** Whether a quantifier at `i` lets the item before it be absent (`?`, `*`, `{0,…}`). */
function optional(source: string, i: number): boolean {
  const c = source[i];
  return c === '?' || c === '*' || (c === '{' && source[i + 1] === '0');
}

/** First characters of the sequence `source[from, to)`, or null when any could start it. */
function firstOfSequence(source: string, from: number, to: number): Set<number> | null {
  let i = from;
  while (source[i] === '^' && i < to) i++;
  if (i >= to) return null; // an empty alternative matches anywhere
  const c = source[i] as string;
  let chars: Set<number> | null;
  let next: number;
  if (c === '(') {
    if (source[i + 1] === '?' && source[i + 2] !== ':') return null; // look-around or named group
    const body = source[i + 1] === '?' ? i + 3 : i + 1;
    const end = groupEnd(source, i + 1);
    if (end < 0) return null;
    chars = new Set();
    for (const [a, b] of alternatives(source, body, end)) {
      const part = firstOfSequence(source, a, b);
      if (part === null) return null;
      for (const x of part) chars.add(x);
    }
    next = end + 1;
  } else if (c === '[') {
    const cls = readClass(source, i + 1);
    chars = cls.chars;
    next = cls.end;
  } else if (c === '\\') {
    const e = source[i + 1] ?? '';
    if (e === 'd') chars = new Set([0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39]);
    else if (LITERAL_ESCAPE.test(e)) chars = new Set([e.charCodeAt(0)]);
    else return null;
    next = i + 2;
  } else if (c === '.' || c === '$' || c === '|' || c === ')') {
    return null;
  } else {
    chars = new Set([c.charCodeAt(0)]);
    next = i + 1;
  }
  if (chars === null || optional(source, next)) return null;
  return chars;
}

/**
 * The UTF-16 code units that a match of `pattern` can start with, or null when it cannot tell (then any can).
 * `/(?:Baca|BACA) ?juga/` → `B`; `/\[Gambas:/` → `[`; `/[Jj]uga/` → `J`, `j`; `/\p{Lu}…/u` → null.
 */
export function firstChars(pattern: RegExp): ReadonlySet<number> | null {
  if (pattern.flags.includes('i')) return null;
  const source = pattern.source;
  const chars = new Set<number>();
  for (const [a, b] of alternatives(source, 0, source.length)) {
    const part = firstOfSequence(source, a, b);
    if (part === null) return null;
    for (const x of part) chars.add(x);
  }
  return chars;
}
