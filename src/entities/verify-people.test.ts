import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { verifyPeople } from './verify-people.js';
import { makeAsciiWordSet } from './word-hash.js';

const NAME_WORDS = new Set(['bambang', 'hari', 'silvio', 'widjojanto', 'zoë']);
const NAME_TABLE = makeAsciiWordSet(NAME_WORDS);

// Two filler paragraphs so that the article is long enough for evidence to be asked for.
const FILLER = 'Hujan turun sejak pagi di kota itu.\nWarga memilih tinggal di rumah.';

/** Runs the check over `text` + filler, with a weak person candidate on each `[…]`-marked word. */
function keptPeople(marked: string, options: { strong?: boolean; filler?: boolean } = {}): string[] {
  const candidates: Candidate[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith('[')) {
      const name = part.slice(1, -1);
      candidates.push({
        type: 'PER',
        start: text.length,
        end: text.length + name.length,
        strong: !!options.strong,
      });
      text += name;
    } else text += part;
  }
  const view = options.filler === false ? text : `${text}\n${FILLER}`;
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const line of view.split('\n')) {
    ranges.push([at, at + line.length]);
    at += line.length + 1;
  }
  return verifyPeople(view, candidates, ranges, NAME_WORDS, NAME_TABLE).map((c) =>
    view.slice(c.start, c.end),
  );
}

describe('verifyPeople', () => {
  const cases: Array<[string, string[]]> = [
    // kept: evidence of a person
    ['Korban luka berat yakni [Sumaji] (47) dirawat.', ['Sumaji']],
    ['"Kami siap," kata [Haryani] kepada wartawan.', ['Haryani']],
    ['[Haryani] mengatakan, jalan itu rusak.', ['Haryani']],
    ['Personel yang hadir adalah [Suho] dan [Chen].', ['Suho', 'Chen']],
    [
      'Pemain: 22-[Hari Nur Yulianto], 10-[Komarudin]; 21-[Silvio Escobar].',
      ['Hari Nur Yulianto', 'Komarudin', 'Silvio Escobar'],
    ],
    ['Kabid Humas Refdi Andri hadir. Di tempat yang sama, [Refdi] juga bicara.', ['Refdi']],
    ['[Kai] tiba pagi. Siangnya [Kai] makan.', ['Kai', 'Kai']],
    ['Tim hukum [Bambang Widjojanto] hadir.', ['Bambang Widjojanto']],
    // dropped: a lone word with nothing to say it is a person
    ['Penelitian yang digagas oleh [Coravin] dilakukan tahun lalu.', []],
    ['Mereka menunggu konser dan comeback [Exo].', []],
    ['[Ceritanya], [Chen] datang terlambat.', ['Chen']],
    ['Kebangkitan [Singo Edan] dimulai musim ini.', []],
    // words compared without case, ASCII or not (a name outside ASCII is read as a string)
    ['[KAI] tiba pagi. Siangnya [Kai] makan.', ['KAI', 'Kai']],
    ['[Zoë] tiba pagi. Siangnya [ZOË] makan.', ['Zoë', 'ZOË']],
    ['[Zoë] tiba pagi. Siangnya [Kai] makan.', []],
    ['Tim hukum [Zoë Saldana] hadir.', ['Zoë Saldana']],
    ['Tim hukum [Zoe Saldana] hadir.', []],
    ['Tim hukum [BAMBANG Sutrisno] hadir.', ['BAMBANG Sutrisno']],
    ['Tim hukum [Bambangan Sutrisno] hadir.', []],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(keptPeople(marked)).toEqual(expected);
  });

  it('keeps everything in a short text, where there is no room for evidence', () => {
    expect(keptPeople('Mereka menunggu comeback [Exo].', { filler: false })).toEqual(['Exo']);
  });

  it('keeps a person typed with lexical evidence (a title or an honorific)', () => {
    expect(keptPeople('Mereka menunggu comeback [Exo].', { strong: true })).toEqual(['Exo']);
  });

  it('reads runs the same for every lone word, however many are asked about', () => {
    // Thirty lone words: the first ones are searched for one by one, the rest read from one listing of the text.
    const names = ['Ardi', 'Bima', 'Cika', 'Dodi', 'Eko', 'Fani', 'Gita', 'Hana', 'Indra', 'Joni'];
    for (let k = 0; k < 20; k++) names.push(`Zu${String.fromCharCode(97 + k)}ra`);
    const marked = names.map((n) => `Penelitian itu digagas oleh [${n}] tahun lalu.`).join(' ');
    // Every other name also opens a run of two capitalised words elsewhere in the text (`Bima Sakti`).
    const runs = names
      .filter((_, k) => k % 2 === 1)
      .map((n) => `Kami ke ${n} Sakti.`)
      .join(' ');
    expect(keptPeople(`${marked} ${runs}`)).toEqual(names.filter((_, k) => k % 2 === 1));
  });

  it('does not read a word inside another word or at a paragraph end as opening a run', () => {
    expect(keptPeople('Digagas oleh [Nara] tahun lalu. Itu SiNara Putri.')).toEqual([]);
    expect(keptPeople('Digagas oleh [Nara] tahun lalu. Itu Nara\nPutri datang.')).toEqual([]);
  });
});
