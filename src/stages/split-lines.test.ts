import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.js';
import { splitLines } from './split-lines.js';

describe('splitLines', () => {
  const cases: [string, string[]][] = [
    ['a\nb', ['a', 'b']],
    ['  a  \r\n\r\n b\r\n', ['a', 'b']],
    ['a\u00a0\n\u00a0\u00a0\nb', ['a', 'b']],
    ['', []],
    ['\n\n\n', []],
  ];
  it.each(cases)('%j', (text, expected) => {
    const article = runPipeline([splitLines()], text);
    expect(article.paragraphs.map((p) => p.text)).toEqual(expected);
    for (const p of article.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
