import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedArticle, parseBatch, safeParse } from './index.js';
import type { Stage } from './model.js';
import { makePipeline, runPipeline, runPipelineBatch } from './pipeline.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const texts = readdirSync(fixtures)
  .map((dir) => join(fixtures, dir, 'input.txt'))
  .flatMap((file) => {
    try {
      return [readFileSync(file, 'utf8')];
    } catch {
      return [];
    }
  });

describe('parseBatch (stage by stage)', () => {
  it('gives each article exactly what safeParse gives it alone, in order', () => {
    const inputs = [...texts, '', '   ', 'x', '"'.repeat(5000)].map((text, i) => ({
      text,
      meta: { id: `t${i}` },
    }));
    expect(inputs.length).toBeGreaterThan(8);
    for (const cleanOnly of [false, true]) {
      const batch = parseBatch(inputs, { cleanOnly });
      const alone = inputs.map((input) => safeParse(input.text, input.meta, { cleanOnly }));
      expect(JSON.stringify(batch)).toBe(JSON.stringify(alone));
    }
  });

  it('bodyOnly gives the clean body of cleanOnly, without deciding the language', () => {
    const inputs = texts.map((text, i) => ({ text, meta: { id: `t${i}` } }));
    const body = parseBatch(inputs, { bodyOnly: true });
    const clean = parseBatch(inputs, { cleanOnly: true });
    expect(clean.some((a) => a.language.code !== 'und')).toBe(true);
    body.forEach((article, i) => {
      expect(article.language.code).toBe('und');
      expect(JSON.stringify({ ...article, language: null })).toBe(
        JSON.stringify({ ...clean[i], language: null }),
      );
    });
  });

  it('keeps a failure to its own article: the others go through every stage', () => {
    const boom: Stage = (article, context) => {
      if (context.source.includes('BOOM')) throw new Error('stage failed');
      return article;
    };
    const stages = [
      ...makePipeline({ cleanOnly: true }),
      boom,
      ...makePipeline({ cleanOnly: true }).slice(-1),
    ];
    const inputs = ['Satu paragraf berita.', 'BOOM di sini.', 'Paragraf ketiga yang biasa.'].map(
      (text, i) => ({
        text,
        meta: { id: `a${i}` },
      }),
    );
    const out = runPipelineBatch(stages, inputs, failedArticle);
    expect(out.map((a) => a.error)).toEqual([undefined, 'stage failed', undefined]);
    expect(out[1]?.id).toBe('a1');
    expect(out[0]).toEqual(runPipeline(stages, inputs[0]?.text ?? '', inputs[0]?.meta));
    expect(out[2]).toEqual(runPipeline(stages, inputs[2]?.text ?? '', inputs[2]?.meta));
  });
});
