import { type CheerioAPI, load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { BODY_SELECTORS, JUNK_TAGS, JUNK_WORDS, NEXT_PAGE_TEXT } from '../data/html-selectors.js';
import type { ArticleMeta, Diagnostic } from '../model.js';
import { readPageMeta } from './html-meta.js';

/** What `extractHtml` found: the body text (blocks joined by `\n`), the page's meta data, and diagnostics. */
export interface ExtractedPage {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly diagnostics: Diagnostic[];
}

const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
);
const JUNK = new Set(JUNK_WORDS);
const RELATED_BOX = /^\s*(?:baca|lihat|simak)\s+juga\b/i;

/** Whether an element's class or id words name a box that is not body (related links, ads, captions, …). */
function isJunkBox(el: Element): boolean {
  const words = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  if (!words.trim()) return false;
  for (const word of words.split(/[\s_-]+/)) if (word && JUNK.has(word)) return true;
  // Whole class names such as `baca-juga` or `read-also`.
  for (const name of words.split(/\s+/)) if (name && JUNK.has(name)) return true;
  return false;
}

/** Top-level elements (not inside one another) of a selection, in document order. */
function outermost($: CheerioAPI, selector: string): Element[] {
  const all = $(selector).toArray() as Element[];
  return all.filter((el) => !all.some((other) => other !== el && $.contains(other, el)));
}

/** Text length of the `<p>` children of an element: how much it looks like an article body. */
function paragraphScore($: CheerioAPI, el: Element): number {
  let score = 0;
  $(el)
    .children('p')
    .each((_, p) => {
      const text = $(p).text();
      const links = $(p).find('a').text().length;
      score += Math.max(0, text.trim().length - links);
    });
  return score;
}

/** Finds the body containers: schema.org or outlet containers, else the largest `<article>`, else text density. */
function findBody($: CheerioAPI, diagnostics: Diagnostic[]): Element[] {
  for (const selector of BODY_SELECTORS) {
    const found = outermost($, selector).filter((el) => $(el).text().trim().length > 0);
    if (found.length > 0) return found;
  }
  const articles = outermost($, 'article');
  if (articles.length > 0) {
    const best = articles.reduce((a, b) => ($(b).text().length > $(a).text().length ? b : a));
    return [best];
  }
  let best: Element | null = null;
  let bestScore = 0;
  $('p')
    .parent()
    .each((_, el) => {
      const score = paragraphScore($, el as Element);
      if (score > bestScore) {
        best = el as Element;
        bestScore = score;
      }
    });
  diagnostics.push({
    severity: 'info',
    message: 'No article container found; the body was chosen by text density.',
    rule: 'html-body-by-density',
  });
  if (best) return [best];
  const body = $('body').first().toArray() as Element[];
  return body.length > 0 ? body : ($.root().children().toArray() as Element[]);
}

/** Appends the text of a node to `lines`, breaking at block elements and skipping what is not body. */
function collect(node: AnyNode, lines: string[], current: { text: string }): void {
  if (node.type === 'text') {
    current.text += (node as unknown as { data: string }).data;
    return;
  }
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
  const el = node as Element;
  if (node.type !== 'tag' || isJunkBox(el)) return;
  const block = BLOCK.has(el.name);
  if (el.name === 'a' && NEXT_PAGE_TEXT.test(textOf(el))) return;
  if (block && isRelatedBox(el)) return;
  if (block) flush(lines, current);
  for (const child of el.children) collect(child, lines, current);
  if (block) flush(lines, current);
}

/** A `Baca juga` box: a short block that opens with the words and is mostly link text. */
function isRelatedBox(el: Element): boolean {
  const text = textOf(el);
  if (text.length > 600 || !RELATED_BOX.test(text)) return false;
  let linked = 0;
  const visit = (node: AnyNode): void => {
    if (node.type !== 'tag') return;
    const child = node as Element;
    if (child.name === 'a') linked += textOf(child).trim().length;
    else for (const c of child.children) visit(c);
  };
  visit(el);
  return linked >= 0.4 * text.replace(/\s+/g, ' ').trim().length - 12;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag') return '';
  return (node as Element).children.map(textOf).join('');
}

function flush(lines: string[], current: { text: string }): void {
  const line = current.text.replace(/\s+/g, ' ').trim();
  if (line) lines.push(line);
  current.text = '';
}

/**
 * Extracts an article from an HTML page with cheerio: the body text (blocks joined by `\n`; offsets are into it)
 * without scripts, navigation, asides, related-link and `Baca juga` boxes, promos, captions, comments, footers
 * and next-page links; hidden pages and copies stay. `meta` holds the headline as displayed (site name
 * dropped), the publication date (`dateSource: 'html-meta'`), the canonical URL and the author.
 */
export function extractHtml(html: string): ExtractedPage {
  const diagnostics: Diagnostic[] = [];
  const $ = load(html);
  const page = readPageMeta($);
  $(JUNK_TAGS).remove();
  const lines: string[] = [];
  for (const el of findBody($, diagnostics)) {
    const current = { text: '' };
    collect(el, lines, current);
    flush(lines, current);
  }
  const text = lines.join('\n');
  if (!text)
    diagnostics.push({ severity: 'warning', message: 'The page has no article text.', rule: 'html-no-body' });
  const meta: ArticleMeta = {
    title: page.title,
    url: page.url,
    date: page.date,
    ...(page.date ? { dateSource: 'html-meta' as const } : {}),
    author: page.author,
  };
  return { text, meta, diagnostics };
}
