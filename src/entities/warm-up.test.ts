import { describe, expect, it } from 'vitest';
import type { Article, Stage } from '../model.js';
import { startArticle } from '../pipeline.js';
import { extractEntities } from '../stages/extract-entities.js';
import { WARM_UP_ROUNDS, warmUp } from './warm-up.js';

/** A stage that records what it is given and returns it unchanged. */
function recording(): { stage: Stage; seen: Article[] } {
  const seen: Article[] = [];
  return {
    seen,
    stage: (article, context) => {
      expect(context.view).toHaveLength(context.source.length);
      for (const p of article.paragraphs) expect(context.source.slice(p.start, p.end)).toBe(p.text);
      seen.push(article);
      return article;
    },
  };
}

describe('warmUp', () => {
  it('hands the stage articles with paragraphs and a dateline that point into their source', () => {
    const { stage, seen } = recording();
    warmUp(stage, 1);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.some((a) => a.paragraphs.length >= 3 && a.dateline === 'TENGGARONG')).toBe(true);
    expect(seen.some((a) => a.paragraphs.length === 0)).toBe(true);
    expect(seen.some((a) => a.dateline === null)).toBe(true);
  });

  it('runs the rounds asked for', () => {
    const { stage, seen } = recording();
    warmUp(stage, 2);
    const once = recording();
    warmUp(once.stage, 1);
    expect(seen).toHaveLength(2 * once.seen.length);
    expect(WARM_UP_ROUNDS).toBeGreaterThanOrEqual(1);
  });

  it('leaves the stage giving the same entities as a stage made without it', () => {
    const text =
      'Bupati Kukar Rita Widyasari datang ke Kabupaten Kutai Kartanegara (Kukar).\nMenurut Rita, PT Jasa Marga siap.';
    const { article, context } = startArticle(text);
    const paragraphs = [
      { text: text.slice(0, text.indexOf('\n')), start: 0, end: text.indexOf('\n') },
      { text: text.slice(text.indexOf('\n') + 1), start: text.indexOf('\n') + 1, end: text.length },
    ];
    const input = { ...article, paragraphs };
    const warm = extractEntities({ tagger: null })(input, context);
    const cold = extractEntities({ tagger: null, warmUp: false })(input, context);
    expect(warm.people).toEqual(cold.people);
    expect(warm.places).toEqual(cold.places);
    expect(warm.organizations).toEqual(cold.organizations);
    expect(warm.people.map((p) => p.name)).toEqual(['Rita Widyasari']);
  });
});
