import { describe, expect, it } from 'vitest';
import { viewOf } from '../span.js';
import { cueAfter, cueBefore, isNyaCue } from './read-cue.js';

/** The cue after the first closing mark `"` at `|`: its text, speaker words and reference. */
function after(text: string): [string, string, string] | null {
  const view = viewOf(text.replace('|', ''));
  const at = text.indexOf('|');
  const cue = cueAfter(view, at, view.length);
  return cue && [view.slice(cue.start, cue.end), view.slice(cue.subjectStart, cue.subjectEnd), cue.reference];
}

/** The cue before the opening mark at `|`. */
function before(text: string): [string, string, string] | null {
  const view = viewOf(text.replace('|', ''));
  const at = text.indexOf('|');
  const cue = cueBefore(view, at, 0);
  return cue && [view.slice(cue.start, cue.end), view.slice(cue.subjectStart, cue.subjectEnd), cue.reference];
}

describe('cueAfter', () => {
  const cases: [string, [string, string, string] | null][] = [
    ['| kata Rita Widyasari, Senin (29/2/2016).', ['kata Rita Widyasari', 'Rita Widyasari', 'name']],
    ['| tambahnya.', ['tambahnya', '', 'pronoun']],
    ['|, ujar dia lagi.', ['ujar dia lagi', 'dia', 'pronoun']],
    [
      '| ujar Perwira Humas Polres Kediri Ipda Aris Sugiarto, dalam keterangan.',
      [
        'ujar Perwira Humas Polres Kediri Ipda Aris Sugiarto',
        'Perwira Humas Polres Kediri Ipda Aris Sugiarto',
        'name',
      ],
    ],
    [
      '| ujar Menteri PUPR, Basuki Hadimuljono dalam keterangan.',
      ['ujar Menteri PUPR, Basuki Hadimuljono', 'Menteri PUPR, Basuki Hadimuljono', 'name'],
    ],
    [
      '| ucap Staf Ahli Gubernur NTT Bidang Politik dan Pemerintahan Semuel Pakereng melalui pesan.',
      [
        'ucap Staf Ahli Gubernur NTT Bidang Politik dan Pemerintahan Semuel Pakereng',
        'Staf Ahli Gubernur NTT Bidang Politik dan Pemerintahan Semuel Pakereng',
        'name',
      ],
    ],
    [
      '| kata pemilik nama lengkap Kim Jongin tersebut dalam konferensi pers.',
      ['kata pemilik nama lengkap Kim Jongin tersebut', 'pemilik nama lengkap Kim Jongin', 'description'],
    ],
    ['| tutur Park Joo-bong memungkasi.', ['tutur Park Joo-bong', 'Park Joo-bong', 'name']],
    ['| demikian ungkapan Heng di media sosial.', ['demikian ungkapan Heng', 'Heng', 'name']],
    ['| jawab para peserta secara serentak.', ['jawab para peserta', 'para peserta', 'unnamed']],
    [
      '| kata Achmad Budiharto selaku Sekretaris Jenderal.',
      ['kata Achmad Budiharto', 'Achmad Budiharto', 'name'],
    ],
    ['| kata sang Kapolres.', ['kata sang Kapolres', 'sang Kapolres', 'name']],
    ['| kata Oliver Ye, PUBG Mobile Marketing Director.', ['kata Oliver Ye', 'Oliver Ye', 'name']],
    [
      '| kata Head of Marketing Metro, Scesilia Febiana.',
      ['kata Head of Marketing Metro, Scesilia Febiana', 'Head of Marketing Metro, Scesilia Febiana', 'name'],
    ],
    [
      '| kata Kepala Pusat Penerangan (Kapuspen) Kemendagri Bahtiar di Jakarta.',
      [
        'kata Kepala Pusat Penerangan (Kapuspen) Kemendagri Bahtiar',
        'Kepala Pusat Penerangan (Kapuspen) Kemendagri Bahtiar',
        'name',
      ],
    ],
    [
      '| ujar pelatih Semen Padang, Syafrianto Rusli.',
      ['ujar pelatih Semen Padang, Syafrianto Rusli', 'pelatih Semen Padang, Syafrianto Rusli', 'name'],
    ],
    ['| kata dr. Ayu Lestari.', ['kata dr. Ayu Lestari', 'dr. Ayu Lestari', 'name']],
    ['| klaim Ye. Dia lalu pergi.', ['klaim Ye', 'Ye', 'name']],
    ['| kata pria 43 tahun itu.', ['kata pria 43 tahun itu', 'pria 43 tahun', 'description']],
    ['| ujar petugas lain.', ['ujar petugas lain', 'petugas lain', 'unnamed']],
    ['| ISIS.', null],
    ['| dan dirasakan hingga ibu kota.', null],
    ['| adalah masyarakat konservatif.', null],
  ];
  it.each(cases)('%s', (text, expected) => expect(after(text)).toEqual(expected));
});

describe('cueBefore', () => {
  const cases: [string, [string, string, string] | null][] = [
    [
      'Bupati Kukar Rita Widyasari mengatakan, |',
      ['Bupati Kukar Rita Widyasari mengatakan', 'Bupati Kukar Rita Widyasari ', 'region'],
    ],
    ['Kata Budi, |', ['Kata Budi', 'Budi', 'name']],
    ['Menurutnya, |', ['Menurutnya', '', 'pronoun']],
    ['Luhut: |', ['Luhut', 'Luhut', 'name']],
    [
      'Berikut cuitan Mustofa seperti dikutip dari akun Twitter-nya: |',
      ['cuitan Mustofa', 'Mustofa', 'name'],
    ],
    [
      'Hal itu disampaikan Kapolres Budi kepada wartawan, |',
      ['disampaikan Kapolres Budi kepada wartawan', ' Kapolres Budi kepada wartawan', 'region'],
    ],
    ['Berdasarkan pantauan Kompas.com, |', null],
    ['Pengacara itu mengecam vonis itu sebagai |', null],
  ];
  it.each(cases)('%s', (text, expected) => expect(before(text)).toEqual(expected));
});

describe('isNyaCue', () => {
  const cases: [string, boolean][] = [
    ['katanya', true],
    ['ujarnya', true],
    ['tambahnya', true],
    ['ucapnys', true],
    ['bukunya', false],
    ['nya', false],
    ['kata', false],
  ];
  it.each(cases)('%s → %s', (word, expected) => expect(isNyaCue(word)).toBe(expected));
});
