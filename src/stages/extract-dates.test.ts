import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.js';
import { type ExtractDatesOptions, extractDates } from './extract-dates.js';
import { inferPublishedAt } from './infer-published-at.js';
import { splitLines } from './split-lines.js';

const run = (text: string, date: string | null, options: ExtractDatesOptions = {}) =>
  runPipeline([splitLines(), inferPublishedAt(), extractDates(options)], text, { id: 't', date });
const pairs = (text: string, date: string | null, options: ExtractDatesOptions = {}) =>
  run(text, date, options).dates.map((d) => [d.text, d.value]);

describe('extractDates: absolute dates', () => {
  const cases: [string, string, string][] = [
    ['kata Rita, Senin (29/2/2016).', 'Senin (29/2/2016)', '2016-02-29'],
    ['Senin, 29 Februari 2016 pukul 10.00', 'Senin, 29 Februari 2016 pukul 10.00', '2016-02-29T10:00'],
    ['terbit 29 Feb 2016.', '29 Feb 2016', '2016-02-29'],
    ['tanggal 29-2-2016 itu', '29-2-2016', '2016-02-29'],
    ['diperbarui 2016-02-29 kemarin', '2016-02-29', '2016-02-29'],
    ['Senin, 21 Januari 2019 / 20:12 WIB', 'Senin, 21 Januari 2019 / 20:12 WIB', '2019-01-21T20:12+07:00'],
    ['date=21+January+2019', '21+January+2019', '2019-01-21'],
    ['pada 17 Agu 2018 dan', '17 Agu 2018', '2018-08-17'],
    ['pada 17 Agt 2018 dan', '17 Agt 2018', '2018-08-17'],
    ['pada 17 Ags. 2018 dan', '17 Ags. 2018', '2018-08-17'],
    ['sejak 9 Sept 2001 itu', '9 Sept 2001', '2001-09-09'],
    ['pada 5 Okt 2015 dan', '5 Okt 2015', '2015-10-05'],
    ['pada 24 Des 2015 dan', '24 Des 2015', '2015-12-24'],
    ['pada 31 Ogos 2015 lalu', '31 Ogos 2015 lalu', '2015-08-31'],
    ['pada 4 Julai 2015 di', '4 Julai 2015', '2015-07-04'],
    ['pada 25 Disember 2015 di', '25 Disember 2015', '2015-12-25'],
    ['sejak Desember 2014 lalu', 'Desember 2014 lalu', '2014-12'],
    ['pada tahun 2014 itu', 'tahun 2014', '2014'],
    ['dibangun pada 2002 oleh', '2002', '2002'],
    ['sejak awal 2020 mendatang', 'awal 2020 mendatang', '2020'],
    ['Minggu (26/05/2019) dini hari', 'Minggu (26/05/2019) dini hari', '2019-05-26TNI'],
    ['pukul 10.00 WITA', 'pukul 10.00 WITA', '2019-05-26T10:00+08:00'],
    ['pukul 10.00 WIT', 'pukul 10.00 WIT', '2019-05-26T10:00+09:00'],
    ['Kamis (23/5/2019) pukul 05.36', 'Kamis (23/5/2019) pukul 05.36', '2019-05-23T05:36'],
  ];
  it.each(cases)('%s', (text, expression, value) => {
    expect(pairs(text, '2019-05-26')).toContainEqual([expression, value]);
  });
});

