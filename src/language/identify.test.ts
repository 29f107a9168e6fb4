import { describe, expect, it } from 'vitest';
import { decide, explainLanguage, isTooShort } from './identify.js';
import { emptyEvidence } from './model.js';

describe('explainLanguage', () => {
  const cases: [string, string, string][] = [
    ['Pemerintah kota akan memperbaiki jalan yang rusak setelah banjir pekan lalu.', 'ind', 'model'],
    ['Kerajaan negeri akan membaiki jalan raya yang rosak selepas banjir minggu lepas.', 'zsm', 'model'],
    ['The city will repair the roads that were damaged by the floods last week.', 'eng', 'model'],
    ['Je vais au marché demain matin avec ma mère pour acheter des légumes et du riz.', 'fra', 'franc'],
    ['Ok', 'und', 'too-short'],
  ];
  it.each(cases)('%s → %s by %s', (text, code, method) => {
    const e = explainLanguage(text);
    expect(e.decision.code).toBe(code);
    expect(e.decision.method).toBe(method);
  });
  it('ranks the model candidates, best first, with scores that sum to 1', () => {
    const e = explainLanguage(
      'Kerajaan negeri akan membaiki jalan raya yang rosak selepas banjir minggu lepas.',
    );
    expect(e.model.map((c) => c.code)).toEqual(['zsm', 'ind', 'eng']);
    expect(e.model.reduce((a, c) => a + c.score, 0)).toBeCloseTo(1, 2);
    expect(e.franc.length).toBeGreaterThan(0);
    expect(e.franc[0]?.score).toBe(1);
    expect(e.known).toBeGreaterThan(0.8);
  });
});

describe('decide', () => {
  it('never asks franc when given no sample', () => {
    const evidence = { ...emptyEvidence(), letters: 100, words: 20, known: 0, malay: -20, english: -50 };
    expect(decide(evidence, null)).toMatchObject({ code: 'ind', method: 'model' });
  });
  const short: [number, number, boolean][] = [
    [0, 0, true],
    [9, 3, true],
    [12, 1, true],
    [12, 2, false],
    [25, 1, false],
  ];
  it.each(short)('%i letters in %i words: too short %s', (letters, words, expected) => {
    expect(isTooShort({ ...emptyEvidence(), letters, words })).toBe(expected);
  });
});
