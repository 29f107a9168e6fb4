import { describe, expect, it } from 'vitest';
import { canonicalUrl, parsedCanonicalUrl } from './canonical-url.js';

const base = 'https://ekonomi.kompas.com/read/2019/01/21/231049526/sebesar-92-persen-transaksi-bni';

describe('canonicalUrl', () => {
  it.each([
    [`${base}?utm_source=facebook&utm_medium=social`],
    [`${base}/`],
    [`http://${base.slice(8)}`],
    [`${base}?page=all`],
    [`${base}?page=all#page2`],
    [`${base}/amp`],
    [`${base}?amp=1`],
    [`${base}?HouseAds&campaign=promo`],
    [`${base}?fbclid=IwAR0abc`],
    [`${base}?`],
    [`${base}?#top`],
    [base.replace('ekonomi.kompas.com', 'ekonomi.kompas.com').replace('https://', 'https://www.')],
  ])('%s is the same article', (url) => {
    expect(canonicalUrl(url)).toBe(canonicalUrl(base));
  });

  it.each([
    ['https://m.detik.com/finance/d-4394321/x', 'https://detik.com/finance/d-4394321/x'],
    ['https://amp.kompas.com/read/1/2/3', 'https://kompas.com/read/1/2/3'],
    ['kontan.co.id/news/harga-emas', 'https://www.kontan.co.id/news/harga-emas/'],
    ['https://x.co.id/a?b=2&a=1', 'https://x.co.id/a?a=1&b=2'],
  ])('%s equals %s', (a, b) => {
    expect(canonicalUrl(a)).toBe(canonicalUrl(b));
  });

  it.each([
    [`${base}?page=2`, base],
    ['https://kompas.com/read/1/2/3', 'https://kompas.com/read/1/2/4'],
    ['https://kompas.com/a', 'https://kontan.co.id/a'],
    ['https://news.kompas.com/a', 'https://bola.kompas.com/a'],
    ['https://x.com/read?id=1', 'https://x.com/read?id=2'],
  ])('%s is NOT the same as %s', (a, b) => {
    expect(canonicalUrl(a)).not.toBe(canonicalUrl(b));
  });

  it.each([[''], ['   '], [null], [undefined], ['mailto:x@y.z'], ['http://']])(
    '%j has no canonical form',
    (url) => {
      expect(canonicalUrl(url)).toBeNull();
    },
  );

  it('keeps the host of a two-label domain', () => {
    expect(canonicalUrl('https://www.m.com/x')).toBe('m.com/x');
  });

  // The plain reading (no URL parser) must give what the parser gives, on plain URLs and on near misses.
  it.each([
    [base],
    ['https://www.tribun.example/news/2024/02/03/2/berita'],
    ['http://NEWS.Kompas.COM/Read/A-B_c~d/x.html'],
    ['https://www.m.com/x/'],
    ['https://m.amp.www.detik.com/amp/x/AMP/y'],
    ["https://x.co.id/a/b!$&'()*+,;=:@/c"],
    ['https://x.co.id//a///b/'],
    ['https://x.co.id/./a/../b'],
    ['https://x.co.id/a/..'],
    ['https://x.co.id/a/.'],
    ['https://x.co.id/...'],
    ['https://x.co.id/a..b/.c/..d'],
    ['https://x.co.id/a%2e%2E/%2e/b%20c'],
    ['https://x.co.id/a b'],
    ['https://x.co.id/a\\b'],
    ['https://x.co.id/a|b^c[d]'],
    ['https://x.co.id/a"b<c>`d{e}'],
    ['https://1.2.3.4/a'],
    ['https://x.0x7f/a'],
    ['https://x.123/a'],
    ['https://x.1a/a'],
    ['https://localhost/a'],
    ['https://xn--bcher-kva.example/a'],
    ['https://a.XN--z/a'],
    ['https://bücher.example/a'],
    ['https://-x-.example-/a'],
    ['https://x.example./a'],
    ['https://user@x.example/a'],
    ['https://x.example:443/a'],
    ['https://x.example:8080/a'],
    ['HTTPS://X.EXAMPLE/A'],
    ['https:x.example/a'],
    ['https:/x.example/a'],
    ['ftp://x.example/a'],
    ['x.example/a/b'],
    ['https://x.example/a?'],
    ['https://x.example/a#'],
    ['https://x.example/amp'],
    ['https://x.example/a/AMP/b'],
    ['https://x.example/ampx/xamp/a-amp'],
    ['https://x.example'],
    ['https://www.x.example'],
    ['https://www.www.x.example/a'],
    ['https://www.x.example//a/'],
    ['https://x.example/a\tb'],
  ])('reads %s as the URL parser does', (url) => {
    expect(canonicalUrl(url)).toBe(parsedCanonicalUrl(url.trim()));
  });

  it('reads plain URLs without the parser, and only those', () => {
    // A plain URL's host keeps a label the parser would reject: the reading must not take such URLs.
    expect(canonicalUrl('https://news.kompas.com/read/a-b')).toBe('news.kompas.com/read/a-b');
    expect(canonicalUrl('https://x.example/a/../b')).toBe('x.example/b');
    expect(canonicalUrl('https://1.2.3.4/a')).toBe('1.2.3.4/a');
  });
});
