import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES } from '../data/boilerplate.js';
import type { Article } from '../model.js';
import { runPipeline } from '../pipeline.js';
import { removeBoilerplate } from './remove-boilerplate.js';
import { splitLines } from './split-lines.js';

const stages = [splitLines(), removeBoilerplate()];
const clean = (text: string): Article => runPipeline(stages, text);

/** Every span slices the source to its text. */
function expectSpansHold(source: string, article: Article): void {
  for (const s of [...article.paragraphs, ...article.removed])
    expect(source.slice(s.start, s.end)).toBe(s.text);
}

const BODY = 'Pemerintah daerah menyiapkan posko mudik di sepanjang jalur pantura.';

// [rule id, input paragraph(s), the text that must be removed]
const fires: Array<[string, string, string]> = [
  [
    'baca-juga',
    'Baca juga: Jokowi Resmikan Tol Baru di Sumatera',
    'Baca juga: Jokowi Resmikan Tol Baru di Sumatera',
  ],
  ['baca-juga', 'BACA JUGA: Harga Cabai Naik Jelang Lebaran', 'BACA JUGA: Harga Cabai Naik Jelang Lebaran'],
  [
    'baca-juga',
    `Baca Juga: China Juara Piala Sudirman 2019 Setelah Kalahkan JepangMeski tetap menyuguhkan laga ketat.`,
    'Baca Juga: China Juara Piala Sudirman 2019 Setelah Kalahkan Jepang',
  ],
  [
    'baca-juga',
    `${BODY} Baca juga: Polisi Tangkap Dua Pelaku Begal`,
    'Baca juga: Polisi Tangkap Dua Pelaku Begal',
  ],
  [
    'baca-juga',
    `kata dia.Baca juga: Harga Tiket Pesawat Sudah Turun?Alasannya, beban biaya lebih mahal.`,
    'Baca juga: Harga Tiket Pesawat Sudah Turun?',
  ],
  ['baca-juga-box', 'Baca Juga', 'Baca Juga'],
  ['related-link', 'Baca: Gubernur Minta Warga Tetap Tenang', 'Baca: Gubernur Minta Warga Tetap Tenang'],
  [
    'related-link',
    'Pilihan Editor: Jokowi Bertemu Prabowo di MRT',
    'Pilihan Editor: Jokowi Bertemu Prabowo di MRT',
  ],
  ['read-more', 'Baca selengkapnya di sini', 'Baca selengkapnya di sini'],
  ['advertisement', 'ADVERTISEMENT', 'ADVERTISEMENT'],
  ['scroll-to-continue', 'SCROLL TO CONTINUE WITH CONTENT', 'SCROLL TO CONTINUE WITH CONTENT'],
  ['gambas', `${BODY} [Gambas:Video CNN]`, '[Gambas:Video CNN]'],
  ['gambas', '[Gambas:Video 20detik]', '[Gambas:Video 20detik]'],
  [
    'video-trailer',
    'Simak juga Video "Detik-detik Banjir Bandang di Garut":',
    'Simak juga Video "Detik-detik Banjir Bandang di Garut":',
  ],
  ['video-trailer', 'Saksikan video pilihan di bawah ini:', 'Saksikan video pilihan di bawah ini:'],
  [
    'video-trailer',
    'Kompas Video KOMPAS.com - Mudik tak lagi identik dengan kata bosan.',
    'Kompas Video KOMPAS.com - Mudik tak lagi identik dengan kata bosan.',
  ],
  [
    'photo-caption',
    'KOMPAS.com/KAHFI DIRGA CAHYA Wine yang disediakan bar Clique, Tangerang.',
    'KOMPAS.com/KAHFI DIRGA CAHYA Wine yang disediakan bar Clique, Tangerang.',
  ],
  [
    'photo-caption',
    'Kristianto Purnomo/Kompas.com Kondisi jalan tol, Minggu (26/5/2019). Tampak rest area.Selain itu, jalan tol ini mulus.',
    'Kristianto Purnomo/Kompas.com Kondisi jalan tol, Minggu (26/5/2019). Tampak rest area.',
  ],
  [
    'photo-caption',
    'ANTARA FOTO/Sigid Kurniawan/foc. Petugas memeriksa kendaraan di gerbang tol.',
    'ANTARA FOTO/Sigid Kurniawan/foc. Petugas memeriksa kendaraan di gerbang tol.',
  ],
  [
    'photo-caption',
    'Dok. Kementerian PUPR Menteri meninjau jalan tol Lebaran 2019Perbaikan dilakukan sejak Sabtu.',
    'Dok. Kementerian PUPR Menteri meninjau jalan tol Lebaran 2019',
  ],
  ['photo-caption', 'Thinkstockphotos Ilustrasi', 'Thinkstockphotos Ilustrasi'],
  ['photo-credit', `${BODY} (Foto: Istimewa)`, '(Foto: Istimewa)'],
  [
    'photo-credit',
    'Pendahuluan.\nPIXABAY/Free-Photos -Jika Anda menyukai sejarah, hias dinding.',
    'PIXABAY/Free-Photos -',
  ],
  ['photo-credit', 'Pendahuluan.\nEmma Barry -Jangan terlalu terpaku pada semua yang cocok.', 'Emma Barry -'],
  [
    'embedded-post',
    'GOL! @Persija_Jkt membobol gawang #ShopeeLiga1 pic.twitter.com/bDevGyY4VN',
    'GOL! @Persija_Jkt membobol gawang #ShopeeLiga1 pic.twitter.com/bDevGyY4VN',
  ],
  [
    'embedded-post',
    '— Shopee Liga 1 (@Liga1Match) May 26, 2019',
    '— Shopee Liga 1 (@Liga1Match) May 26, 2019',
  ],
  ['embedded-post', 'View this post on Instagram', 'View this post on Instagram'],
  [
    'ad-script',
    "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
    "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
  ],
  ['follow-prompt', 'Ikuti kami di Google News', 'Ikuti kami di Google News'],
  [
    'follow-prompt',
    'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram',
    'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram',
  ],
  ['share-buttons', 'Bagikan Facebook Twitter WhatsApp', 'Bagikan Facebook Twitter WhatsApp'],
  ['font-size-buttons', 'A', 'A'],
  ['font-size-buttons', 'A A A', 'A A A'],
  ['font-size-buttons', 'A+ A-', 'A+ A-'],
  [
    'syndication',
    `${BODY} Artikel ini telah tayang di Tribunnews.com dengan judul Mudik Aman`,
    'Artikel ini telah tayang di Tribunnews.com dengan judul Mudik Aman',
  ],
  ['copyright', 'Copyright © ANTARA 2023', 'Copyright © ANTARA 2023'],
  ['tag-list', 'Tags: mudik, lebaran, tol trans jawa', 'Tags: mudik, lebaran, tol trans jawa'],
  ['tag-list', '#mudik #arusmudik #toltransjawa #travel', '#mudik #arusmudik #toltransjawa #travel'],
  ['pagination', 'Halaman selanjutnya', 'Halaman selanjutnya'],
  ['pagination', 'Halaman 2 dari 3', 'Halaman 2 dari 3'],
  ['pagination', '1 2 3 Selanjutnya', '1 2 3 Selanjutnya'],
  ['comment-prompt', 'Tulis komentar', 'Tulis komentar'],
  [
    'infographic',
    'Infografik: Sistem Satu Arah Tol Trans Jawa',
    'Infografik: Sistem Satu Arah Tol Trans Jawa',
  ],
];

