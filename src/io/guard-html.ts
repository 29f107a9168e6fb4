/**
 * A guard for hostile HTML: the DOM parser and the body finder take time and stack in proportion to how
 * deeply elements nest, so a page nested absurdly deep (100,000 `<div>`s) is read as text with its tags
 * stripped instead. One linear pass, no regular expression that can backtrack.
 */

/** Deepest element nesting kliping hands to the DOM parser. Real pages stay far below (a few dozen). */
export const MAX_HTML_DEPTH = 1000;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** The deepest element nesting of an HTML text, counted from its tags (stops counting past `limit`). */
export function htmlDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    const close = html.indexOf('>', i + 1);
    if (close < 0) break;
    const c = html.charCodeAt(i + 1);
    if (c === 0x2f) depth = Math.max(0, depth - 1);
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      let end = i + 1;
      while (end < close && /[A-Za-z0-9-]/.test(html[end] as string)) end++;
      const name = html.slice(i + 1, end).toLowerCase();
      if (!VOID.has(name) && html.charCodeAt(close - 1) !== 0x2f) {
        depth++;
        if (depth > max) {
          max = depth;
          if (max > limit) return max;
        }
      }
    }
    i = html.indexOf('<', close + 1);
  }
  return max;
}

/** The text of an HTML page with its tags dropped (block ends as line breaks) and the common entities decoded. */
export function stripTags(html: string): string {
  let out = '';
  let last = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    const close = html.indexOf('>', i + 1);
    if (close < 0) break;
    out += html.slice(last, i);
    if (html.charCodeAt(i + 1) === 0x2f) out += '\n';
    last = close + 1;
    i = html.indexOf('<', last);
  }
  out += html.slice(last);
  return out
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n');
}
