import { describe, expect, it } from 'vitest';
import { type Candidate, type EntityType, makeCandidate } from './candidate.js';
import { makeLexicon } from './lexicon.js';
import {
  endsWithClitic,
  hasNotNameWord,
  looksLikeName,
  MERGE_INDEX,
  type MergeIndex,
  mergeTagged,
  NOT_NAME,
  type TaggedSpan,
} from './merge-tagged.js';

describe('hasNotNameWord (NOT_NAME without the regular expression)', () => {
  const cases: Array<[string, boolean]> = [
    ['Idul Fitri', true],
    ['Piala Sudirman', true],
    ['Undang-Undang', true],
    ['Sabtu', true],
    ['Rabué', true],
    ['17 Agustus 1945', true],
    ['Rita Widyasari', false],
    ['Meiji', false],
    ['Tolak', false],
    ['mei', false],
    ['Agustusan', false],
    ['WIBOWO', false],
    ['Pak_Tahun', false],
    ['', false],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(hasNotNameWord(text)).toBe(expected);
    expect(NOT_NAME.test(text)).toBe(expected);
  });
  it('reads only the range given', () => {
    expect(hasNotNameWord('Rita Senin', 0, 4)).toBe(false);
    expect(hasNotNameWord('Rita Senin', 5, 10)).toBe(true);
  });
});

describe('looksLikeName (the name shape by character codes in ASCII)', () => {
  const shape = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*| bin| binti| van| de){0,4}$/u;
  const cases: Array<[string, boolean]> = [
    ['Rita Widyasari', true],
    ['Luthfi bin Yahya', true],
    ['Siti binti Ahmad', true],
    ['Robin van Persie', true],
    ['Ana de Armas', true],
    ["Ma'ruf Amin", true],
    ['A. Yani', true],
    ['Jean-Paul Sartre', true],
    ['A B C D E', true],
    ['Ma’ruf Amin', true],
    ['Élodie Fontan', true],
    ['A B C D E F', false],
    ['bin Yahya', false],
    ['Rita den Haag', false],
    ['Rita ben Ali', false],
    ['Rita bint Ali', false],
    ['Rita  Widyasari', false],
    ['Rita\nWidyasari', false],
    [' Rita', false],
    ['Rita ', false],
    ['', false],
    ['Rita widyasari', false],
    ['Rita Widyasari2', false],
    ['PSIS Semarang', true],
    ['Idul Fitri', false],
    ['Rita 10', false],
    ['Rita élodie', false],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(looksLikeName(text)).toBe(expected);
    expect(shape.test(text) && !NOT_NAME.test(text)).toBe(expected);
  });
});

describe('endsWithClitic', () => {
  const clitic = /\p{Ll}{4}(nya|lah|kah)$/u;
  const cases: Array<[string, boolean]> = [
    ['Ceritanya', true],
    ['Akhirnya', true],
    ['Bukankah', true],
    ['Inilah', false],
    ['Sayalah', false],
    ['Tanya', false],
    ['Abdullah', true],
    ['ABCDnya', false],
    ['Karéknya', true],
    ['Kar1knya', false],
    ['Rita', false],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(endsWithClitic(text)).toBe(expected);
    expect(clitic.test(text)).toBe(expected);
  });
});

const lexicon = makeLexicon();
/** One bucket: every query scans every candidate in order (the merge before the index). */
const PLAIN: MergeIndex = { width: 64, small: Number.POSITIVE_INFINITY };
/** Buckets of `width` code units, whatever the paragraph's size. */
const bucketed = (width: number): MergeIndex => ({ width, small: 0 });
const INDEXES: MergeIndex[] = [PLAIN, bucketed(1), bucketed(5), bucketed(64), MERGE_INDEX];

type Spec = [type: Candidate['type'], text: string, fields?: Partial<Candidate>];

/** The offsets of the first `text` in `view`. */
function where(view: string, text: string): [number, number] {
  const start = view.indexOf(text);
  if (start < 0) throw new Error(`${text} not in ${view}`);
  return [start, start + text.length];
}

function candidate(view: string, [type, text, fields]: Spec): Candidate {
  const [start, end] = where(view, text);
  return makeCandidate({ type, strong: false, ...fields }, start, end);
}

function tagged(view: string, type: EntityType, text: string): TaggedSpan {
  const [start, end] = where(view, text);
  return { type, start, end, score: 0.9 };
}

