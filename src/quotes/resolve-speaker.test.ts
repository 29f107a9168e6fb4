import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { startArticle } from '../pipeline.js';
import type { Cue } from './read-cue.js';
import { isOneEditAway, isShortFormOf } from './read-name.js';
import {
  buildOrganizationWords,
  buildPersonWords,
  organizationOfWord,
  personOfWord,
  SpeakerResolver,
} from './resolve-speaker.js';

describe('isOneEditAway', () => {
  const cases: [string, string, boolean][] = [
    ['Djuju', 'Djudju', true],
    ['Widodo', 'Widoda', true],
    ['Budi', 'Budi', false],
    ['Budi', 'Bude', true],
    ['Rita', 'Ratu', false],
    ['Bambang', 'Bambangan', false],
  ];
  it.each(cases)('%s ~ %s → %s', (a, b, expected) => expect(isOneEditAway(a, b)).toBe(expected));
});

describe('isShortFormOf', () => {
  const cases: [string, string, boolean][] = [
    ['Jokowi', 'Joko Widodo', true],
    ['BW', 'Bambang Widjojanto', true],
    ['Milo', 'Milomir Seslija', true],
    ['Djuju', 'Djudju Purwantoro', true],
    ['SSK', 'Sofyan Sembiring', false],
    ['JM', 'Joko Widodo', false],
    ['Kai', 'Kim Jongin', false],
    ['Bahlil', 'Joko Widodo', false],
    ['Jowi', 'Joko Widodo', false],
  ];
  it.each(cases)('%s ~ %s → %s', (short, full, expected) =>
    expect(isShortFormOf(short, full)).toBe(expected),
  );
});

/** Resolves the speaker words at the first occurrence of `words` in `source`. */
function resolveAt(
  source: string,
  words: string,
  article: Partial<Article>,
  reference: Cue['reference'] = 'name',
) {
  const { context, article: empty } = startArticle(source);
  const s = source.indexOf(words);
  const resolver = new SpeakerResolver({ ...empty, ...article }, context.view, []);
  const got = resolver.resolve({
    start: s,
    end: s + words.length,
    subjectStart: s,
    subjectEnd: s + words.length,
    reference,
  });
  return got === 'pronoun' || got === null ? got : got.name;
}

const mention = (source: string, text: string, from = 0) => {
  const start = source.indexOf(text, from);
  return { text, start, end: start + text.length };
};

