import { describe, expect, it } from 'vitest';
import type { ArticleMeta, Removed } from '../model.js';
import { startArticle } from '../pipeline.js';
import { spanOf } from '../span.js';
import { inferPublishedAt } from './infer-published-at.js';

const stage = inferPublishedAt();

/** Runs the stage on lines of text (each a paragraph), the first `removedLines` of them removed as boilerplate. */
function run(lines: string[], meta: ArticleMeta = {}, removedLines = 0) {
  const source = lines.join('\n');
  const { article, context } = startArticle(source, meta);
  const spans = [];
  let pos = 0;
  for (const line of lines) {
    spans.push(spanOf(source, pos, pos + line.length));
    pos += line.length + 1;
  }
  const removed: Removed[] = spans
    .slice(0, removedLines)
    .map((s) => ({ ...s, reason: 'boilerplate', rule: 'test' }));
  const out = stage(
    { ...article, url: meta.url ?? null, paragraphs: spans.slice(removedLines), removed },
    context,
  );
  return [out.publishedAt, out.publishedAtSource];
}

describe('inferPublishedAt: a given date', () => {
  const cases: [string, string][] = [
    ['2019-05-26', '2019-05-26'],
    ['2013-12-4', '2013-12-04'],
    ['2019-05-26 10:00:00', '2019-05-26T10:00:00'],
    ['2019-05-26T10:00:00+07:00', '2019-05-26T10:00:00+07:00'],
    ['2019-05-26T03:00:00Z', '2019-05-26T03:00:00+00:00'],
    ['2019-05-26 10:00 WIB', '2019-05-26T10:00:00+07:00'],
    ['Minggu, 26 Mei 2019 10:00 WIB', '2019-05-26T10:00:00+07:00'],
    ['21+January+2019', '2019-01-21'],
    ['26/05/2019', '2019-05-26'],
    [' Selasa, 29 Januari 2019 / 20:44 WIB ', '2019-01-29T20:44:00+07:00'],
    ['Thu, 13 Dec 2018 10:05:00 +0700', '2018-12-13T10:05:00+07:00'],
    ['December 13, 2018 10:05 PM', '2018-12-13T22:05:00'],
    ['2018/12/13', '2018-12-13'],
    ['1544702400', '2018-12-13T12:00:00+00:00'],
  ];
  it.each(cases)('%s', (date, expected) => {
    expect(run(['Isi berita.'], { date })).toEqual([expected, 'given']);
  });
  it('keeps the source of a date from HTML meta', () => {
    expect(run(['Isi.'], { date: '2019-05-26', dateSource: 'html-meta' })).toEqual([
      '2019-05-26',
      'html-meta',
    ]);
  });
  it('falls back to the URL when the given date cannot be read', () => {
    expect(run(['Isi.'], { date: 'kemarin sore', url: 'https://x.id/2016/02/29/a' })).toEqual([
      '2016-02-29',
      'url',
    ]);
  });
});

describe('inferPublishedAt: the URL', () => {
  const cases: [string, string | null][] = [
    ['https://nasional.kompas.com/read/2025/08/07/10000001/judul', '2025-08-07'],
    ['https://www.cnnindonesia.com/nasional/20250812154745-20-1261234/judul', '2025-08-12'],
    ['https://regional.example.id/2016/02/29/judul-berita', '2016-02-29'],
    ['https://example.id/berita/2019-05-26/judul', '2019-05-26'],
    ['https://finansial.bisnis.com/read/20181213/215/869425/judul', '2018-12-13'],
    ['https://example.id/2017/02/29/bukan-tanggal', null], // no 29 February in 2017
    ['https://example.id/read/123456/judul', null],
  ];
  it.each(cases)('%s', (url, expected) => {
    expect(run(['Isi berita tanpa tanggal.'], { url })[0]).toBe(expected);
  });
});

describe('inferPublishedAt: the text', () => {
  it('reads a date line left before the body', () => {
    expect(
      run(['Senin, 21 Januari 2019 / 20:12 WIB', 'Isi berita, kata dia, Kamis (17/1/2019).'], {}, 1),
    ).toEqual(['2019-01-21', 'dateline']);
  });
  it('takes the day the words were said', () => {
    const lines = ['"Kami siap," kata dia, Minggu (26/5/2019).', 'Sidang digelar Senin (27/5/2019).'];
    expect(run(lines)).toEqual(['2019-05-26', 'text']);
  });
  it('is null when nothing gives a date', () => {
    expect(run(['Isi berita tanpa tanggal sama sekali.'])).toEqual([null, null]);
  });
});
