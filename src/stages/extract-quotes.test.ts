import { describe, expect, it } from 'vitest';
import type { Article, Organization, Person, Quote } from '../model.js';
import { startArticle } from '../pipeline.js';
import { extractQuotes, quoteRecords } from './extract-quotes.js';
import { splitLines } from './split-lines.js';

/** A person or organisation for a test: the name, titles, and the forms whose every occurrence is a mention. */
interface Named {
  readonly name: string;
  readonly titles?: readonly string[];
  readonly forms?: readonly string[];
}

function occurrences(source: string, form: string) {
  const out: { text: string; start: number; end: number }[] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let i = source.indexOf(form); i >= 0; i = source.indexOf(form, i + 1)) {
    if (word.test(source[i - 1] ?? ' ') || word.test(source[i + form.length] ?? ' ')) continue;
    out.push({ text: form, start: i, end: i + form.length });
  }
  return out;
}

/** One paragraph per line; people and organisations mentioned wherever their forms occur. */
function testArticle(source: string, people: readonly Named[] = [], orgs: readonly Named[] = []) {
  const { article, context } = startArticle(source, { id: 'a1', url: 'https://x.id/1', date: '2019-05-26' });
  const mentions = (p: Named) => (p.forms ?? [p.name]).flatMap((f) => occurrences(source, f));
  const persons: Person[] = people.map((p) => ({
    name: p.name,
    titles: p.titles ?? [],
    mentions: mentions(p),
  }));
  const organizations: Organization[] = orgs.map((o) => ({
    name: o.name,
    acronym: null,
    mentions: mentions(o),
  }));
  const lines: Article = { ...splitLines()(article, context), people: persons, organizations };
  return { article: lines, context };
}

function quotesOf(
  source: string,
  people: readonly Named[] = [],
  orgs: readonly Named[] = [],
): readonly Quote[] {
  const { article, context } = testArticle(source, people, orgs);
  return extractQuotes()(article, context).quotes;
}

const direct = (source: string, people: readonly Named[] = [], orgs: readonly Named[] = []) =>
  quotesOf(source, people, orgs)
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker, q.cue]);

const RITA: Named = { name: 'Rita Widyasari', titles: ['Bupati Kukar'], forms: ['Rita Widyasari', 'Rita'] };
const BUDI: Named = { name: 'Budi Santoso', titles: ['Kapolres Kediri'], forms: ['Budi Santoso', 'Budi'] };

describe('extractQuotes: direct quotes in every mark', () => {
  const cases: [string, string, string][] = [
    ['straight', '"Kami akan menutup semua lokalisasi," kata Rita.', 'Kami akan menutup semua lokalisasi,'],
    ['curly', '“Kami akan menutup semua lokalisasi,” kata Rita.', 'Kami akan menutup semua lokalisasi,'],
    ['low-high', '„Kami akan menutup semua lokalisasi,“ kata Rita.', 'Kami akan menutup semua lokalisasi,'],
    ['guillemets', '«Kami akan menutup semua lokalisasi,» kata Rita.', 'Kami akan menutup semua lokalisasi,'],
    ['single', "'Kami akan menutup semua lokalisasi,' kata Rita.", 'Kami akan menutup semua lokalisasi,'],
    [
      'spaces inside',
      '" Kami akan menutup semua lokalisasi , " ujar Rita.',
      'Kami akan menutup semua lokalisasi ,',
    ],
    [
      'mixed marks',
      '"Kami akan menutup semua lokalisasi,” kata Rita.',
      'Kami akan menutup semua lokalisasi,',
    ],
    [
      'glued to a sentence',
      'Rita datang.“Kami akan menutup semua lokalisasi,” kata Rita.',
      'Kami akan menutup semua lokalisasi,',
    ],
  ];
  it.each(cases)('%s', (_, source, text) => {
    expect(direct(source, [RITA])).toEqual([
      [text, 'Rita Widyasari', expect.stringMatching(/^(kata|ujar) Rita$/)],
    ]);
  });
});

