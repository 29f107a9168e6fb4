import { creditOf, removedOf } from '../cleaning/spans.js';
import { CREDIT_LABELS } from '../data/credits.js';
import { AGENCY_CODES, isOutletName } from '../data/outlets.js';
import type { Credit, CreditRole, Paragraph, Removed, Stage } from '../model.js';
import { trimmedSpan } from '../span.js';

const ROLE = new Map(CREDIT_LABELS.map(([label, role]) => [label, role]));
const LABELS = [...ROLE.keys()].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /g, '\\s+'));

/** `Editor: X`, `Penulis : X | Editor: Y`, `Laporan Wartawan Tribunnews.com, X`: label, separator, name. */
const LABELLED = new RegExp(`(${LABELS.join('|')})(\\s*:|\\s)\\s*([^|\\n]{1,80}?)\\s*(?:\\||$)`, 'iy');
const CAPITAL_START = /^\p{Lu}/u;

/** A byline `Oleh Nama Lengkap` without a colon, only names after it (not `Oleh karena itu`). */
const BYLINE = /^Oleh\s+((?:[\p{Lu}][\p{L}.'’-]*\s*){1,6})$/u;
/** Trailing initials `(zik)`, `(nwy/nwy)`, `[ded]`, after the last sentence or on their own line. */
const INITIALS = /(?:^|(?<=[.!?"”’)]\s*))([([])\s*([a-z]{2,5}(?:\s*\/\s*[a-z]{2,5}){0,3})\s*[)\]]$/u;
/** Trailing names `(Doddy Wiratama)`, `(Kompas.com/Nama)`, `(Tribunnews.com/Nama Lengkap)`. */
const NAMED =
  /(?:^|(?<=[.!?"”’]\s*))\(\s*(?:([\p{L}\d.-]+\.(?:com|co\.id|id|co)|[\p{Lu}][\p{L}]+\s?(?:TV|News)?)\s*\/\s*)?((?:[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4})\s*\)$/u;
/** Trailing agency code `(ANTARA)`, `(Antara)`, `(AFP)` on its own. */
const AGENCY = /(?:^|(?<=[.!?"”’]\s*))\(\s*(ANTARA|Antara|AFP|Reuters|REUTERS|AP|Xinhua)\s*\)$/u;

/** A trailing credit at the end of `tail`: initials, an agency, or a name in brackets. */
function trailingCredit(tail: string): { match: RegExpExecArray; role: CreditRole; name: string } | null {
  // Every trailing credit ends with a closing bracket: most last paragraphs end otherwise and stop here.
  const last = tail.charCodeAt(tail.length - 1);
  if (last !== 0x29 && last !== 0x5d) return null;
  const initials = INITIALS.exec(tail);
  if (initials) {
    const name = (initials[2] as string).replace(/\s+/g, '');
    return { match: initials, role: AGENCY_CODES.has(name) ? 'source' : 'editor', name };
  }
  const agency = AGENCY.exec(tail);
  if (agency) return { match: agency, role: 'source', name: agency[1] as string };
  const named = NAMED.exec(tail);
  if (!named) return null;
  const name = (named[2] as string).trim();
  return { match: named, role: isOutletName(name) ? 'source' : named[1] ? 'reporter' : 'author', name };
}

/** Whether a line is a credit line (`Editor: X`, `Laporan Wartawan Tribunnews.com, X`), e.g. not a title. */
export function isCreditLine(text: string): boolean {
  return (text.length <= 200 && labelled(text) !== null) || (text.length <= 80 && BYLINE.test(text));
}

/** Reads a labelled credit paragraph into credits, or null when it is not one. */
function labelled(text: string): Array<{ role: CreditRole; name: string; from: number; to: number }> | null {
  const found: Array<{ role: CreditRole; name: string; from: number; to: number }> = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /[\s|]/.test(text[at] as string)) at++;
    if (at >= text.length) break;
    LABELLED.lastIndex = at;
    const m = LABELLED.exec(text);
    if (!m) return null;
    const label = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const role = ROLE.get(label);
    let name = (m[3] as string).trim();
    // Without a colon only `Laporan Wartawan X` is a credit (`Editor film itu …`, `Sumber dana …` are body).
    if (!(m[2] as string).includes(':') && !(label.startsWith('laporan') && CAPITAL_START.test(name)))
      return null;
    if (!role || !name) return null;
    const to = m.index + m[0].replace(/[\s|]+$/, '').length;
    // `Laporan Reporter Tribun Jogja, Nama`: the name follows the outlet.
    if (label.startsWith('laporan') && name.includes(','))
      name = name.slice(name.lastIndexOf(',') + 1).trim();
    found.push({ role, name, from: m.index, to });
    at = LABELLED.lastIndex;
  }
  return found.length > 0 ? found : null;
}

/**
 * Takes credits out of the body: labelled lines (`Editor: X`, `Penulis: X`, `Reporter: X`, `Pewarta: X`,
 * `Oleh: X`) anywhere, and trailing initials or names in brackets (`(zik)`, `(Doddy Wiratama)`) at the end of
 * the article; each goes to `credits` with its role and to `removed` with reason `credit`.
 */
export function extractCredits(): Stage {
  return (article, { source, view }) => {
    const credits: Credit[] = [...article.credits];
    const removed: Removed[] = [...article.removed];
    const kept: Paragraph[] = [];
    const take = (start: number, end: number, role: CreditRole, name: string): void => {
      const span = trimmedSpan(source, view, start, end);
      credits.push(creditOf(span, role, name));
      removed.push(removedOf(span, 'credit', `credit-${role}`));
    };
    const last = article.paragraphs.length - 1;
    article.paragraphs.forEach((p, index) => {
      const text = view.slice(p.start, p.end);
      const lines = text.length <= 200 ? labelled(text) : null;
      if (lines) {
        for (const c of lines) take(p.start + c.from, p.start + c.to, c.role, c.name);
        return;
      }
      const byline = text.length <= 80 ? BYLINE.exec(text) : null;
      if (byline) {
        take(p.start, p.end, 'author', (byline[1] as string).trim());
        return;
      }
      // Trailing credits only at the end of the article (the last two paragraphs: a credit line may follow).
      if (index >= last - 1) {
        const tail = text.length > 300 ? text.slice(-300) : text;
        const offset = text.length - tail.length;
        const found = trailingCredit(tail);
        const m = found?.match;
        if (found && m) {
          const at = p.start + offset + m.index;
          if (at > p.start) kept.push(trimmedSpan(source, view, p.start, at));
          take(at, p.end, found.role, found.name);
          return;
        }
      }
      kept.push(p);
    });
    if (credits.length === article.credits.length) return article;
    return { ...article, paragraphs: kept.filter((p) => p.end > p.start), credits, removed };
  };
}
