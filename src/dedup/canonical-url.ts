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
  let parsed: URL;
  if (!HAS_SCHEME.test(trimmed) && OTHER_SCHEME.test(trimmed)) return null;
  try {
    parsed = new URL(HAS_SCHEME.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  let host = parsed.hostname.toLowerCase();
  while (HOST_PREFIXES.test(host) && host.split('.').length > 2) host = host.replace(HOST_PREFIXES, '');
  const segments = parsed.pathname.split('/').filter((s) => s !== '' && s.toLowerCase() !== 'amp');
  const params: string[] = [];
  // Most article URLs have no query: the parameters object is made only for those that do.
  if (parsed.search !== '') {
    for (const [key, value] of parsed.searchParams) {
      if (!isTracking(key, value)) params.push(value === '' ? key : `${key}=${value}`);
    }
    params.sort();
  }
  const path = segments.length ? `/${segments.join('/')}` : '';
  return `${host}${path}${params.length ? `?${params.join('&')}` : ''}`;
}
