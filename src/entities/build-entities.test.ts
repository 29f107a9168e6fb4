import { describe, expect, it } from 'vitest';
import { buildEntities } from './build-entities.js';
import { type Candidate, makeCandidate } from './candidate.js';

/** People built from person candidates on each `[…]`-marked name of `marked`. */
function peopleOf(marked: string): Array<[string, string[]]> {
  const candidates: Candidate[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith('[')) {
      const name = part.slice(1, -1);
      candidates.push(makeCandidate({ type: 'PER', strong: true }, text.length, text.length + name.length));
      text += name;
    } else text += part;
  }
  return buildEntities(text, candidates).people.map((p) => [p.name, p.mentions.map((m) => m.text)]);
}

describe('buildEntities: people', () => {
  const cases: Array<[string, Array<[string, string[]]>]> = [
    // a short form joins the fullest name holding it as a run of words
    ['[Rita Widyasari] datang. Kata [Rita], siap.', [['Rita Widyasari', ['Rita Widyasari', 'Rita']]]],
    ['[Refdi Andri] hadir; [Andri] juga.', [['Refdi Andri', ['Refdi Andri', 'Andri']]]],
    // two people share a short form: the one named last before the mention takes it
    [
      '[Lee Min Ho] tiba. [Lee Jong Suk] menyusul. [Lee] tersenyum.',
      [
        ['Lee Min Ho', ['Lee Min Ho']],
        ['Lee Jong Suk', ['Lee Jong Suk', 'Lee']],
      ],
    ],
    [
      '[Lee Jong Suk] menyusul. [Lee Min Ho] tiba. [Lee] tersenyum.',
      [
        ['Lee Jong Suk', ['Lee Jong Suk']],
        ['Lee Min Ho', ['Lee Min Ho', 'Lee']],
      ],
    ],
    // neither named before the short form: the first made (the longest name, then the first in the text)
    [
      '[Lee] tersenyum. [Lee Jong Suk] menyusul. [Lee Min Ho] tiba.',
      [
        ['Lee Jong Suk', ['Lee', 'Lee Jong Suk']],
        ['Lee Min Ho', ['Lee Min Ho']],
      ],
    ],
    // must not merge: a word that is not a whole word of the name, or words out of order
    [
      '[Rita Widyasari] datang. [Rit] pergi.',
      [
        ['Rita Widyasari', ['Rita Widyasari']],
        ['Rit', ['Rit']],
      ],
    ],
    [
      '[Andri Refdi] pergi. [Refdi Andri] datang.',
      [
        ['Andri Refdi', ['Andri Refdi']],
        ['Refdi Andri', ['Refdi Andri']],
      ],
    ],
    // a name with a repeated word is found once
    ['[Abdul Abdul Karim] datang. [Abdul] pergi.', [['Abdul Abdul Karim', ['Abdul Abdul Karim', 'Abdul']]]],
  ];
  it.each(cases)('%s', (marked, expected) => {
    expect(peopleOf(marked)).toEqual(expected);
  });

  it('keeps many distinct people apart (the index of words keeps this linear)', () => {
    const names = Array.from({ length: 3000 }, (_, k) => `[Nama${k} Orang${k}]`).join(' dan ');
    expect(peopleOf(names)).toHaveLength(3000);
  });
});
