import type { CheerioAPI } from 'cheerio';
import { TITLE_SEPARATORS } from '../data/html-selectors.js';
import { isOutletName } from '../data/outlets.js';

/** What a page says about itself: headline as displayed, publication date, canonical URL, author. */
export interface PageMeta {
  title: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maret: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  desember: 12,
  des: 12,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
  december: 12,
};

/** A visible Indonesian date line: `Senin, 27 Mei 2019 10:05 WIB`, `27/05/2019, 10:05 WIB`. */
const VISIBLE_DATE = /(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:[,\s|-]+(?:pukul\s+)?(\d{1,2})[.:](\d{2}))?/;
const NUMERIC_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[,\s|-]+(\d{1,2})[.:](\d{2}))?/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Reads a visible date line as ISO 8601 (`2019-05-27T10:05+07:00` when it has a time, WIB assumed). */
export function readVisibleDate(text: string): string | null {
  let day: number;
  let month: number | undefined;
  let year: number;
  let time: [string | undefined, string | undefined] = [undefined, undefined];
  const m = VISIBLE_DATE.exec(text);
  if (m) {
    day = Number(m[1]);
    month = MONTHS[(m[2] as string).toLowerCase()];
    year = Number(m[3]);
    time = [m[4], m[5]];
  } else {
    const n = NUMERIC_DATE.exec(text);
    if (!n) return null;
    day = Number(n[1]);
    month = Number(n[2]);
    year = Number(n[3]);
    time = [n[4], n[5]];
  }
  if (!month || month > 12 || day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (time[0] === undefined) return date;
  const zone = /\bWITA\b/.test(text) ? '+08:00' : /\bWIT\b/.test(text) ? '+09:00' : '+07:00';
  return `${date}T${pad(Number(time[0]))}:${time[1]}${zone}`;
}

const MACHINE_DATE =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** Normalises a machine date (`2023/12/11 14:20:31`, `2024-01-05 10:10:10`) to ISO 8601, WIB when no zone. */
export function normaliseDate(value: string): string {
  const m = MACHINE_DATE.exec(value.trim());
  if (!m) return readVisibleDate(value) ?? value.trim();
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  const zone =
    m[7] === undefined ? '+07:00' : m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${date}T${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}${zone}`;
}

/** Values of JSON-LD blocks, flattened through `@graph` and arrays. */
function jsonLd($: CheerioAPI): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === 'object') {
      found.push(value as Record<string, unknown>);
      const graph = (value as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      visit(JSON.parse($(el).text()));
    } catch {
      // A broken JSON-LD block is common on news pages; the other sources still count.
    }
  });
  return found;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  return null;
}

/** Drops a site-name suffix or prefix from a page title (` - Kompas.com`, `Detik: `). */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title.trim();
  const isSite = (part: string): boolean =>
    (siteName !== null && part.trim().toLowerCase() === siteName.trim().toLowerCase()) ||
    isOutletName(part) ||
    /\.(?:com|co\.id|id|net)\b/i.test(part) ||
    /^(?:Halaman|Page) \d+$/i.test(part.trim());
  while (parts.length > 1 && isSite(parts[parts.length - 1] as string)) parts.pop();
  while (parts.length > 1 && isSite(parts[0] as string)) parts.shift();
  // Rebuild from the source so inner separators keep their own spelling.
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim();
}

/** Reads the page's headline, publication date, canonical URL and author. */
export function readPageMeta($: CheerioAPI): PageMeta {
  const meta = (selector: string): string | null => $(selector).first().attr('content')?.trim() || null;
  const ld = jsonLd($);
  const ldValue = (key: string): unknown => ld.find((o) => o[key] !== undefined)?.[key];

  const siteName = meta('meta[property="og:site_name"]');
  const rawTitle =
    meta('meta[property="og:title"]') ??
    meta('meta[name="twitter:title"]') ??
    ($('title').first().text().trim() || null);
  let title = rawTitle ? stripSiteName(rawTitle, siteName) : null;
  if (!title) title = $('h1').first().text().trim() || $('h2').first().text().trim() || null;

  let date =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publishdate"]') ??
    meta('meta[name="content_PublishedDate"]') ??
    meta('meta[name="dc.date"]') ??
    (typeof ldValue('datePublished') === 'string' ? (ldValue('datePublished') as string) : null) ??
    ($('time[datetime]').first().attr('datetime')?.trim() || null);
  if (date) date = normaliseDate(date);
  else {
    const line = $('[class*="date"], [class*="time"], [class*="tanggal"], time').first().text();
    date = line ? readVisibleDate(line) : null;
  }

  const url =
    $('link[rel="canonical"]').first().attr('href')?.trim() || meta('meta[property="og:url"]') || null;
  let author =
    meta('meta[name="author"]') ?? meta('meta[property="article:author"]') ?? nameOf(ldValue('author'));
  // Some outlets put their own name in the author field.
  if (author && (isOutletName(author) || /^https?:/.test(author))) author = nameOf(ldValue('author'));
  if (author && isOutletName(author)) author = null;
  return { title, date, url, author };
}