describe('extractDates: relative and year-less expressions', () => {
  const cases: [string, string, string, string][] = [
    ['hari ini', '2019-05-26', 'hari ini', '2019-05-26'],
    ['kemarin', '2016-03-01', 'kemarin', '2016-02-29'], // leap day
    ['besok', '2015-12-31', 'besok', '2016-01-01'], // year end
    ['lusa', '2016-02-28', 'lusa', '2016-03-01'],
    ['Senin lalu', '2016-01-01', 'Senin lalu', '2015-12-28'],
    ['Minggu (28/12) pagi', '2014-12-30', 'Minggu (28/12) pagi', '2014-12-28TMO'],
    ['(12/8)', '2015-01-10', '(12/8)', '2014-08-12'], // nearest before
    ['(29/2)', '2017-03-05', '(29/2)', '2016-02-29'], // the only leap year near
    ['(29/2)', '2016-03-05', '(29/2)', '2016-02-29'],
    ['pekan lalu', '2016-01-06', 'pekan lalu', '2015-W53'],
    ['pekan lalu', '2016-01-03', 'pekan lalu', '2015-W52'],
    ['sepekan ke depan', '2016-02-29', 'sepekan ke depan', '2016-W10'],
    ['bulan depan', '2015-12-10', 'bulan depan', '2016-01'],
    ['bulan lalu', '2016-01-15', 'bulan lalu', '2015-12'],
    ['tahun lalu', '2016-01-01', 'tahun lalu', '2015'],
    ['dua hari lalu', '2016-03-01', 'dua hari lalu', '2016-02-28'],
    ['lima tahun mendatang', '2019-05-26', 'lima tahun mendatang', '2024'],
    ['akhir Desember', '2015-01-05', 'akhir Desember', '2014-12'],
    ['Februari lalu', '2019-05-26', 'Februari lalu', '2019-02'],
    ['pengiriman Januari', '2014-11-28', 'Januari', '2015-01'],
    ['Jumat pekan lalu', '2019-05-26', 'Jumat pekan lalu', '2019-05-24'],
    ['kemarin (Sabtu)', '2019-05-26', 'kemarin (Sabtu)', '2019-05-25'],
    ['Lebaran 2019 ini', '2019-05-26', 'Lebaran 2019 ini', '2019-06-05'],
    ['Idul Fitri 1440 H', '2019-05-26', 'Idul Fitri 1440 H', '2019-06-05'],
    ['H-9 Lebaran', '2019-05-26', 'H-9 Lebaran', '2019-05-27'],
    ['sepekan sebelum Lebaran', '2019-05-26', 'sepekan sebelum Lebaran', '2019-05-29'],
    ['pada 1 Januari mendatang', '2013-10-23', '1 Januari mendatang', '2014-01-01'],
    ['pada 28 Desember lalu', '2014-01-05', '28 Desember lalu', '2013-12-28'],
    ['pada kuartal kedua 2015 jika', '2014-12-09', 'kuartal kedua 2015', '2015-Q2'],
    ['laba kuartal III-2018 naik', '2018-11-01', 'kuartal III-2018', '2018-Q3'],
    ['pada semester I tahun ini', '2019-05-26', 'semester I tahun ini', '2019-H1'],
    ['menjelang Idul Adha', '2019-07-30', 'Idul Adha', '2019-08-11'],
    ['Hari Raya Idul Adha 2014', '2014-01-01', 'Hari Raya Idul Adha 2014', '2014-10-05'],
    ['Pada 2012 naik, setahun sebelumnya turun', '2013-12-06', 'setahun sebelumnya', '2011'],
    ['turun sejak Juni.', '2014-12-25', 'Juni', '2014-06'], // `sejak` looks back
    ['berlaku hingga Maret.', '2014-12-25', 'Maret', '2015-03'], // `hingga` looks ahead
    ['terjadi Rabu (14/12/2014) waktu setempat', '2014-12-25', 'Rabu (14/12/2014)', '2014-12-24'], // typo 14 for 24
    ['bisa produksi 2018.', '2014-11-26', '2018', '2018'],
    ['kata dia, Senin (28/1).', '2019-01-29', 'Senin (28/1)', '2019-01-28'],
    ['kata dia, Senin (29/1).', '2019-01-29', 'Senin (29/1)', '2019-01-28'], // not 2018, a Monday
    ['sepanjang 2014, harga turun', '2014-12-30', '2014', '2014'],
    ['pada bulan November.', '2014-12-16', 'bulan November', '2014-11'],
  ];
  it.each(cases)('%s at %s', (text, date, expression, value) => {
    expect(pairs(text, date)).toContainEqual([expression, value]);
  });

  it('resolves `hari itu` to the last day mentioned', () => {
    expect(
      pairs('Kamis (23/5/2019) ia datang. Hari itu hujan, dan hari itu juga', '2019-05-26'),
    ).toContainEqual(['hari itu', '2019-05-23']);
  });
  it('puts a lone clock time on the last day written out, not on `kemarin`', () => {
    const text = 'Selasa (16/12/2014) setelah kemarin turun. Harga 55 dollar pukul 10:14 WIB.';
    expect(pairs(text, '2014-12-16')).toContainEqual(['pukul 10:14 WIB', '2014-12-16T10:14+07:00']);
  });
  it('reads a bare weekday as the day of that weekday written out nearby', () => {
    const text = 'OPEC bertemu Kamis (27/11/2014). Harga turun jelang pertemuan Kamis.';
    expect(pairs(text, '2014-11-26')).toContainEqual(['Kamis', '2014-11-27']);
    expect(pairs('Harga turun sejak Kamis.', '2014-11-26')).toContainEqual(['Kamis', '2014-11-20']);
  });
  it('puts `tengah hari` on the day the article is about', () => {
    const text = 'Harga minyak, Rabu (3/12/2014), naik pada perdagangan tengah hari.';
    expect(pairs(text, '2014-12-04')).toContainEqual(['tengah hari', '2014-12-03TMI']);
  });
  it('leaves relative expressions unresolved without a publication date', () => {
    expect(pairs('kemarin dan Senin lalu', null)).toEqual([
      ['kemarin', null],
      ['Senin lalu', null],
    ]);
  });
  it('types the resolution', () => {
    const [a, b, c] = run('Senin (29/2/2016), (12/8) dan kemarin', '2016-03-01').dates;
    expect([a?.resolution, b?.resolution, c?.resolution]).toEqual(['absolute', 'year-inferred', 'relative']);
  });
});