describe('extractQuotes: cues and speakers', () => {
  const cases: [string, string, readonly Named[], (string | null)[][]][] = [
    [
      'cue after, full name and -nya',
      'Bupati Kukar Rita Widyasari meninjau lokasi.\n"Sosialisasi sepekan ke depan," kata Rita Widyasari, Senin (29/2/2016).\nIa menunggu laporan.\n"Target saya semua ditutup," tambahnya.',
      [RITA],
      [
        ['Sosialisasi sepekan ke depan,', 'Rita Widyasari', 'kata Rita Widyasari'],
        ['Target saya semua ditutup,', 'Rita Widyasari', 'tambahnya'],
      ],
    ],
    [
      'a quote split by its cue',
      '"Kami siap," kata Budi. "Semua personel sudah disiagakan sejak pagi."',
      [BUDI],
      [
        ['Kami siap,', 'Budi Santoso', 'kata Budi'],
        ['Semua personel sudah disiagakan sejak pagi.', 'Budi Santoso', null],
      ],
    ],
    [
      'cue before with mengatakan',
      'Kapolres Kediri Budi Santoso mengatakan, "Pelaku sudah kami tangkap kemarin."',
      [BUDI],
      [['Pelaku sudah kami tangkap kemarin.', 'Budi Santoso', 'Kapolres Kediri Budi Santoso mengatakan']],
    ],
    [
      'Kata X before the quote',
      'Kata Budi, "Pelaku sudah kami tangkap kemarin."',
      [BUDI],
      [['Pelaku sudah kami tangkap kemarin.', 'Budi Santoso', 'Kata Budi']],
    ],
    [
      'X: before the quote',
      'Budi: "Pelaku sudah kami tangkap kemarin."',
      [BUDI],
      [['Pelaku sudah kami tangkap kemarin.', 'Budi Santoso', 'Budi']],
    ],
    [
      'a title alone',
      'Budi Santoso memimpin operasi.\n"Situasi aman terkendali," kata sang Kapolres.',
      [BUDI],
      [['Situasi aman terkendali,', 'Budi Santoso', 'kata sang Kapolres']],
    ],
    [
      'dia points to the last speaker, not a later object',
      '"Kami siap," kata Budi.\nPolisi memeriksa rumah milik Rita.\n"Semua aman," ujar dia lagi.',
      [BUDI, RITA],
      [
        ['Kami siap,', 'Budi Santoso', 'kata Budi'],
        ['Semua aman,', 'Budi Santoso', 'ujar dia lagi'],
      ],
    ],
    [
      'a new person reported speaking takes over dia',
      '"Kami siap," kata Budi.\nRita mengatakan pemerintah mendukung penuh rencana itu.\n"Anggaran sudah ada," ujar dia.',
      [BUDI, RITA],
      [
        ['Kami siap,', 'Budi Santoso', 'kata Budi'],
        ['Anggaran sudah ada,', 'Rita Widyasari', 'ujar dia'],
      ],
    ],
    [
      'a description points back to the speaker',
      '"Kami siap," kata Budi.\n"Semua aman," ujar pria kelahiran Kediri itu.\n"Kami jaga," kata pria 43 tahun tersebut.',
      [BUDI],
      [
        ['Kami siap,', 'Budi Santoso', 'kata Budi'],
        ['Semua aman,', 'Budi Santoso', 'ujar pria kelahiran Kediri itu'],
        ['Kami jaga,', 'Budi Santoso', 'kata pria 43 tahun tersebut'],
      ],
    ],
    [
      'a description holding a name names that person',
      '"Saya terharu sekali," kata pemilik nama lengkap Budi Santoso tersebut.',
      [BUDI],
      [['Saya terharu sekali,', 'Budi Santoso', 'kata pemilik nama lengkap Budi Santoso tersebut']],
    ],
    [
      'an unnamed group stays null',
      '"Siapa yang setuju?" tanya Budi.\n"Setuju," jawab para peserta.',
      [BUDI],
      [
        ['Siapa yang setuju?', 'Budi Santoso', 'tanya Budi'],
        ['Setuju,', null, 'jawab para peserta'],
      ],
    ],
    [
      'an organisation speaks',
      '"Beberapa kerusakan mungkin terjadi," tulis Polri dalam keterangannya.',
      [],
      [['Beberapa kerusakan mungkin terjadi,', 'Kepolisian Negara Republik Indonesia', 'tulis Polri']],
    ],
    [
      'quoted paragraphs before their cue take its speaker',
      'Rita menanggapi komentar itu.\n"Kemarin saya ngobrol dengan teman lama,"\n"Jawabannya ketawa saja," tulis Rita Widyasari di Instagram.',
      [RITA],
      [
        ['Kemarin saya ngobrol dengan teman lama,', 'Rita Widyasari', null],
        ['Jawabannya ketawa saja,', 'Rita Widyasari', 'tulis Rita Widyasari'],
      ],
    ],
    [
      'a quote over two paragraphs',
      '"Kami sudah bekerja keras sejak awal tahun.\n"Hasilnya akan terlihat nanti," kata Budi.',
      [BUDI],
      [
        ['Kami sudah bekerja keras sejak awal tahun.', 'Budi Santoso', null],
        ['Hasilnya akan terlihat nanti,', 'Budi Santoso', 'kata Budi'],
      ],
    ],
    [
      'a cue name not among the people falls back to the name as written',
      '"Kami akan bertanding habis-habisan," kata pelatih Joko Susilo di Malang.',
      [],
      [['Kami akan bertanding habis-habisan,', 'Joko Susilo', 'kata pelatih Joko Susilo']],
    ],
    [
      'a one-word person written in full elsewhere is given in full',
      'Direktur Utama Dwi Pratikto hadir pada Minggu.\n"Kami terus mempercepat pengerjaannya," tutur Dwi.',
      [{ name: 'Dwi', forms: ['Dwi'] }],
      [['Kami terus mempercepat pengerjaannya,', 'Dwi Pratikto', 'tutur Dwi']],
    ],
    [
      'an organisation inside a title is not the speaker',
      '"Personel sudah disiagakan," ujar Kabid Humas Polri Kombes Budi Santoso.',
      [],
      [['Personel sudah disiagakan,', 'Budi Santoso', 'ujar Kabid Humas Polri Kombes Budi Santoso']],
    ],
    [
      'short forms lead to the full name',
      'Presiden Joko Widodo dan Bambang Widjojanto hadir.\n"Kan pas, kan?" tanya Jokowi.\n"Mudah-mudahan MK adil," kata BW.',
      [{ name: 'Joko Widodo' }, { name: 'Bambang Widjojanto' }],
      [
        ['Kan pas, kan?', 'Joko Widodo', 'tanya Jokowi'],
        ['Mudah-mudahan MK adil,', 'Bambang Widjojanto', 'kata BW'],
      ],
    ],
    [
      'through someone: the one who said the words speaks',
      'Kasubdit Kompol Reinhard Nainggolan melalui Kanit I Kompol Haryani menyampaikan, pelaku sudah ditahan di Medan.\n"Pelaku sudah kami tangkap kemarin," ungkapnya.',
      [{ name: 'Reinhard Nainggolan' }],
      [['Pelaku sudah kami tangkap kemarin,', 'Haryani', 'ungkapnya']],
    ],
    [
      'a description giving the full name renames the speaker',
      'Penyanyi Kai datang ke Jakarta.\n"Saya terharu sekali," kata Kai.\n"Kalian luar biasa," kata pemilik nama lengkap Kim Jongin tersebut.',
      [{ name: 'Kai' }, { name: 'Kim Jongin' }],
      [
        ['Saya terharu sekali,', 'Kim Jongin', 'kata Kai'],
        ['Kalian luar biasa,', 'Kim Jongin', 'kata pemilik nama lengkap Kim Jongin tersebut'],
      ],
    ],
    [
      'a birth name in the cue renames the speaker',
      '"Sambel goreng," kata Ifan Seventeen.\n"Lebaran di Ponorogo," ucap pemilik nama lahir Riefian Fajarsyah.',
      [{ name: 'Ifan Seventeen' }, { name: 'Riefian Fajarsyah' }],
      [
        ['Sambel goreng,', 'Riefian Fajarsyah', 'kata Ifan Seventeen'],
        ['Lebaran di Ponorogo,', 'Riefian Fajarsyah', 'ucap pemilik nama lahir Riefian Fajarsyah'],
      ],
    ],
    [
      'an organisation inside a role is not the speaker, and -nya after it names no one',
      'Gubernur Polri mengatakan, penyidikan akan dilanjutkan pekan depan.\n"Kami tetap fokus pada kasus ini," katanya.',
      [],
      [['Kami tetap fokus pada kasus ini,', null, 'katanya']],
    ],
    [
      'a -nya typo still cues',
      'Budi Santoso memantau arus mudik.\n"Perginya penuh tapi pulangnya kosong," ucapnys.',
      [BUDI],
      [['Perginya penuh tapi pulangnya kosong,', 'Budi Santoso', 'ucapnys']],
    ],
    [
      'the opening mark cut off with a headline before it',
      'Semua sudah kami siapkan sejak pekan lalu," kata Budi.',
      [BUDI],
      [['Semua sudah kami siapkan sejak pekan lalu,', 'Budi Santoso', 'kata Budi']],
    ],
  ];
  it.each(cases)('%s', (_, source, people, expected) => {
    const orgs = [{ name: 'Kepolisian Negara Republik Indonesia', forms: ['Polri'] }];
    expect(direct(source, people, orgs)).toEqual(expected);
  });
});

