import { describe, expect, it } from 'vitest';
import { headlineEnd } from './headline.js';
import { findJunction, findStrictJunction, strictCandidates } from './junctions.js';
import { sentenceEnds } from './sentences.js';

describe('findJunction', () => {
  it.each([
    ['Kalahkan JepangMeski tetap', 'Meski'],
    ['proses konstruksi.Selain SS', 'Selain'],
    ['mudik Lebaran 2019Perbaikan dilakukan', 'Perbaikan'],
    ['Gelar Liga 1PSIS Semarang', 'PSIS'],
    ['di Depan Kantor KPUBeberapa barang', 'Beberapa'],
    ['tahun ini.“Kami siap,” ujarnya', '“Kami'],
    ['(16/11/2014).Park Joo-bong', 'Park'],
    ['Sudah Turun?Alasannya, beban', 'Alasannya'],
  ])('finds the boundary in %j', (text, next) => {
    const at = findJunction(text, 0, text.length);
    expect(text.slice(at).startsWith(next)).toBe(true);
  });
  it.each([
    'Video YouTube dan WhatsApp ramai',
    'Balapan MotoGP di KompasTV',
    'Harga iPhone dan eKTP baru',
    'Mobil McLaren milik LeBron James',
    'Jaringan 4G dan 5G di Jl.Sudirman',
    'Akun @AkunTofa menulis #ShopeeLiga1',
    'Ahmad, S.H.M.Si hadir',
    '"Sosialisasinya akan dimulai," katanya',
  ])('finds none in %j', (text) => {
    expect(findJunction(text, 0, text.length)).toBe(-1);
  });
  it('strict mode takes only boundaries after sentence punctuation', () => {
    expect(findJunction('Kartu TapCash dan UnikQu', 0, 24, true)).toBe(-1);
    const text = 'pada tahun ini.Senior Vice President';
    expect(findJunction(text, 0, text.length, true)).toBe(text.indexOf('Senior'));
  });
});

describe('findStrictJunction', () => {
  const texts = [
    'proses konstruksi.Selain SS dan tahun ini.“Kami siap,” ujarnya',
    'Dia pergi. Lalu pulang.Besok lagi."Setuju," jawab dia.',
    'Jl.Sudirman No. 5 dan S.H.Ahmad, lalu 2019.Hingga kini!Baru?Ya',
    'lagi."Setuju," jawab dia.”Kemudian Ébé datang.Éric pergi',
    'tidak ada sambungan di sini. Semua rapi.',
    '',
  ];
  it.each(texts)('finds what findJunction (strict) finds, in every range of %j', (text) => {
    const candidates = strictCandidates(text);
    for (let from = 0; from <= text.length; from += 3)
      for (let to = from; to <= text.length; to += 5)
        expect(findStrictJunction(text, from, to, candidates)).toBe(findJunction(text, from, to, true));
  });
  it('lists only punctuation followed by a capital or a quote and a capital', () => {
    expect(strictCandidates('a.B c. D e."F g!h i?”J')).toEqual([1, 10, 19]);
  });
  // The places the regex of the definition matches, in order, whatever mix of marks, quotes and capitals.
  const definition = /[.!?](?=["”’'][“"]?[A-Z\u00c0-\u00de]|["“]?[A-Z\u00c0-\u00de])/g;
  it.each([...texts, 'a!B.C?D."E!”F?’G.\'H!“I?"J.Ö!ß.é', '...A!!B??"C.“"D!’“E?\'"F. G!', 'akhir.', '!A'])(
    'lists the places of the definition in %j',
    (text) => {
      expect(strictCandidates(text)).toEqual([...text.matchAll(definition)].map((m) => m.index));
    },
  );
});

describe('headlineEnd', () => {
  it('ends at a glued boundary', () => {
    const text =
      'Baca juga: Bawakan Obat, Istri Sebut Suaminya Derita 3 Penyakit IniMustofa sedang diperiksa.';
    expect(text.slice(0, headlineEnd(text, 11))).toBe(
      'Baca juga: Bawakan Obat, Istri Sebut Suaminya Derita 3 Penyakit Ini',
    );
  });
  it('ends at the line end when nothing is glued', () => {
    const text = 'Baca juga: Gempa M 8 Guncang Peru';
    expect(headlineEnd(text, 11)).toBe(text.length);
  });
});

describe('sentenceEnds', () => {
  const cut = (text: string) => {
    const out: string[] = [];
    let from = 0;
    for (const end of sentenceEnds(text, 0, text.length)) {
      out.push(text.slice(from, end).trim());
      from = end;
    }
    out.push(text.slice(from).trim());
    return out;
  };
  it.each([
    ['Dr. H. Ahmad datang. Ia disambut.', ['Dr. H. Ahmad datang.', 'Ia disambut.']],
    [
      'Rapat di Jl. Sudirman No. 5 selesai. Semua pulang.',
      ['Rapat di Jl. Sudirman No. 5 selesai.', 'Semua pulang.'],
    ],
    [
      'Dana Rp1,5 triliun cair pukul 10.00 WIB. Warga lega.',
      ['Dana Rp1,5 triliun cair pukul 10.00 WIB.', 'Warga lega.'],
    ],
    ['Hadir Budi, S.H., M.Si. dan Ani. Acara usai.', ['Hadir Budi, S.H., M.Si. dan Ani.', 'Acara usai.']],
    ['Ada beras, gula, dll. Semua murah.', ['Ada beras, gula, dll.', 'Semua murah.']],
    ['"Kami siap." Ia tersenyum.', ['"Kami siap."', 'Ia tersenyum.']],
    [
      'Menurut M. Chatib Basri, ekonomi tumbuh. Itu kabar baik.',
      ['Menurut M. Chatib Basri, ekonomi tumbuh.', 'Itu kabar baik.'],
    ],
    ['Jumlahnya 1.000.000 orang. Naik dari 2018.', ['Jumlahnya 1.000.000 orang.', 'Naik dari 2018.']],
  ])('splits %j', (text, sentences) => expect(cut(text)).toEqual(sentences));
});
