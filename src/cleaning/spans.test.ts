import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../model.js';
import { creditOf, removedOf, withLanguage } from './spans.js';

describe('span records built as literals', () => {
  const span: Paragraph = { text: 'Editor: Nama', start: 3, end: 15 };
  const marked: Paragraph = { text: 'Hello there', start: 20, end: 31, language: 'eng' };
  it('give the JSON of the spread, keys in its order', () => {
    expect(JSON.stringify(removedOf(span, 'credit', 'credit-editor'))).toBe(
      JSON.stringify({ ...span, reason: 'credit', rule: 'credit-editor' }),
    );
    expect(JSON.stringify(creditOf(span, 'editor', 'Nama'))).toBe(
      JSON.stringify({ ...span, role: 'editor', name: 'Nama' }),
    );
    expect(JSON.stringify(withLanguage(span, 'eng'))).toBe(JSON.stringify({ ...span, language: 'eng' }));
  });
  it('keep a paragraph language that is already there, as the spread does', () => {
    expect(JSON.stringify(removedOf(marked, 'boilerplate', 'x'))).toBe(
      JSON.stringify({ ...marked, reason: 'boilerplate', rule: 'x' }),
    );
    expect(withLanguage(marked, 'zsm')).toEqual({ ...marked, language: 'zsm' });
  });
  it('do not share the object they were given', () => {
    const removed = removedOf(span, 'title', 'first-line-title');
    expect(removed).not.toBe(span);
    expect(span).toEqual({ text: 'Editor: Nama', start: 3, end: 15 });
  });
});