// Look-alike body text that no rule may remove.
const keeps: string[] = [
  '"Baca juga buku panduannya sebelum berangkat," kata Budi kepada wartawan.',
  'Warga diminta membaca juga aturan baru soal ganjil genap.',
  'Perusahaan itu menaikkan belanja iklan digital hingga 20 persen tahun ini.',
  'Advertisement spending in Indonesia grew last year, kata analis.',
  'Simak penjelasan Kepala BMKG soal potensi hujan lebat pekan ini.',
  'Greysia/Apriyani harus takluk oleh pasangan Jepang lewat dua gim langsung.',
  'Oleh karena itu, pemerintah menambah jumlah posko kesehatan.',
  'Pemain asal Korea itu mencetak gol pada menit ke-75, menit A seperti catatan wasit.',
  'Dok Bandung ramai dikunjungi warga saat libur panjang.',
  'Halaman rumah warga terendam banjir setinggi 50 sentimeter.',
  'Selanjutnya, tim gabungan menyisir lokasi kejadian hingga sore.',
  'Komentar warganet beragam menanggapi kebijakan tersebut.',
  'Topik ini menjadi perbincangan hangat di media sosial sejak Senin.',
  'Dapatkan diskon hingga 50 persen, kata pengelola mal, merupakan strategi menarik pengunjung.',
  'Shutterstock mencatat pendapatan naik 10 persen pada kuartal pertama.',
  'Video itu viral setelah diunggah akun @infojakarta, Minggu (26/5/2019).',
];

