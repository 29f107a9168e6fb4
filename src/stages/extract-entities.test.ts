import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '../entities/find-candidates.js';
import type { Article } from '../model.js';
import { startArticle } from '../pipeline.js';
import { extractEntities } from './extract-entities.js';

// Rules and gazetteer only (no statistical tagger), so that the cases test this stage alone.
const stage = extractEntities({ tagger: null });

/** Runs the stage over one text whose lines are the kept paragraphs. */
function run(text: string, extra: Partial<Article> = {}, chosen = stage): Article {
  const { article, context } = startArticle(text);
  const paragraphs = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ text: line, start: at, end: at + line.length });
    at += line.length + 1;
  }
  const result = chosen({ ...article, paragraphs, ...extra }, context);
  for (const list of [result.people, result.places, result.organizations]) {
    for (const entity of list)
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  return result;
}

describe('extractEntities: people', () => {
  const cases: [string, Array<[string, string[]]>][] = [
    [
      'Bupati Kukar Rita Widyasari mengatakan akan segera menutup lokalisasi. Di sana, sebut Rita, ramai.',
      [['Rita Widyasari', ['Bupati Kukar']]],
    ],
    [
      'Menteri Sosial Khofifah Indar Parawansa memberi apresiasi, kata Khofifah.',
      [['Khofifah Indar Parawansa', ['Menteri Sosial']]],
    ],
    ['"Kami siap," kata Bu Risma kepada wartawan.', [['Risma', []]]],
    [
      'Tim hukum pasangan Prabowo Subianto-Sandiaga Uno mengajukan gugatan.',
      [
        ['Prabowo Subianto', []],
        ['Sandiaga Uno', []],
      ],
    ],
    // must not fire: sentence openers, capitalised common phrases, laws, calendar words
    ['Setelah itu, Dalam waktu dekat semua berjalan.', []],
    ['Pembinaan diberikan kepada Pekerja Seks Komersial (PSK) agar PSK tak kembali.', []],
    ['Aturan itu ada dalam Peraturan Pemerintah Nomor 62 Tahun 1990.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const people = run(text).people;
    expect(people.map((p) => [p.name, p.titles])).toEqual(expected);
  });

  it('merges a first name into the fullest form and keeps every mention', () => {
    const people = run('Bupati Kukar Rita Widyasari datang. Menurut Rita, semua siap.').people;
    expect(people).toHaveLength(1);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Rita Widyasari', 'Rita']);
  });
});

describe('extractEntities: places', () => {
  const cases: [string, Array<[string, string, string | null]>][] = [
    [
      'Di Kabupaten Kutai Kartanegara (Kukar), Kalimantan Timur (Kaltim) ada 12 lokalisasi di Kukar.',
      [
        ['Kabupaten Kutai Kartanegara', 'regency', '64.02'],
        ['Kalimantan Timur', 'province', '64'],
      ],
    ],
    ['Lokasinya di Kecamatan Loa Janan.', [['Kecamatan Loa Janan', 'district', '64.02.03']]],
    [
      'Rapat digelar di Tebet, Jakarta Selatan.',
      [
        ['Tebet', 'district', '31.74.01'],
        ['Kota Jakarta Selatan', 'city', '31.74'],
      ],
    ],
    [
      'Garuda mengurangi rute Jakarta-Amsterdam.',
      [
        ['Jakarta', 'province', '31'],
        ['Amsterdam', 'world-city', null],
      ],
    ],
    [
      'Jemaah salat di Masjid Al Huda Kampung Bali.',
      [
        ['Masjid Al Huda', 'locality', null],
        ['Kampung Bali', 'locality', null],
      ],
    ],
    // `warga X`: a resident of a place names the place, even a village
    ['Korban adalah warga Duri Kepa.', [['Duri Kepa', 'village', '31.73.05.1005']]],
    // must not fire: a place named only inside a title, a bare village name without a locative
    ['Gubernur Jawa Barat Ahmad Heryawan hadir.', []],
    ['Mekarsari menang dua gol.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(run(text).places.map((p) => [p.name, p.kind, p.code])).toEqual(expected);
  });

  it('records a short form defined in the text as an alias', () => {
    const place = run('Di Kabupaten Kutai Kartanegara (Kukar) dan di Kabupaten Kukar.').places[0];
    expect(place?.aliases).toEqual(['Kukar']);
    expect(place?.mentions.map((m) => m.text)).toEqual([
      'Kabupaten Kutai Kartanegara',
      'Kukar',
      'Kabupaten Kukar',
    ]);
  });

  // [removed dateline text, dateline, the place's mentions]
  const datelines: [string, string, Array<{ text: string; start: number; end: number }> | undefined][] = [
    ['TENGGARONG - ', 'Tenggarong', [{ text: 'TENGGARONG', start: 0, end: 10 }]],
    ['Tenggarong - ', 'Tenggarong', [{ text: 'Tenggarong', start: 0, end: 10 }]],
    // not at the start of the removed span
    ['(ANTARA) TENGGARONG - ', 'Tenggarong', [{ text: 'TENGGARONG', start: 9, end: 19 }]],
    // must not fire: the removed span does not hold the dateline
    ['SAMARINDA - ', 'Tenggarong', undefined],
  ];
  it.each(datelines)(
    'takes the dateline place from the removed span %j',
    (removedText, dateline, mentions) => {
      const text = `${removedText}Di Kukar ada lokalisasi.`;
      const end = removedText.length;
      const { article, context } = startArticle(text);
      const result = stage(
        {
          ...article,
          dateline,
          removed: [{ text: removedText, start: 0, end, reason: 'dateline', rule: 'dateline' }],
          paragraphs: [{ text: text.slice(end), start: end, end: text.length }],
        },
        context,
      );
      const place = result.places.find((p) => p.name === 'Tenggarong');
      expect(place?.mentions).toEqual(mentions);
      if (mentions) expect(place?.code).toBe('64.02.06');
    },
  );
});

