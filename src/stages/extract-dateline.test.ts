import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.js';
import { extractDateline, normalisePlace } from './extract-dateline.js';
import { splitLines } from './split-lines.js';

const parse = (text: string) => runPipeline([splitLines(), extractDateline()], text);
const BODY = 'Pemerintah menyiapkan 300 posko mudik.';

// [dateline as written, place]
const fires: Array<[string, string | null]> = [
  ['TENGGARONG -', 'Tenggarong'],
  ['JAKARTA, KOMPAS.com -', 'Jakarta'],
  ['KEDIRI, KOMPAS.com-', 'Kediri'],
  ['JAKARTA,  KOMPAS com -', 'Jakarta'],
  ['KOMPAS.com -', null],
  ['Liputan6.com, Jakarta -', 'Jakarta'],
  ['Jakarta, CNN Indonesia --', 'Jakarta'],
  ['KONTAN.CO.ID - JAKARTA.', 'Jakarta'],
  ['KONTAN.CO.ID -JAKARTA.', 'Jakarta'],
  ['Bisnis.com, JAKARTA —', 'Jakarta'],
  ['Bisnis.com, JAKARTA--', 'Jakarta'],
  ['TRIBUNNEWS.COM, JAKARTA -', 'Jakarta'],
  ['JAKARTA (ANTARA) -', 'Jakarta'],
  ['Jakarta -', 'Jakarta'],
  ['Bandung, IDN Times -', 'Bandung'],
  ['ACEH UTARA, KOMPAS.com -', 'Aceh Utara'],
  ['REPUBLIKA.CO.ID, JAKARTA --', 'Jakarta'],
  ['Suara.com -', null],
  ['VIVA –', null],
  ['Jakarta, CNBC Indonesia -', 'Jakarta'],
  // Three place words before the comma, two before the parenthesis, a bar for a dash.
  ['ACEH BARAT DAYA, KOMPAS.com -', 'Aceh Barat Daya'],
  ['PANGKAL PINANG (ANTARA) -', 'Pangkal Pinang'],
  ['KOMPAS.com | JAKARTA.', 'Jakarta'],
  // The first comma, parenthesis or dash tells which shapes can follow: each kind once more.
  ['SEMARANG, (ANTARA) -', 'Semarang'],
  ['KOMPAS.com – JAKARTA.', 'Jakarta'],
  ['PANGKAL-PINANG, KOMPAS.com -', 'Pangkal-Pinang'],
  ['KUPANG, KOMPAS.com —', 'Kupang'],
];

const keeps: string[] = [
  'Di Kabupaten Kutai Kartanegara (Kukar) saat ini ada 12 lokalisasi.',
  'KOMISI Pemilihan Umum telah merilis hasil perhitungan suara.',
  'Menurut dia, jalan tol - yang baru dibuka - sudah ramai.',
  'Presiden Joko Widodo menghadiri acara itu bersama menteri.',
  // Five words before the first comma or dash, a quote first: no dateline shape can fit.
  'Pemimpin Gereja Katolik Roma Paus, kata dia - di Roma.',
  'Sumber Jaya Abadi Makmur Sentosa - Pemerintah menutup pabrik itu.',
  '"JAKARTA - kata dia, sudah ramai.',
];

describe('extractDateline', () => {
  it.each(fires)('reads %j as %j', (dateline, place) => {
    const source = `${dateline} ${BODY}`;
    const article = parse(source);
    expect(article.dateline).toBe(place);
    expect(article.paragraphs[0]?.text).toBe(BODY);
    const removed = article.removed.find((r) => r.reason === 'dateline');
    expect(removed?.text).toBe(dateline);
    expect(source.slice(removed?.start, removed?.end)).toBe(dateline);
  });
  it('reads a dateline without a dash after an outlet', () => {
    const article = parse(`Liputan6.com, Jakarta Presiden Joko Widodo meresmikan tol.`);
    expect(article.dateline).toBe('Jakarta');
    expect(article.paragraphs[0]?.text).toBe('Presiden Joko Widodo meresmikan tol.');
  });
  it.each(keeps)('finds no dateline in %j', (line) => {
    const article = parse(line);
    expect(article.dateline).toBeNull();
    expect(article.paragraphs[0]?.text).toBe(line);
  });
  it('looks only at the first paragraph', () => {
    expect(parse(`${BODY}\nJAKARTA - Ini paragraf kedua.`).dateline).toBeNull();
  });
  it.each([
    ['TENGGARONG', 'Tenggarong'],
    ['JAKARTA PUSAT', 'Jakarta Pusat'],
    ['PANGKAL-PINANG', 'Pangkal-Pinang'],
    ['Jakarta', 'Jakarta'],
    ['ACEH BARAT DAYA', 'Aceh Barat Daya'],
    ['Aceh utara', 'Aceh utara'],
    ['JAKARTA  PUSAT', 'Jakarta Pusat'],
    ['JAKARTA.', 'Jakarta'],
    ['ÉCOLE', 'École'],
  ])('normalises %j to %j', (input, output) => expect(normalisePlace(input)).toBe(output));
});