const shown = (view: string, list: readonly Candidate[]) =>
  list.map((c) => `${c.type}:${view.slice(c.start, c.end)}`);

describe('mergeTagged', () => {
  const cases: Array<
    [name: string, view: string, found: Spec[], spans: Array<[EntityType, string]>, expected: string[]]
  > = [
    [
      'a tagged span replaces the untyped run it overlaps',
      'Kemarin Rohan Hafas datang.',
      [['UNK', 'Rohan Hafas', { words: 2 }]],
      [['PER', 'Rohan Hafas']],
      ['PER:Rohan Hafas'],
    ],
    [
      'a tagged person inside a name-shaped run takes the whole run',
      'Kemarin Rita Widyasari Sulaiman datang.',
      [['UNK', 'Rita Widyasari Sulaiman', { words: 3 }]],
      [['PER', 'Rita Widyasari']],
      ['PER:Rita Widyasari Sulaiman'],
    ],
    [
      'a calendar word around a tagged person makes it no person',
      'Pada Idul Fitri kemarin.',
      [['UNK', 'Idul Fitri', { words: 2 }]],
      [['PER', 'Fitri']],
      [],
    ],
    [
      'a tagged organisation around weak places replaces them',
      'Menteri Kabinet Indonesia Bersatu hadir.',
      [['LOC', 'Indonesia']],
      [['ORG', 'Kabinet Indonesia Bersatu']],
      ['ORG:Kabinet Indonesia Bersatu'],
    ],
    [
      'a strong place stays against a tagged organisation over it',
      'Menteri Kabinet Indonesia Bersatu hadir.',
      [['LOC', 'Indonesia', { strong: true }]],
      [['ORG', 'Kabinet Indonesia Bersatu']],
      ['LOC:Indonesia'],
    ],
    [
      'a tagged person at the end of an organisation ends it',
      'kata Kementerian Agama Agus Salim kemarin.',
      [['ORG', 'Kementerian Agama Agus Salim', { strong: true }]],
      [['PER', 'Agus Salim']],
      ['ORG:Kementerian Agama', 'PER:Agus Salim'],
    ],
    [
      "a tagged person inside a rule's person: the words between go to the title's organisation",
      'Ketua Partai Demokrat Pak Budi Santoso hadir.',
      [
        ['ORG', 'Partai Demokrat', { strong: true }],
        ['PER', 'Pak Budi Santoso', { titles: ['Ketua'] }],
      ],
      [['PER', 'Budi Santoso']],
      ['ORG:Partai Demokrat Pak', 'PER:Budi Santoso'],
    ],
    [
      'a tagged person starts after the strong organisation it starts in',
      'Direktur Bank Mandiri Rohan Hafas hadir.',
      [['ORG', 'Bank Mandiri', { strong: true }]],
      [['PER', 'Mandiri Rohan Hafas']],
      ['ORG:Bank Mandiri', 'PER:Rohan Hafas'],
    ],
    [
      "a person after a title without the tagger's agreement is dropped",
      'Ketua Dewan Perwakilan Rakyat hadir.',
      [['PER', 'Dewan Perwakilan Rakyat', { titles: ['Ketua'] }]],
      [],
      [],
    ],
    ['an unknown short acronym alone is dropped', 'Para pelaku UKM hadir.', [], [['ORG', 'UKM']], []],
    [
      'an untyped run no span overlaps stays',
      'Warga Senayan dan Rohan Hafas hadir.',
      [['UNK', 'Senayan', { words: 1 }]],
      [['PER', 'Rohan Hafas']],
      ['UNK:Senayan', 'PER:Rohan Hafas'],
    ],
  ];
  for (const index of INDEXES) {
    it.each(cases)(
      `%s (buckets of ${index.width}, small ${index.small})`,
      (_name, view, found, spans, expected) => {
        const list = mergeTagged(
          view,
          found.map((spec) => candidate(view, spec)),
          spans.map(([type, text]) => tagged(view, type, text)),
          lexicon,
          index,
        );
        expect(shown(view, list)).toEqual(expected);
      },
    );
  }
});

