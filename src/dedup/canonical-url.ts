/**
 * The canonical form of an article URL: two URLs with the same form are the same article, whatever the
 * scraped text says. Scheme, `www.`/`m.`/`amp.` hosts, AMP paths, tracking parameters, `page=all`, the
 * fragment and a trailing slash do not count.
 */

/** Query keys that track the reader or the campaign, not the article (compared in lower case). */
const TRACKING_KEYS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref',
  'ref_src',
  'cmpid',
  'campaign',
  'houseads',
  'amp',
  'outputtype',
  'utm',
]);

const HOST_PREFIXES = /^(?:www\d?|m|amp|mobile)\./;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// `mailto:`, `javascript:`, …: a scheme without `//` (a host with a port, `x.id:8080`, has digits after `:`).
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

function isTracking(key: string, value: string): boolean {
  const lower = key.toLowerCase();
  if (lower.startsWith('utm_') || TRACKING_KEYS.has(lower)) return true;
  return lower === 'page' && value.toLowerCase() === 'all';
}

/** The canonical form of a URL (`kompas.com/read/2019/…`), or null when it is empty or not a web URL. */
export function canonicalUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  // Most article URLs are plain: read without the URL parser (a few µs each), to the same form.
  const plain = PLAIN_URL.exec(trimmed);
  if (plain) return plainForm(plain[1] as string, plain[2] as string);
  return parsedCanonicalUrl(trimmed);
}

/** `formOf` a plain URL's host and path: the path as it is unless it has an empty or an `amp` segment. */
function plainForm(hostname: string, pathname: string): string {
  if (pathname === '' || UNUSUAL_PATH.test(pathname)) return formOf(hostname, pathname, null);
  let host = hostname.toLowerCase();
  while (HOST_PREFIXES.test(host) && host.split('.').length > 2) host = host.replace(HOST_PREFIXES, '');
  return host + pathname;
}

/** A path that `formOf` changes: an empty segment (`//`, a trailing `/`) or an `amp` one. */
const UNUSUAL_PATH = /\/\/|\/$|\/amp(?:\/|$)/i;

/**
 * An http(s) URL that the URL parser would leave as it is but for the case of its host: a host of ASCII letters,
 * digits and hyphens in two labels or more, not ending in a number (no IPv4 form), no `xn--` label (punycode, which
 * the parser checks), no user or port; a path of characters the parser neither encodes nor reads (no `%`, `\`, no
 * `.` or `..` segment); no query or fragment. Group 1 is the host, group 2 the path.
 */
const PLAIN_URL =
  /^https?:\/\/(?![^/]*[Xx][Nn]--)((?:[A-Za-z0-9-]+\.)+[A-Za-z-][A-Za-z0-9-]*)((?:\/(?!\.\.?(?:\/|$))[A-Za-z0-9\-._~!$&'()*+,;=:@]*)*)$/;

/** `canonicalUrl` through the URL parser (`trimmed` is not empty): what the plain reading must agree with. */
export function parsedCanonicalUrl(trimmed: string): string | null {
  let parsed: URL;
  if (!HAS_SCHEME.test(trimmed) && OTHER_SCHEME.test(trimmed)) return null;
  try {
    parsed = new URL(HAS_SCHEME.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Most article URLs have no query: the parameters object is made only for those that do.
  return formOf(parsed.hostname, parsed.pathname, parsed.search === '' ? null : parsed.searchParams);
}

/** The canonical form of a parsed URL's host, path and query parameters (null: none). */
function formOf(hostname: string, pathname: string, query: URLSearchParams | null): string {
  let host = hostname.toLowerCase();
  while (HOST_PREFIXES.test(host) && host.split('.').length > 2) host = host.replace(HOST_PREFIXES, '');
  const segments = pathname.split('/').filter((s) => s !== '' && s.toLowerCase() !== 'amp');
  const params: string[] = [];
  if (query !== null) {
    for (const [key, value] of query) {
      if (!isTracking(key, value)) params.push(value === '' ? key : `${key}=${value}`);
    }
    params.sort();
  }
  const path = segments.length ? `/${segments.join('/')}` : '';
  return `${host}${path}${params.length ? `?${params.join('&')}` : ''}`;
}