describe('SpeakerResolver', () => {
  const source =
    'Kapolres Kediri AKBP Budi Santoso datang. Lee Kuan Yew wafat. Lee Hsien Loong bicara. Djuju hadir.';
  const people = [
    { name: 'Budi Santoso', titles: ['Kapolres Kediri'], mentions: [mention(source, 'Budi Santoso')] },
    { name: 'Lee Kuan Yew', titles: [], mentions: [mention(source, 'Lee Kuan Yew')] },
    { name: 'Lee Hsien Loong', titles: [], mentions: [mention(source, 'Lee Hsien Loong')] },
    { name: 'Djuju', titles: [], mentions: [mention(source, 'Djuju')] },
    { name: 'Djudju Purwantoro', titles: [], mentions: [] },
  ];
  const organizations = [{ name: 'Kepolisian Negara Republik Indonesia', acronym: 'Polri', mentions: [] }];
  const cases: [string, string, Cue['reference'], string | null][] = [
    ['a mention under the cue', 'Budi Santoso', 'name', 'Budi Santoso'],
    ['a surname alone', 'Santoso datang', 'name', 'Budi Santoso'],
    ['a title alone', 'Kapolres Kediri', 'name', 'Budi Santoso'],
    ['an organisation by its acronym', 'Polri', 'name', 'Kepolisian Negara Republik Indonesia'],
    ['a one-word person with a typo of a fuller name', 'Djuju', 'name', 'Djudju Purwantoro'],
  ];
  const extra = 'Polri';
  it.each(cases)('%s', (_, words, reference, expected) => {
    const text = words === extra ? `${source} Polri` : source;
    expect(resolveAt(text, words, { people, organizations }, reference)).toBe(expected);
  });

  it('points back when a pronoun comes after the last name', () => {
    const text = 'Sedangkan untuk Budi Santoso, dia menyebut';
    const p = [{ name: 'Budi Santoso', titles: [], mentions: [mention(text, 'Budi Santoso')] }];
    expect(resolveAt(text, 'Sedangkan untuk Budi Santoso, dia ', { people: p }, 'region')).toBe('pronoun');
  });

  it('skips a name that is the object of the verb before it', () => {
    const text = 'Bahlil mempersilakan Jokowi menilai';
    const p = [
      { name: 'Bahlil Lahadalia', titles: [], mentions: [mention(text, 'Bahlil')] },
      { name: 'Joko Widodo', titles: [], mentions: [mention(text, 'Jokowi')] },
    ];
    expect(resolveAt(text, 'Bahlil mempersilakan Jokowi ', { people: p }, 'region')).toBe('Bahlil Lahadalia');
  });

  it('takes a shared short name for the person named last in full', () => {
    const text = 'Lee Hsien Loong bicara. Lee Kuan Yew wafat. Lee berkata';
    const lee = (name: string) => ({
      name,
      titles: [],
      mentions: [mention(text, name), mention(text, 'Lee', 40)],
    });
    expect(resolveAt(text, 'Lee berkata', { people: [lee('Lee Hsien Loong'), lee('Lee Kuan Yew')] })).toBe(
      'Lee Kuan Yew',
    );
  });

  it('takes a one-word mention several names hold for the person last named in full', () => {
    const text = 'Lee Hsien Loong bicara. Lee Kuan Yew wafat. Lee berkata';
    const people = [
      { name: 'Lee Hsien Loong', titles: [], mentions: [mention(text, 'Lee Hsien Loong')] },
      { name: 'Lee Kuan Yew', titles: [], mentions: [mention(text, 'Lee Kuan Yew')] },
      { name: 'Lee', titles: [], mentions: [mention(text, 'Lee', 40)] },
    ];
    expect(resolveAt(text, 'Lee berkata', { people })).toBe('Lee Kuan Yew');
  });

  it('reads no one from a cue whose name is a known place', () => {
    const text = 'kata Camat Bekasi Timur';
    const places = [
      {
        name: 'Bekasi Timur',
        kind: 'district' as const,
        code: null,
        aliases: [],
        mentions: [mention(text, 'Bekasi Timur')],
      },
    ];
    expect(resolveAt(text, 'Camat Bekasi Timur', { places })).toBeNull();
  });

  it('reads the name as written when no one is known, less its titles', () => {
    expect(resolveAt('kata pelatih Joko Susilo', 'pelatih Joko Susilo', {})).toBe('Joko Susilo');
    expect(resolveAt('kata Kombes Pol Tatan Dirsan Atmaja', 'Kombes Pol Tatan Dirsan Atmaja', {})).toBe(
      'Tatan Dirsan Atmaja',
    );
  });
});

describe('word look-ups: the direct search (few names) and the map (many) agree', () => {
  // A small vocabulary so that names share words, titles and one-letter words; a seeded generator.
  const words = [
    'Rita',
    'Widyasari',
    'Budi',
    'Santoso',
    'Bupati',
    'Kukar',
    'H.',
    'A',
    'Rita Widyasari',
    'PT',
    'KPK',
  ];
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const phrase = () => Array.from({ length: 1 + next(3) }, () => words[next(words.length)]).join(' ');
  const mention = (text: string) => ({ text, start: 0, end: text.length });

  it('on random sets of people and organisations, for every word and form they hold', () => {
    for (let round = 0; round < 300; round++) {
      const people = Array.from({ length: 1 + next(4) }, () => ({
        name: phrase(),
        mentions: Array.from({ length: next(3) }, () => mention(phrase())),
      })) as unknown as Article['people'];
      const organizations = Array.from({ length: next(4) }, () => ({
        name: phrase(),
        acronym: next(2) ? words[next(words.length)] : null,
        mentions: Array.from({ length: next(3) }, () => mention(phrase())),
      })) as unknown as Article['organizations'];
      const personMap = buildPersonWords(people);
      const organizationMap = buildOrganizationWords(organizations);
      const keys = new Set([...words, ...personMap.keys(), ...organizationMap.keys(), 'Tidak', '']);
      for (const key of keys) {
        expect(personOfWord(people, key), `person of ${JSON.stringify(key)}`).toBe(personMap.get(key));
        expect(organizationOfWord(organizations, key), `organisation of ${key}`).toBe(
          organizationMap.get(key),
        );
      }
    }
  });
});