describe('extractDates: durations, sets and the present', () => {
  const cases: [string, string, string, string][] = [
    ['selama enam tahun', 'enam tahun', 'P6Y', 'duration'],
    ['setahun', 'setahun', 'P1Y', 'duration'],
    ['30 menit', '30 menit', 'PT30M', 'duration'],
    ['dua pekan', 'dua pekan', 'P2W', 'duration'],
    ['setiap hari', 'setiap hari', 'P1D', 'set'],
    ['setiap Senin', 'setiap Senin', 'XXXX-WXX-1', 'set'],
  ];
  it.each(cases)('%s', (text, expression, value, kind) => {
    const [d] = run(text, '2019-05-26', { durations: true }).dates;
    expect(d).toMatchObject({ text: expression, value, kind });
  });
  it('reports durations only when asked', () => {
    expect(pairs('selama enam tahun', '2019-05-26')).toEqual([]);
  });
  it('reports `sekarang` and `saat ini` as the present when asked', () => {
    expect(pairs('saat ini dan sekarang', '2019-05-26', { present: true })).toEqual([
      ['saat ini', '2019-05-26'],
      ['sekarang', '2019-05-26'],
    ]);
    expect(pairs('saat ini dan sekarang', '2019-05-26')).toEqual([]);
  });
});

describe('extractDates: what is not a date', () => {
  const cases: string[] = [
    'Pemilu 2019 berlangsung damai',
    'Piala Sudirman 2019 digelar',
    'sekitar 2000 orang hadir',
    'Undang-Undang Nomor 19 Tahun 2016 tentang ITE',
    'di Jalan Raya Pasar Minggu 14',
    'ramai Sabtu-Minggu di parkir timur',
    'pada tahun-tahun mendatang',
    'hanya 1/2 bagian',
    'versi 1.2.2019.3 dirilis',
    'kado Natal untuk anak',
    'Juni Rahayu mengatakan',
    'minggu',
    'nomor 12/8 itu',
    'berusia 30 tahun',
    'sejak tahun 1970-an',
    'acara Pertamina Outlook 2015, Jakarta',
    'sebanyak 2000 orang.',
    'sengketa pilpres 2019 ke MK',
    'Hari Raya Nyepi tiba',
    'semester lima mahasiswa',
  ];
  it.each(cases)('%s', (text) => {
    expect(pairs(text, '2019-05-26', { durations: true })).toEqual([]);
  });
});

describe('extractDates: weekdays and offsets', () => {
  it('reads an evident one-field typo by the weekday, with a diagnostic', () => {
    const a = run('kata dia, Minggu (25/5/2019).', '2019-05-26');
    expect(a.dates[0]?.value).toBe('2019-05-26');
    expect(a.diagnostics.map((d) => d.rule)).toContain('date-weekday-mismatch');
  });
  it('keeps the written date when the weekday cannot tell, with a diagnostic', () => {
    const a = run('kata dia, Senin (2/4/2019).', '2019-05-26');
    expect(a.dates[0]?.value).toBe('2019-04-02');
    expect(a.diagnostics.map((d) => d.rule)).toContain('date-weekday-mismatch');
  });
  it('keeps offsets into the source, through no-break spaces and carriage returns', () => {
    const source = 'Judul\r\nKata dia,\u00a0Senin\u00a0(29/2/2016),\r\ndi Tenggarong pada 27 Februari 2016.';
    const a = run(source, null);
    expect(a.dates).toHaveLength(2);
    for (const d of a.dates) expect(source.slice(d.start, d.end)).toBe(d.text);
  });
  it('gets through hostile input (long runs of digits, quotes, letters, weekdays)', () => {
    const long = `${'1'.repeat(200_000)} ${'"'.repeat(200_000)} ${'Senin, '.repeat(20_000)}${'a'.repeat(200_000)}`;
    const dates = run(long, '2019-05-26').dates;
    expect(dates).toHaveLength(20_000);
    expect(dates[0]).toMatchObject({ text: 'Senin', value: '2019-05-20' });
  });
});
