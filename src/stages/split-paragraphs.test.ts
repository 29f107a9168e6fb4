import { describe, expect, it } from 'vitest';
import type { Article } from '../model.js';
import { runPipeline } from '../pipeline.js';
import { splitLines } from './split-lines.js';
import { splitParagraphs } from './split-paragraphs.js';

const parse = (text: string): Article => runPipeline([splitLines(), splitParagraphs()], text);
const texts = (a: Article) => a.paragraphs.map((p) => p.text);

function expectSpansHold(source: string, article: Article): void {
  for (const p of article.paragraphs) expect(source.slice(p.start, p.end)).toBe(p.text);
}

const SENTENCES = [
  'Bank Mandiri menyalurkan kredit pariwisata senilai Rp1,5 triliun hingga kuartal III/2018.',
  'Direktur Utama PT Bank Mandiri (Persero) Tbk. Kartika Wirjoatmodjo mengatakan hal itu di Jl. Gatot Subroto No. 36, Jakarta.',
  'Rapat dimulai pukul 10.00 WIB dan dihadiri Dr. H. Ahmad Fauzi, S.H., M.Si. serta Prof. Ir. Budi Santoso.',
  'Jumlah debitur mencapai 1.000.000 orang di Kec. Pleret, Kab. Bantul, dll.',
  '"Kami akan terus mendorong sektor ini. Potensinya sangat besar," kata dia.',
  'Sebelumnya, OJK menyatakan akan fokus mendukung upaya pemerintah.',
];

describe('splitParagraphs', () => {
  it('splits at glued paragraph boundaries', () => {
    const source =
      'Harga naik pada tahun ini.Senior Vice President Bank Mandiri menuturkan hal itu.“Kami siap,” ujarnya.';
    const article = parse(source);
    expectSpansHold(source, article);
    expect(texts(article)).toEqual([
      'Harga naik pada tahun ini.',
      'Senior Vice President Bank Mandiri menuturkan hal itu.',
      '“Kami siap,” ujarnya.',
    ]);
    expect(article.diagnostics.map((d) => d.rule)).toContain('split-glued-paragraphs');
  });
  it.each([
    'Pengguna KRL bisa membayar dengan Kartu BNI TapCash dan aplikasi UnikQu.',
    'Ia tinggal di Jl.Sudirman bersama keluarganya di Kota Bandung.',
    'Versi terbaru iPhone dan YouTube Music dirilis bersama MotoGP Mandalika.',
    'Kapasitasnya naik menjadi 1.000.000 ton pada pukul 10.00 WIB.',
  ])('does not split %j', (source) => {
    expect(texts(parse(source))).toEqual([source]);
  });
  it('regroups a long body that lost its line breaks, never inside a quote, with a diagnostic', () => {
    const source = [...SENTENCES, ...SENTENCES, ...SENTENCES].join(' ');
    const article = parse(source);
    expectSpansHold(source, article);
    expect(article.paragraphs.length).toBeGreaterThan(3);
    expect(article.paragraphs.map((p) => p.text).join(' ')).toBe(source);
    for (const p of article.paragraphs) {
      expect(/[.!?"”]$/.test(p.text), p.text).toBe(true);
      expect((p.text.match(/"/g) ?? []).length % 2, p.text).toBe(0);
      // No paragraph starts inside an abbreviation or a number.
      expect(p.text).not.toMatch(/^(?:H\.|Ahmad|Kartika|Gatot|Ir\.|Budi|Bantul|000)/);
    }
    expect(article.diagnostics.map((d) => d.rule)).toContain('split-paragraphs');
  });
  it('splits a long body at wide gaps when it has them', () => {
    const parts = [SENTENCES.join(' '), SENTENCES.slice(1).join(' '), SENTENCES.slice(2).join(' ')];
    const source = parts.join('  ');
    expect(texts(parse(source))).toEqual(parts);
  });
  it('leaves ordinary paragraphs alone', () => {
    const source = SENTENCES.join('\n');
    const article = parse(source);
    expect(article.diagnostics).toEqual([]);
    expect(texts(article)).toEqual(SENTENCES);
  });
});
