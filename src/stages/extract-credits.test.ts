import { describe, expect, it } from 'vitest';
import type { CreditRole } from '../model.js';
import { runPipeline } from '../pipeline.js';
import { extractCredits } from './extract-credits.js';
import { splitLines } from './split-lines.js';

const BODY = 'Bupati meresmikan pasar baru di pusat kota, Senin (29/2/2016).';
const parse = (text: string) => runPipeline([splitLines(), extractCredits()], text);

// [input after the body, credit text, role, name, body text left]
const fires: Array<[string, string, CreditRole, string, string | null]> = [
  ['(zik)', '(zik)', 'editor', 'zik', null],
  ['(nwy/nwy)', '(nwy/nwy)', 'editor', 'nwy/nwy', null],
  ['Ia berharap pasar ramai. (ant)', '(ant)', 'source', 'ant', 'Ia berharap pasar ramai.'],
  [
    '"Kami siap," katanya. (Doddy Wiratama)',
    '(Doddy Wiratama)',
    'author',
    'Doddy Wiratama',
    '"Kami siap," katanya.',
  ],
  [
    'Pasar dibuka pukul 06.00. (Tribunnews.com/Fahdi Fahlevi)',
    '(Tribunnews.com/Fahdi Fahlevi)',
    'reporter',
    'Fahdi Fahlevi',
    'Pasar dibuka pukul 06.00.',
  ],
  ['Editor: Sandro Gatra', 'Editor: Sandro Gatra', 'editor', 'Sandro Gatra', null],
  ['Penulis : Ihsanuddin', 'Penulis : Ihsanuddin', 'author', 'Ihsanuddin', null],
  ['Pewarta: Aditya Ramadhan', 'Pewarta: Aditya Ramadhan', 'reporter', 'Aditya Ramadhan', null],
  ['Oleh: Bening Tirta Muhammad', 'Oleh: Bening Tirta Muhammad', 'author', 'Bening Tirta Muhammad', null],
  ['Sumber: Kompas.com', 'Sumber: Kompas.com', 'source', 'Kompas.com', null],
];

// Look-alikes that stay in the body.
const keeps: string[] = [
  'Oleh karena itu, pasar akan dibuka setiap hari.',
  'Pekerja Seks Komersial (PSK) akan dibina oleh dinas sosial.',
  'Kontrak dikerjakan oleh PT Bank Mandiri (Persero).',
  'Editor film itu, Budi, memenangi penghargaan tahun lalu.',
  'Sumber dana pembangunan berasal dari APBD (anggaran daerah).',
];

describe('extractCredits', () => {
  it.each(fires)('takes %j as a credit', (tail, text, role, name, left) => {
    const source = `${BODY}\n${tail}`;
    const article = parse(source);
    const credit = article.credits.find((c) => c.text === text);
    expect(credit, JSON.stringify(article.credits)).toMatchObject({ role, name });
    expect(source.slice(credit?.start, credit?.end)).toBe(text);
    expect(article.removed.some((r) => r.reason === 'credit' && r.text === text)).toBe(true);
    expect(article.paragraphs.map((p) => p.text)).toEqual(left === null ? [BODY] : [BODY, left]);
  });
  it('reads two labelled credits on one line', () => {
    const article = parse(`${BODY}\nPenulis: Ihsanuddin | Editor: Sandro Gatra`);
    expect(article.credits.map((c) => [c.role, c.name])).toEqual([
      ['author', 'Ihsanuddin'],
      ['editor', 'Sandro Gatra'],
    ]);
  });
  it.each(keeps)('keeps %j', (line) => {
    const article = parse(`${BODY}\n${line}`);
    expect(article.credits).toEqual([]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([BODY, line]);
  });
  it('takes trailing initials only at the end of the article', () => {
    const article = parse(
      `${BODY} (ant)\nPasar baru itu menampung 300 pedagang.\nPedagang lama mendapat prioritas.`,
    );
    expect(article.credits).toEqual([]);
  });
});
