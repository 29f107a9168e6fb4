import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline.js';
import { detectLanguage } from './detect-language.js';
import { splitLines } from './split-lines.js';

const run = (text: string, title?: string) =>
  runPipeline([splitLines(), detectLanguage()], text, { id: 't', title: title ?? null });

// The seed article's opening (../shared/seed/article.txt), which must stay Indonesian.
const SEED =
  'Di Kabupaten Kutai Kartanegara (Kukar), Kalimantan Timur (Kaltim) saat ini ada 12 lokalisasi yang masih ' +
  'beroperasi. Dalam waktu dekat, seluruh lokalisasi itu akan ditutup.\n' +
  'Bupati Kukar Rita Widyasari mengatakan akan segera menutup 12 lokalisasi yang berada di 11 kecamatan itu.';

describe('detectLanguage: article decisions', () => {
  const cases: [string, string][] = [
    [SEED, 'ind'],
    [
      'Pemerintah provinsi akan mengumumkan anggaran baru untuk memperbaiki jalan setelah banjir pekan lalu.',
      'ind',
    ],
    ['Polisi menyita mobil yang dipakai tersangka karena uang hasil penjualan belum dikembalikan.', 'ind'],
    [
      'Kerajaan negeri akan mengumumkan peruntukan baharu untuk membaiki jalan raya selepas banjir minggu lepas.',
      'zsm',
    ],
    ['Polis merampas kereta yang digunakan suspek kerana wang hasil jualan itu belum dipulangkan.', 'zsm'],
    ['Bilangan kes jangkitan baharu meningkat 12 peratus berbanding minggu lalu, kata kementerian.', 'zsm'],
    [
      "The provincial government will announce a new budget to repair the roads after last week's floods.",
      'eng',
    ],
    ['Police seized the car the suspect used because the money from the sale had not been returned.', 'eng'],
    ['Ik ga morgenochtend met mijn moeder naar de markt om groenten en rijst te kopen.', 'nld'],
    ['سيعلن الحكومة عن ميزانية جديدة لإصلاح الطرق بعد الفيضانات في الأسبوع الماضي', 'arb'],
  ];
  it.each(cases)('%s → %s', (text, code) => {
    const a = run(text);
    expect(a.language.code).toBe(code);
    expect(a.language.confidence).toBeGreaterThan(0.3);
  });

  it('decides a script without spaces from its characters', () => {
    expect(run('政府将在下周宣布新的预算，用于修复上周洪水损坏的道路和桥梁。').language.code).toBe('cmn');
  });
  it('uses the title when the body is short', () => {
    expect(run('Ya.', 'Pemerintah Naikkan Harga Bahan Bakar Minyak Mulai Pekan Depan').language.code).toBe(
      'ind',
    );
  });
});

describe('detectLanguage: the prior towards Indonesian counts once per article', () => {
  // The same words as one paragraph and cut into four: the cut must not tip the decision.
  const texts: [string, string][] = [
    [
      'Kerajaan negeri akan mengumumkan peruntukan baharu untuk membaiki jalan raya selepas banjir minggu lepas.',
      'zsm',
    ],
    ['Polis merampas kereta yang digunakan suspek kerana wang hasil jualan itu belum dipulangkan.', 'zsm'],
    ['Pemerintah provinsi akan mengumumkan anggaran baru untuk memperbaiki jalan setelah banjir.', 'ind'],
    ['Polisi menyita mobil yang dipakai tersangka karena uang hasil penjualan belum dikembalikan.', 'ind'],
  ];
  const cut = (text: string, parts: number): string => {
    const words = text.split(' ');
    const size = Math.ceil(words.length / parts);
    const lines: string[] = [];
    for (let i = 0; i < words.length; i += size) lines.push(words.slice(i, i + size).join(' '));
    return lines.join('\n');
  };
  it.each(texts)('%s → %s, whole or in four paragraphs', (text, code) => {
    expect(run(text).language.code).toBe(code);
    const split = run(cut(text, 4));
    expect(split.paragraphs.length).toBe(4);
    expect(split.language.code).toBe(code);
  });
});

describe('detectLanguage: too short', () => {
  const cases: string[] = ['', 'A A A', '12.000', 'Ok', '— (zik)'];
  it.each(cases)('%j → und with a diagnostic', (text) => {
    const a = run(text);
    expect(a.language).toEqual({ code: 'und', confidence: 0 });
    expect(a.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['info', 'language-too-short']]);
  });
  it('adds no diagnostic when it can decide', () => {
    expect(run(SEED).diagnostics).toEqual([]);
  });
});

describe('detectLanguage: five-word sentences are right or und, never confidently wrong', () => {
  const cases: [string, string][] = [
    ['Polisi menangkap dua orang tersangka.', 'ind'],
    ['Saya tidak bisa datang besok.', 'ind'],
    ['Harga mobil baru naik lagi.', 'ind'],
    ['Pemerintah belum mengumumkan keputusan itu.', 'ind'],
    ['Polis menahan dua suspek semalam.', 'zsm'],
    ['Kerajaan umumkan bantuan baharu semalam.', 'zsm'],
    ['Kenderaan itu dirampas oleh polis.', 'zsm'],
    ['The police arrested two suspects.', 'eng'],
    ['I cannot come here tomorrow.', 'eng'],
  ];
  it.each(cases)('%s → %s or und', (text, code) => {
    const { language } = run(text);
    expect([code, 'und']).toContain(language.code);
    expect(language.confidence).toBeLessThan(0.5);
  });
});

