import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** File names a directory or glob contributes: the input formats kliping reads, gzipped or not. */
const KNOWN = /\.(?:jsonl|ndjson|csv|tsv|html?|xhtml|txt|text)(?:\.gz)?$/i;

/** Whether a name is one of the input formats kliping reads (`.jsonl`, `.csv`, `.html`, `.txt`, each also `.gz`). */
export function isKnownInput(name: string): boolean {
  return KNOWN.test(name);
}

/** Whether an argument holds glob characters (`*`, `?`, `[`). */
export function isGlob(arg: string): boolean {
  return /[*?[]/.test(arg);
}

/**
 * Expands the command line's inputs: a directory becomes its files of known extensions (recursively, sorted),
 * a quoted glob (`'data/**\/*.jsonl'`) the files it matches (sorted); anything else stays as given, so a missing
 * file is reported by the reader with its name.
 */
export function expandInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    let info: ReturnType<typeof statSync> | undefined;
    try {
      info = statSync(arg);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const found = walk(arg).filter(isKnownInput);
      out.push(...(found.length ? found : [arg]));
    } else if (!info && isGlob(arg)) {
      const found = matchGlob(arg);
      out.push(...(found.length ? found : [arg]));
    } else out.push(arg);
  }
  return out;
}

/** Every file below a directory, sorted by path; symbolic links to directories are not followed. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const joinPath = (base: string, name: string) => (base.endsWith(sep) ? base + name : join(base, name));
  eachEntryBelow(
    dir,
    joinPath,
    (entry) => entry.isDirectory(),
    (path, entry) => {
      if (!entry.isDirectory() && (entry.isFile() || entry.isSymbolicLink())) out.push(path);
    },
  );
  return out.sort();
}

/**
 * Visits every entry below `base`, depth first, entering the directories `enter` accepts; an unreadable
 * directory is passed over.
 */
function eachEntryBelow(
  base: string,
  joinPath: (base: string, name: string) => string,
  enter: (entry: Dirent) => boolean,
  visit: (path: string, entry: Dirent) => void,
): void {
  const stack = [base];
  while (stack.length) {
    const current = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = joinPath(current, entry.name);
      visit(path, entry);
      if (enter(entry)) stack.push(path);
    }
  }
}

/** Turns one path segment of a glob into a regular expression (`*`, `?`, `[…]`); linear, no backtracking traps. */
function segmentRegex(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') {
      // Collapse runs of stars: `a***b` would otherwise nest quantifiers.
      while (segment[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        let body = segment.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        source += `[${body}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The files a glob matches, sorted; supports `*`, `?`, `[…]` and `**` (any depth). Hidden files need a leading `.`. */
export function matchGlob(pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  let bases: string[] = [absolute ? '/' : '.'];
  if (absolute) parts.shift();
  const join2 = (base: string, name: string) =>
    base === '.' && !absolute ? name : base.endsWith('/') ? base + name : `${base}/${name}`;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as string;
    const last = p === parts.length - 1;
    const next: string[] = [];
    if (part === '**') {
      for (const base of bases) next.push(base, ...directoriesBelow(base, join2));
    } else if (!isGlob(part)) {
      for (const base of bases) next.push(join2(base, part));
    } else {
      const regex = segmentRegex(part);
      for (const base of bases) {
        let names: Dirent[];
        try {
          names = readdirSync(base, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const entry of names) {
          if (entry.name.startsWith('.') && !part.startsWith('.')) continue;
          if (!regex.test(entry.name)) continue;
          if (!last && !entry.isDirectory() && !entry.isSymbolicLink()) continue;
          next.push(join2(base, entry.name));
        }
      }
    }
    bases = [...new Set(next)];
  }
  return bases
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

/** Every directory below `base` that is not hidden, in visiting order. */
function directoriesBelow(base: string, joinPath: (base: string, name: string) => string): string[] {
  const out: string[] = [];
  const isVisible = (entry: Dirent) => entry.isDirectory() && !entry.name.startsWith('.');
  eachEntryBelow(base, joinPath, isVisible, (path, entry) => {
    if (isVisible(entry)) out.push(path);
  });
  return out;
}
