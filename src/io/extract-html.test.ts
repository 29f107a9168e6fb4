import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';
import { normaliseDate, readVisibleDate, stripSiteName } from './html-meta.js';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const P1 = 'Ratusan warga mengikuti kirab budaya menyambut bulan Ramadhan di Bantul.';
const P2 = 'Kirab dimulai dari balai desa dan berakhir di masjid desa.';

describe('extractHtml', () => {
  it.each([
    ['itemprop=articleBody', `<div itemprop="articleBody"><p>${P1}</p><p>${P2}</p></div>`],
    ['an outlet container', `<div class="read__content"><p>${P1}</p><p>${P2}</p></div>`],
    ['<article>', `<article><h1>Judul</h1><p>${P1}</p><p>${P2}</p></article>`],
    ['text density', `<div class="x"><p>Menu</p></div><div class="y"><p>${P1}</p><p>${P2}</p></div>`],
  ])('finds the body by %s', (_, body) => {
    const { text } = extractHtml(
      page('', `<nav><p>Beranda</p></nav>${body}<footer><p>Hak cipta</p></footer>`),
    );
    expect(text.split('\n').slice(-2)).toEqual([P1, P2]);
    expect(text).not.toMatch(/Beranda|Hak cipta|Menu/);
  });
  it.each([
    ['scripts and styles', '<script>var a = 1;</script><style>p{}</style>'],
    ['a related box', '<div class="baca-juga"><a>Berita Lain yang Terkait Sekali</a></div>'],
    [
      'a Baca juga paragraph',
      '<p><strong>Baca juga:</strong> <a href="/x">Harga Cabai Naik Jelang Lebaran</a></p>',
    ],
    ['an ad slot', '<div class="ads"><p>ADVERTISEMENT</p></div>'],
    [
      'a figure caption',
      '<figure><img src="a.jpg"><figcaption>KOMPAS.com/NAMA Warga berkumpul.</figcaption></figure>',
    ],
    ['a share bar', '<div class="share-box"><a>Facebook</a><a>Twitter</a></div>'],
    ['a next-page link', '<div><a href="?page=2">Halaman selanjutnya</a></div>'],
    ['comments', '<div id="comments"><p>Tulis komentar</p></div>'],
  ])('drops %s inside the body', (_, junk) => {
    const { text } = extractHtml(
      page('', `<div class="read__content"><p>${P1}</p>${junk}<p>${P2}</p></div>`),
    );
    expect(text).toBe(`${P1}\n${P2}`);
  });
  it('keeps hidden later pages and a hidden copy of the body', () => {
    const html = page(
      '',
      `<div class="read__content"><p>${P1}</p><div style="display:none"><p>${P2}</p></div></div><div class="read__content" hidden><p>${P1}</p></div>`,
    );
    expect(extractHtml(html).text).toBe(`${P1}\n${P2}\n${P1}`);
  });
  it('reads the headline, date, canonical URL and author', () => {
    const head = `<title>Warga Gelar Kirab - Kompas.com</title><meta property="og:title" content="Warga Gelar Kirab - Kompas.com">
      <meta property="article:published_time" content="2019-05-04T10:15:00+07:00"><meta name="author" content="Markus Yuwono">
      <link rel="canonical" href="https://kompas.com/read/1">`;
    const { meta } = extractHtml(page(head, `<article><p>${P1}</p></article>`));
    expect(meta).toEqual({
      title: 'Warga Gelar Kirab',
      date: '2019-05-04T10:15:00+07:00',
      dateSource: 'html-meta',
      url: 'https://kompas.com/read/1',
      author: 'Markus Yuwono',
    });
  });
  it('falls back to JSON-LD, <time> and <h1>', () => {
    const head =
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-04-01T08:00:00+07:00","author":{"name":"Tira Santia"}}]}</script>';
    const { meta } = extractHtml(
      page(head, `<h1>Menteri Tinjau Pelabuhan</h1><article><p>${P1}</p></article>`),
    );
    expect(meta).toMatchObject({
      title: 'Menteri Tinjau Pelabuhan',
      date: '2024-04-01T08:00:00+07:00',
      author: 'Tira Santia',
    });
  });
  it('reports a page without text instead of throwing', () => {
    const { text, diagnostics } = extractHtml('<html><body><script>x()</script></body></html>');
    expect(text).toBe('');
    expect(diagnostics.map((d) => d.rule)).toContain('html-no-body');
  });
});

describe('page meta helpers', () => {
  it.each([
    ['Warga Gelar Kirab - Kompas.com', 'Warga Gelar Kirab'],
    [
      'Jokowi: Kita Harus Kerja Keras | Republika Online',
      'Jokowi: Kita Harus Kerja Keras | Republika Online',
    ],
    ['Harga Cabai Naik - Halaman 2 - Kompas.com', 'Harga Cabai Naik'],
    ['Tol Cipali - Jalur Mudik Favorit', 'Tol Cipali - Jalur Mudik Favorit'],
  ])('strips the site name from %j', (title, headline) => expect(stripSiteName(title, null)).toBe(headline));
  it('strips a site name given by og:site_name', () => {
    expect(stripSiteName('Jokowi: Kita Harus Kerja Keras | Republika Online', 'Republika Online')).toBe(
      'Jokowi: Kita Harus Kerja Keras',
    );
  });
  it.each([
    ['Senin, 27 Mei 2019 10:05 WIB', '2019-05-27T10:05+07:00'],
    ['Kompas.com - 04/05/2019, 10:15 WIB', '2019-05-04T10:15+07:00'],
    ['27 Agustus 2020', '2020-08-27'],
    ['tanpa tanggal', null],
  ])('reads the visible date %j', (line, iso) => expect(readVisibleDate(line)).toBe(iso));
  it.each([
    ['2023/12/11 14:20:31', '2023-12-11T14:20:31+07:00'],
    ['2024-01-05T10:10:10Z', '2024-01-05T10:10:10Z'],
    ['2024-01-05', '2024-01-05'],
  ])('normalises the machine date %j', (value, iso) => expect(normaliseDate(value)).toBe(iso));
});