describe('extractQuotes: what is not a quote', () => {
  const cases: [string, string][] = [
    ['scare quote', 'Kali ini, sang kapten mencocor bola "jinak" akibat kesalahan barisan pertahanan.'],
    [
      'a term after sebagai',
      'Pengacara itu mengecam vonis itu sebagai "keadilan ringkas" dan menyebut pemerintah lalai.',
    ],
    [
      'a nickname',
      'Berdasarkan pantauan, "Kim Bros" dan rombongan keluar dari hotel sekira pukul 15.15 WIB.',
    ],
    ['a title of a work', 'Mereka meluncurkan produk terbaru "Around The Nature" di Hotel Westin.'],
    ['two terms', 'Tempat itu bisa tampil "cantik" atau "keren" di Instagram.'],
    [
      'a term before a comma',
      'Otoritas lokal menyebutnya "kedalaman menengah", dan dirasakan hingga ibu kota.',
    ],
    ['a brand', 'Aqsa meluncurkan sebuah merek pakaian "45WAR" yang merupakan produk kolaborasi.'],
    ['apostrophes in names', "Ma'ruf Amin dan Jum'at berkah di Ka'bah disebut dalam acara itu."],
    ['a single-quoted term', "Warga menyebut kawasan itu 'kampung mati' sejak banjir."],
    ['inches', 'Televisi 32" itu dijual murah di pasar.'],
    ['only marks', '""""""""""""""""""""""'],
    [
      'a theme in title case',
      'Forum itu bertema besar.\n"Inovasi Kualitas Hidup Lebih Baik di Kota dan Komunitas"',
    ],
  ];
  it.each(cases)('%s', (_, source) => {
    expect(quotesOf(source).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('extractQuotes: indirect quotes', () => {
  const cases: [string, string, readonly Named[], [string, string | null, string][]][] = [
    [
      'menurut',
      'Menurut Budi, pelaku sudah ditangkap di luar kota.',
      [BUDI],
      [['pelaku sudah ditangkap di luar kota', 'Budi Santoso', 'Menurut Budi']],
    ],
    [
      'mengatakan bahwa',
      'Kapolres Budi Santoso mengatakan bahwa pelaku sudah ditangkap.',
      [BUDI],
      [['pelaku sudah ditangkap', 'Budi Santoso', 'Kapolres Budi Santoso mengatakan']],
    ],
    [
      'an inverted cue inside the sentence',
      'Di KM 10 ini, sebut Rita, merupakan lokalisasi terbesar di Kukar.',
      [RITA],
      [['Di KM 10 ini, sebut Rita, merupakan lokalisasi terbesar di Kukar', 'Rita Widyasari', 'sebut Rita']],
    ],
    [
      'an inverted cue at the end',
      'Pelaku sudah ditangkap di luar kota, kata Budi.',
      [BUDI],
      [['Pelaku sudah ditangkap di luar kota', 'Budi Santoso', 'kata Budi']],
    ],
    [
      'an inverted cue after a comma and spaces',
      'Pelaku sudah ditangkap di luar kota,   kata Budi.',
      [BUDI],
      [['Pelaku sudah ditangkap di luar kota', 'Budi Santoso', 'kata Budi']],
    ],
    [
      'a speech verb glued to a digit (no word boundary)',
      'Tim 2mengatakan bahwa pelaku sudah ditangkap.',
      [BUDI],
      [],
    ],
  ];
  it.each(cases)('%s', (_, source, people, expected) => {
    const got = quotesOf(source, people).filter((q) => q.kind === 'indirect');
    expect(got.map((q) => [q.text, q.speaker, q.cue])).toEqual(expected);
  });

  it('takes no indirect quote from words inside quotation marks', () => {
    const got = quotesOf('"Saya mengatakan bahwa semua aman terkendali," kata Budi.', [BUDI]);
    expect(got.map((q) => q.kind)).toEqual(['direct']);
  });
});

describe('extractQuotes: offsets and records', () => {
  const source =
    'TENGGARONG - Bupati Kukar Rita Widyasari hadir.\r\n"Sosialisasinya\u00a0akan kita lakukan," kata Rita Widyasari.\r\nDi KM 10 ini, sebut Rita, merupakan lokalisasi terbesar.';
  const { article, context } = testArticle(source, [RITA]);
  const out = extractQuotes()(article, context);

  it('slices the source at every reported span', () => {
    expect(out.quotes.length).toBeGreaterThan(1);
    for (const q of out.quotes) {
      expect(source.slice(q.start, q.end)).toBe(q.text);
      if (q.cue !== null) expect(source.slice(q.cueStart ?? -1, q.cueEnd ?? -1)).toBe(q.cue);
    }
  });

  it('gives the speaker titles stated for the person', () => {
    expect(out.quotes[0]?.speakerTitles).toEqual(['Bupati Kukar']);
  });

  it('flattens quotes into records for the quotes command', () => {
    expect(quoteRecords({ ...out, publishedAt: '2016-02-29' })[0]).toEqual({
      id: 'a1',
      url: 'https://x.id/1',
      publishedAt: '2016-02-29',
      speaker: 'Rita Widyasari',
      speakerTitles: ['Bupati Kukar'],
      text: 'Sosialisasinya\u00a0akan kita lakukan,',
      kind: 'direct',
      cue: 'kata Rita Widyasari',
      start: out.quotes[0]?.start,
      end: out.quotes[0]?.end,
    });
  });

  it('can leave indirect quotes out', () => {
    const only = extractQuotes({ indirect: false })(article, context).quotes;
    expect(only.map((q) => q.kind)).toEqual(['direct']);
  });
});