describe('extractEntities: organisations', () => {
  const cases: [string, Array<[string, string | null, number]>][] = [
    [
      'Pemprov Kaltim dan Pemerintah Provinsi Kaltim rapat.',
      [['Pemerintah Provinsi Kalimantan Timur', null, 2]],
    ],
    ['Pemkab Kukar dianggap paling siap.', [['Pemerintah Kabupaten Kutai Kartanegara', null, 1]]],
    ['Kementerian Sosial (Kemensos) bekerja sama. Kemensos siap.', [['Kementerian Sosial', 'Kemensos', 3]]],
    [
      'Laporan diterima Bawaslu dan KPK.',
      [
        ['Badan Pengawas Pemilihan Umum', 'Bawaslu', 1],
        ['Komisi Pemberantasan Korupsi', 'KPK', 1],
      ],
    ],
    [
      'Saham PT Jasa Marga (Persero) Tbk naik. Jasa Marga untung.',
      [['PT Jasa Marga (Persero) Tbk', null, 2]],
    ],
    [
      'Kepala Korps Lalu Lintas (Korlantas) Polri Irjen Refdi Andri hadir.',
      [
        ['Korps Lalu Lintas', 'Korlantas', 2],
        ['Kepolisian Negara Republik Indonesia', 'Polri', 1],
      ],
    ],
    [
      'Kisruh internal DPD Hanura Sulsel belum selesai.',
      [
        ['Dewan Perwakilan Daerah', 'DPD', 1],
        ['Partai Hati Nurani Rakyat Sulawesi Selatan', 'Hanura', 1],
      ],
    ],
    // must not fire: a law is not an organisation
    ['Aturan itu ada dalam Undang-Undang Nomor 19 Tahun 2016.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(run(text).organizations.map((o) => [o.name, o.acronym, o.mentions.length])).toEqual(expected);
  });
});

describe('extractEntities: with a tagger', () => {
  const fake = (spans: Array<[TaggedSpan['type'], string]>) => (text: string) =>
    spans.map(([type, name]) => ({
      type,
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      score: 0.9,
    }));

  it('takes people the rules cannot type from the tagger', () => {
    const tagged = extractEntities({ tagger: fake([['PER', 'Daryono']]) });
    expect(run('Gempa itu, ungkap Daryono, dangkal.', {}, tagged).people.map((p) => p.name)).toEqual([
      'Daryono',
    ]);
    expect(run('Gempa itu, ungkap Daryono, dangkal.').people.map((p) => p.name)).toEqual(['Daryono']);
    expect(run('Gempa itu dangkal di Lagunas.', {}, tagged).people).toEqual([]);
  });

  it('keeps a rule-typed organisation against a tagged place inside it', () => {
    const tagged = extractEntities({ tagger: fake([['LOC', 'Kaltim']]) });
    const result = run('Pemprov Kaltim menggelar rapat.', {}, tagged);
    expect(result.organizations.map((o) => o.name)).toEqual(['Pemerintah Provinsi Kalimantan Timur']);
    expect(result.places).toEqual([]);
  });

  it('drops a tagged term made of common words with its acronym', () => {
    const tagged = extractEntities({ tagger: fake([['ORG', 'Pekerja Seks Komersial (PSK)']]) });
    expect(run('Pembinaan kepada Pekerja Seks Komersial (PSK) berjalan.', {}, tagged).organizations).toEqual(
      [],
    );
  });

  it('does not list a place named only in a title, even with its short form', () => {
    const text = 'Gubernur Daerah Istimewa Yogyakarta (DIY) Sri Sultan Hamengku Buwono X hadir.';
    expect(run(text).places).toEqual([]);
  });

  it('strips a title from a tagged person and keeps it as a title', () => {
    const tagged = extractEntities({ tagger: fake([['PER', 'Presiden Joko Widodo']]) });
    const people = run('Hal itu disampaikan Presiden Joko Widodo di Istana.', {}, tagged).people;
    expect(people.map((p) => [p.name, p.titles, p.mentions[0]?.text])).toEqual([
      ['Joko Widodo', ['Presiden'], 'Joko Widodo'],
    ]);
  });
});
