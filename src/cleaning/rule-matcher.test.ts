import { describe, expect, it } from 'vitest';
import type { BoilerplateRule } from '../data/boilerplate.js';
import { makeRuleMatcher, triggerAnchor } from './rule-matcher.js';

/** What `triggered` does with an anchor: the sticky trigger tried where the literal puts a match's start. */
function testByAnchor(trigger: RegExp, text: string): boolean {
  const anchor = triggerAnchor(trigger);
  if (anchor === null) throw new Error('no anchor');
  const { literal, offset, sticky } = anchor;
  for (let at = text.indexOf(literal, offset); at >= 0; at = text.indexOf(literal, at + 1)) {
    sticky.lastIndex = at - offset;
    if (sticky.test(text)) return true;
  }
  return false;
}

describe('triggerAnchor', () => {
  it.each([
    [/[A-Za-z.]\/[A-Za-z]/, '/', 1],
    [/\/x/, '/', 0],
    [/a\.b/, 'a', 0],
    [/\d\d:\d/, ':', 2],
    [/.[^ ]#/, '#', 2],
  ])('finds the first literal of %s', (trigger, literal, offset) => {
    expect(triggerAnchor(trigger)).toMatchObject({ literal, offset });
  });
  it.each([
    /[A-Z]+\/x/, // a quantifier before the literal
    /[a-z]\/?x/, // an optional literal
    /x|y/, // alternatives
    /[a-z]\/x|foo/, // an alternative without the literal
    /^[A-Z] -/, // an anchor
    /(a)\/b/, // a group
    /\bx/, // a word boundary
    /[a-z]\/x/i, // flags
    /[a-z]\/x/u, // Unicode mode: a class may take two code units
    /\p{L}x/u,
    /[a-z][0-9]/, // no literal at all
  ])('gives none for %s', (trigger) => {
    expect(triggerAnchor(trigger)).toBeNull();
  });
  const texts = [
    'Nasional/Bappenas',
    'tanggal (13/12/2018) lalu',
    '/awal dan akhir/',
    'KOMPAS.com/KRISTIANTO',
    'a / b',
    'http://x.y/z',
    '',
    '//',
    'x./y',
  ];
  it.each(texts)('answers as the trigger itself does on %j', (text) => {
    for (const trigger of [/[A-Za-z.]\/[A-Za-z]/, /\/[a-z]/, /\d\/\d/, /.\/./])
      expect(testByAnchor(trigger, text)).toBe(trigger.test(text));
  });
});

describe('makeRuleMatcher with an anchored trigger', () => {
  const rule: BoilerplateRule = {
    id: 'caption',
    pattern: /(?:KOMPAS\.com|AFP)\/[^\s/]+/,
    extent: 'match',
    inline: 'anywhere',
    requires: ['/'],
    trigger: /[A-Za-z.]\/[A-Za-z]/,
  };
  const matcher = makeRuleMatcher([rule]);
  const accept = () => 0;
  it.each([
    ['Foto kapal. KOMPAS.com/KRISTIANTO Warga', 12],
    ['Kapal itu AFP/VALERY tiba', 10],
    ['x Nasional/Bappenas dan AFP/X', 24],
  ])('finds the rule where its trigger holds: %j', (text, at) => {
    expect(matcher.inside(text, accept)?.at).toBe(at);
  });
  it.each(['tanggal (13/12/2018) lalu', 'tanpa garis miring', 'AFP / X', 'a /b'])(
    'tries nothing where its trigger does not hold: %j',
    (text) => expect(matcher.inside(text, accept)).toBeNull(),
  );
});