describe('mergeTagged through buckets gives what plain scans give', () => {
  const WORDS = [
    'Budi',
    'Santoso',
    'Ketua',
    'Umum',
    'Partai',
    'Demokrat',
    'Bank',
    'Mandiri',
    'Rohan',
    'Hafas',
    'Kementerian',
    'Agama',
    'Agus',
    'Salim',
    'Idul',
    'Fitri',
    'Jakarta',
    'UKM',
    'di',
    'kata',
    'dan',
    'yang',
    '12;',
    'Ardhiyasa;',
    '6-Maman',
    '(PSK)',
    'Pekerja',
    'Seks',
    'Komersial',
    'Pak',
    'Rita',
    'Widyasari',
    'Kabinet',
    'Indonesia',
  ];
  const TYPES: Candidate['type'][] = ['PER', 'LOC', 'ORG', 'UNK'];
  /** A deterministic pseudo-random generator (the cases are the same on every run). */
  function random(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
  }
  it('on random paragraphs of names, candidates and spans, overlapping or not', () => {
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    let changed = 0;
    for (let trial = 0; trial < 300; trial++) {
      const words = Array.from({ length: 10 + Math.floor(next() * 60) }, () => pick(WORDS));
      const starts: number[] = [];
      let view = '';
      for (const w of words) {
        if (view) view += next() < 0.1 ? '  ' : ' ';
        starts.push(view.length);
        view += w;
      }
      const range = (): [number, number] => {
        const a = Math.floor(next() * words.length);
        const b = Math.min(words.length, a + 1 + Math.floor(next() * 4));
        return [starts[a] as number, (starts[b - 1] as number) + (words[b - 1] as string).length];
      };
      const found: Candidate[] = [];
      for (let k = Math.floor(next() * 12); k > 0; k--) {
        const [start, end] = range();
        const type = pick(TYPES);
        found.push(
          makeCandidate(
            {
              type,
              strong: next() < 0.4,
              titles: type === 'PER' && next() < 0.4 ? ['Ketua'] : undefined,
              confirmed: next() < 0.2 ? true : undefined,
              acronym: next() < 0.1 ? 'X' : undefined,
              words: 1 + Math.floor(next() * 5),
            },
            start,
            end,
          ),
        );
      }
      const spans: TaggedSpan[] = [];
      for (let k = Math.floor(next() * 10); k > 0; k--) {
        const [start, end] = range();
        spans.push({ type: pick(['PER', 'LOC', 'ORG'] as const), start, end, score: 0.9 });
      }
      if (next() < 0.7) spans.sort((a, b) => a.start - b.start);
      const plain = mergeTagged(view, found.slice(), spans, lexicon, PLAIN);
      if (JSON.stringify(plain) !== JSON.stringify(found)) changed++;
      for (const index of INDEXES) {
        expect(mergeTagged(view, found.slice(), spans, lexicon, index)).toEqual(plain);
      }
    }
    // The merge did something in most paragraphs (the comparison is not between two copies of the input).
    expect(changed).toBeGreaterThan(150);
  });

  it('on a long paragraph (the default index buckets it)', () => {
    const unit = 'Ketua Partai Demokrat Pak Budi Santoso dan Direktur Bank Mandiri Rohan Hafas hadir. ';
    const view = unit.repeat(300);
    const found: Candidate[] = [];
    const spans: TaggedSpan[] = [];
    for (let at = 0; at < view.length; at += unit.length) {
      const cut = (text: string): [number, number] => {
        const start = at + unit.indexOf(text);
        return [start, start + text.length];
      };
      found.push(makeCandidate({ type: 'ORG', strong: true }, ...cut('Partai Demokrat')));
      found.push(
        makeCandidate({ type: 'PER', strong: false, titles: ['Ketua'] }, ...cut('Pak Budi Santoso')),
      );
      found.push(makeCandidate({ type: 'ORG', strong: true }, ...cut('Bank Mandiri')));
      spans.push({ type: 'PER', start: cut('Budi Santoso')[0], end: cut('Budi Santoso')[1], score: 0.9 });
      spans.push({ type: 'PER', start: cut('Mandiri Rohan')[0], end: cut('Rohan Hafas')[1], score: 0.9 });
    }
    const list = mergeTagged(view, found.slice(), spans, lexicon);
    expect(list).toEqual(mergeTagged(view, found.slice(), spans, lexicon, PLAIN));
    // Candidates the merge adds come after the rules' (kept in place, replaced in place).
    expect(shown(view, [...list.slice(0, 4), ...list.slice(-1)])).toEqual([
      'ORG:Partai Demokrat Pak',
      'PER:Budi Santoso',
      'ORG:Bank Mandiri',
      'ORG:Partai Demokrat Pak',
      'PER:Rohan Hafas',
    ]);
    expect(list).toHaveLength(1200);
  });
});
