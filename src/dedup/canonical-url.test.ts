import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url.js';

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
});