describe('detectLanguage: paragraphs', () => {
  it('marks an English quote in an Indonesian article, and only it', () => {
    const text = [
      SEED,
      '"We are very happy with the decision of the regional government and we will support it," he said.',
      'Menurut dia, penutupan lokalisasi harus dibarengi dengan pembinaan agar para pekerja tidak kembali.',
    ].join('\n');
    const a = run(text);
    expect(a.language.code).toBe('ind');
    expect(a.paragraphs.map((p) => p.language ?? null)).toEqual([null, null, 'eng', null]);
  });
  it('asks franc about a paragraph in a language the model does not know', () => {
    const a = run(`${SEED}\nسيعلن الحكومة عن ميزانية جديدة لإصلاح الطرق بعد الفيضانات في الأسبوع الماضي`);
    expect(a.language.code).toBe('ind');
    expect(a.paragraphs.map((p) => p.language ?? null)).toEqual([null, null, 'arb']);
  });
  it('does not split hairs between Indonesian and Malay paragraph by paragraph', () => {
    const malay =
      'Kerajaan negeri akan mengumumkan peruntukan baharu untuk membaiki jalan raya selepas banjir.';
    const a = run(`${malay}\n${malay}\nPemerintah kota memperbaiki jalan setelah banjir pekan lalu.`);
    expect(a.language.code).toBe('zsm');
    expect(a.paragraphs.every((p) => p.language === undefined)).toBe(true);
  });
  it('leaves short paragraphs and same-language paragraphs alone', () => {
    const a = run(`${SEED}\nThank you.\nOK, see you.`);
    expect(a.paragraphs.every((p) => p.language === undefined)).toBe(true);
  });
  it('keeps offsets and text of every paragraph', () => {
    const text = `${SEED}\nThe committee will meet again next month to review the budget for the new school.`;
    const a = run(text);
    for (const p of a.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
  it('does not mark paragraphs of an English article', () => {
    const text =
      'The committee will meet again next month to review the budget for the new school.\n' +
      'Members said the plan would be published on the city website before the meeting.';
    const a = run(text);
    expect(a.language.code).toBe('eng');
    expect(a.paragraphs.every((p) => p.language === undefined)).toBe(true);
  });
});

describe('detectLanguage: paragraphs beyond the sample', () => {
  // Eight Indonesian paragraphs of ~230 letters each: the sample (600 letters) ends in the third.
  const body = Array.from({ length: 8 }, () => SEED.replace('\n', ' ')).join('\n');
  const english =
    '"We are very happy with the decision of the regional government and we will support it," he said.';
  const arabic = 'سيعلن الحكومة عن ميزانية جديدة لإصلاح الطرق بعد الفيضانات في الأسبوع الماضي';
  const cases: [string, string, (string | null)[]][] = [
    ['an English quote at the end', `${body}\n${english}`, [...Array(8).fill(null), 'eng']],
    [
      'an English quote cut by the sample',
      `${SEED}\n${english}\n${body}`,
      [null, null, 'eng', ...Array(8).fill(null)],
    ],
    ['an Arabic paragraph at the end', `${body}\n${arabic}`, [...Array(8).fill(null), 'arb']],
    ['nothing else', body, Array(8).fill(null)],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const a = runPipeline([splitLines(), detectLanguage({ sampleLetters: 300 })], text, { id: 't' });
    expect(a.language.code).toBe('ind');
    expect(a.paragraphs.map((p) => p.language ?? null)).toEqual(expected);
  });
  it('does not let an English post at the top decide an Indonesian article', () => {
    const post =
      'One year ago today I went to go see Beauty and the Beast at the Hollywood bowl with a group of friends ' +
      'and it was one of the best nights of my life, thank you all for coming with me.';
    const text = `${post}\n${body}`;
    const a = run(text);
    expect(a.language).toEqual({ code: 'ind', confidence: 1 });
    expect(a.paragraphs.map((p) => p.language ?? null)).toEqual(['eng', ...Array(8).fill(null)]);
  });
  it('marks a paragraph of an Indonesian lead-in and a long English quote', () => {
    const mixed =
      'Dalam unggahannya, ia menulis: "We are very happy with the decision of the regional government, ' +
      'and we will support it as long as the workers are given a chance to learn a new trade."';
    const a = run(`${body}\n${mixed}\n${body}`);
    expect(a.language.code).toBe('ind');
    expect(a.paragraphs.map((p) => p.language ?? null)).toEqual([
      ...Array(8).fill(null),
      'eng',
      ...Array(8).fill(null),
    ]);
  });
  it('decides the article from the sample alone', () => {
    const opening = Array.from({ length: 3 }, () => SEED.replace('\n', ' ')).join('\n');
    const text = `${opening}\n${Array(30).fill(english).join('\n')}`;
    expect(run(text).language.code).toBe('ind');
    const all = runPipeline([splitLines(), detectLanguage({ sampleLetters: 100_000 })], text, { id: 't' });
    expect(all.language.code).toBe('eng');
  });
});

describe('detectLanguage: hostile input', () => {
  const cases: [string, string][] = [
    ['5 MB without spaces', 'a'.repeat(5_000_000)],
    ['1 MB of quotes', '"'.repeat(1_000_000)],
  ];
  it.each(cases)('%s finishes quickly', (_name, text) => {
    const t0 = performance.now();
    run(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