describe('removeBoilerplate', () => {
  it('has a firing case for every rule id', () => {
    const ids = new Set(BOILERPLATE_RULES.map((r) => r.id));
    for (const id of ids)
      expect(
        fires.some(([rule]) => rule === id),
        id,
      ).toBe(true);
  });
  it.each(fires)('%s removes %j', (rule, input, gone) => {
    const article = clean(input);
    expectSpansHold(input, article);
    const hit = article.removed.find((r) => r.text === gone);
    expect(hit, JSON.stringify(article.removed)).toBeDefined();
    expect(hit?.rule).toBe(rule);
    expect(hit?.reason).toBe('boilerplate');
    for (const p of article.paragraphs) expect(p.text).not.toContain(gone);
  });
  it.each(keeps)('keeps body text %j', (input) => {
    const article = clean(`${BODY}\n${input}`);
    expect(article.removed).toEqual([]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY, input]);
  });
  it('keeps the body pieces around an inline item as separate spans', () => {
    const input =
      'Ia menjawab singkat. Baca juga: Harga Cabai Naik Jelang LebaranMenurut dia, stok masih aman.';
    const article = clean(input);
    expectSpansHold(input, article);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Ia menjawab singkat.',
      'Menurut dia, stok masih aman.',
    ]);
  });
  it('removes a Baca Juga box of headlines on their own lines', () => {
    const input = `${BODY}\nBaca Juga\nHarga Cabai Naik Jelang Lebaran\nPemudik Mulai Padati Terminal Kampung Rambutan\nPetugas memeriksa tiket penumpang satu per satu.`;
    const article = clean(input);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      BODY,
      'Petugas memeriksa tiket penumpang satu per satu.',
    ]);
    expect(article.removed.map((r) => r.rule)).toEqual(['baca-juga-box', 'baca-juga-box', 'baca-juga-box']);
  });
  it('ends a glued headline where a title-cased headline gives way to a sentence', () => {
    const headline = 'Baca juga: BI Siapkan Rp 300 Triliun untuk Kebutuhan Lebaran';
    const body =
      'Misalnya pada Kamis (6/6/2019), kantor cabang di Jakarta yang beroperasi hanya lima cabang dibandingkan dengan tiga belas cabang di Jawa Tengah dan enam belas cabang di Jawa Timur.';
    const article = clean(`${headline} ${body}`);
    expect(article.removed[0]?.text).toBe(headline);
    expect(article.paragraphs[0]?.text).toBe(body);
  });
  it('survives hostile input quickly', () => {
    const started = performance.now();
    clean('a'.repeat(200_000));
    clean('"'.repeat(200_000));
    clean(`Baca juga: ${'Kata '.repeat(40_000)}`);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('anchored triggers', () => {
  // A trigger anchored at the start (`^…`) is tried before a rule's words, on the whole text: it must match
  // wherever the rule's own pattern matches at the start, letters beyond ASCII included.
  const samples = [
    'PIXABAY/Free-Photos -Jika Anda menyukai sejarah',
    'Emma Barry -Jangan terlalu terpaku',
    'Émile Zola – “Ketika itu',
    'ŞAHIN ÖZTÜRK -Pemain asal Turki',
    "O'Neil D'Souza Jr. -Dia datang",
    'A B C D -Lima kata',
    'Pemerintah daerah menyiapkan posko mudik - Jakarta',
    'kata dia -Besok',
    '“Kami siap -Ujar',
  ];
  const anchored = BOILERPLATE_RULES.filter((r) => r.trigger?.source.startsWith('^'));
  it('has such rules', () => expect(anchored.length).toBeGreaterThan(0));
  it.each(samples)('never fails where the pattern matches: %j', (text) => {
    for (const rule of anchored) {
      const sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags}y`);
      if (sticky.test(text)) expect(rule.trigger?.test(text)).toBe(true);
    }
  });
  it('fails on ordinary body text', () => {
    for (const rule of anchored) expect(rule.trigger?.test(BODY)).toBe(false);
  });
});
