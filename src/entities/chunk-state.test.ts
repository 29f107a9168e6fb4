import { describe, expect, it } from 'vitest';
import { specialWords, wordFlags } from './chunk-state.js';
import { LAW_WORDS } from './cue-words.js';
import { loadGazetteer } from './gazetteer.js';
import { FACILITY_HEADS, makeLexicon, NAME_CONNECTORS, PLACE_PREFIXES } from './lexicon.js';
import { WORD_FLAGS } from './tokenize.js';
import { hashWord } from './word-hash.js';

describe('wordFlags', () => {
  const lexicon = makeLexicon();
  const special = specialWords(lexicon, loadGazetteer({ villages: false }));
  const flags = wordFlags(lexicon, special);
  // Every word of every list has its bit: a clear bit may skip a lookup only where the list lacks the word.
  const lists: Array<[string, Iterable<string>, number]> = [
    ['titles', lexicon.titles, WORD_FLAGS.TITLE],
    ['title continuations', lexicon.titleContinuations, WORD_FLAGS.TITLE],
    ['honorifics', lexicon.honorifics, WORD_FLAGS.HONORIFIC],
    ['organisation heads', lexicon.organizationHeads, WORD_FLAGS.ORGANIZATION_HEAD],
    ['organisation tails', lexicon.organizationTails, WORD_FLAGS.ORGANIZATION],
    ['organisations', lexicon.organizations.keys(), WORD_FLAGS.ORGANIZATION],
    ['organisation first words', lexicon.organizationLongest.keys(), WORD_FLAGS.SPECIAL],
    ['connectors', NAME_CONNECTORS, WORD_FLAGS.CONNECTOR],
    ['special words', special, WORD_FLAGS.SPECIAL],
    ['place prefixes', PLACE_PREFIXES.keys(), WORD_FLAGS.PLACE_HEAD],
    ['facility heads', FACILITY_HEADS, WORD_FLAGS.PLACE_HEAD],
    ['law words', LAW_WORDS, WORD_FLAGS.LAW],
  ];
  it.each(lists)('%s have their bit', (_name, words, bit) => {
    const missing = [...words].filter((w) => (flags.get(hashWord(w)) & bit) === 0);
    expect(missing).toEqual([]);
  });
  const plain: Array<[string, number]> = [
    ['Widyasari', 0],
    ['Sumaji', 0],
    ['menyampaikan', 0],
  ];
  it.each(plain)('a plain word (%s) has no bit', (word, expected) => {
    expect(flags.get(hashWord(word))).toBe(expected);
  });
});
