import { describe, expect, it } from 'vitest';
import { tagEntities } from './tag-entities.js';

const found = (text: string): string[] =>
  tagEntities(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('tagEntities (the shipped model)', () => {
  it.each([
    ['Presiden Joko Widodo meninjau lokasi banjir di Kabupaten Bandung , Jawa Barat .', 'PER:Joko Widodo'],
    ['Presiden Joko Widodo meninjau lokasi banjir di Kabupaten Bandung , Jawa Barat .', 'LOC:Jawa Barat'],
    [
      'Menteri Keuangan Sri Mulyani Indrawati menyampaikan hal itu di Jakarta, Senin (12/3).',
      'PER:Sri Mulyani Indrawati',
    ],
    ['Menteri Keuangan Sri Mulyani Indrawati menyampaikan hal itu di Jakarta, Senin (12/3).', 'LOC:Jakarta'],
    [
      'Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka baru.',
      'ORG:Komisi Pemberantasan Korupsi (KPK)',
    ],
    ['"Kami sudah siap," kata Rita Widyasari kepada wartawan di Tenggarong.', 'PER:Rita Widyasari'],
    ['Gubernur Jawa Tengah Ganjar Pranowo meresmikan jembatan itu.', 'PER:Ganjar Pranowo'],
  ])('tags %j with %s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  it.each([
    ['harga beras di pasar naik karena musim hujan datang lebih awal tahun ini .'],
    ['Pada hari Senin, warga berkumpul dan makan bersama.'],
    ['Ia mengatakan bahwa semua pihak harus bekerja sama.'],
    [''],
    ['   '],
  ])('tags nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('does not take a title or the comma after a place into the span', () => {
    const names = found(
      'Bupati Kutai Kartanegara Rita Widyasari tiba di Samarinda, Kalimantan Timur, kemarin.',
    );
    expect(names).toContain('PER:Rita Widyasari');
    expect(names.some((n) => n.includes(',') || n.startsWith('PER:Bupati'))).toBe(false);
  });

  it('reports offsets into the whole text and keeps inside the range', () => {
    const text = 'Ini paragraf pertama.\n\nKapolri Jenderal Listyo Sigit Prabowo hadir di Surabaya.';
    const start = text.indexOf('Kapolri');
    const spans = tagEntities(text, start, text.length);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(tagEntities(text, 0, start).every((s) => s.end <= start)).toBe(true);
  });
});

describe('tagEntities on long and hostile input', () => {
  it('tags a paragraph longer than one window the same way, sentence by sentence', () => {
    const sentence = 'Gubernur Jawa Tengah Ganjar Pranowo meresmikan jembatan itu di Semarang. ';
    const text = sentence.repeat(400);
    const spans = tagEntities(text);
    const people = spans.filter((s) => s.type === 'PER' && text.slice(s.start, s.end) === 'Ganjar Pranowo');
    expect(people.length).toBe(400);
  });

  it.each([['"'.repeat(200_000)], ['x'.repeat(1_000_000)], ['A. '.repeat(50_000)]])(
    'finishes on %#',
    (text) => {
      const t0 = performance.now();
      const spans = tagEntities(text);
      expect(Array.isArray(spans)).toBe(true);
      expect(performance.now() - t0).toBeLessThan(10_000);
    },
  );
});
