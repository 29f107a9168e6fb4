import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES } from '../data/boilerplate.js';
import { firstChars } from './first-chars.js';

const show = (pattern: RegExp): string | null => {
  const set = firstChars(pattern);
  return set === null ? null : String.fromCharCode(...[...set].sort((a, b) => a - b));
};

describe('firstChars', () => {
  // [pattern, the characters a match can start with, or null for "any"]
  const cases: Array<[RegExp, string | null]> = [
    [/(?:Baca|BACA|baca) ?(?:[Jj]uga|JUGA)/, 'Bb'],
    [/\[Gambas:[^\]\n]{0,80}\]/, '['],
    [/[Jj]uga|JUGA/, 'Jj'],
    [/[a-c]x/, 'abc'],
    [/[—–-]\s?x/, '-–—'],
    [/\d+ [Kk]omentar/, '0123456789'],
    [/^Halaman/, 'H'],
    // Must answer "any": it cannot tell, or the first item may be absent.
    [/\p{Lu}\p{Ll}/u, null],
    [/[\p{Lu}]x/u, null],
    [/[^\n]*fjs/, null],
    [/(?:Foto)?Caption/, null],
    [/A?B/, null],
    [/(?=B)B/, null],
    [/(?:B|)x/, null],
    [/baca/i, null],
    [/\s*Baca/, null],
    [/.x/, null],
    [/[\u00c0-\u00de]x/, null],
  ];
  it.each(cases)('%s → %s', (pattern, expected) => expect(show(pattern)).toBe(expected));

  it('never excludes the first character of a real match of any boilerplate rule', () => {
    const samples = [
      'Baca juga: Gempa Guncang Peru',
      'BACA JUGA: Harga Cabai Naik',
      'Lihat juga: Kabar Terbaru',
      'ADVERTISEMENT',
      '[Gambas:Video CNN]',
      'Simak juga Video berikut ini',
      'KOMPAS.com/KRISTIANTO PURNOMO Warga antre',
      'Dok. Humas Pemkot',
      '(Foto: Istimewa)',
      '— Nama (@handle) May 26, 2019',
      'googletag.cmd.push(function() { x });',
      'Ikuti kami di Google News',
      'A A A',
      'Artikel ini telah tayang di Tribunnews.com dengan judul X',
      'Copyright © ANTARA 2024',
      '#satu #dua #tiga',
      '1 2 3 Selanjutnya',
      '12 Komentar',
    ];
    for (const rule of BOILERPLATE_RULES) {
      const set = firstChars(rule.pattern);
      if (set === null) continue;
      const sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags}y`);
      for (const text of samples) {
        sticky.lastIndex = 0;
        if (sticky.test(text)) expect(set.has(text.charCodeAt(0)), `${rule.id} on ${text}`).toBe(true);
      }
    }
  });
});
