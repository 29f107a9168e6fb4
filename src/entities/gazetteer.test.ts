import { describe, expect, it } from 'vitest';
import { keyOf, loadGazetteer } from './gazetteer.js';
import { hashWord } from './word-hash.js';

describe('loadGazetteer', () => {
  const gazetteer = loadGazetteer();
  const bare: [string, Array<[string, string, string | null]>][] = [
    ['Kutai Kartanegara', [['Kabupaten Kutai Kartanegara', 'regency', '64.02']]],
    ['KALIMANTAN TIMUR', [['Kalimantan Timur', 'province', '64']]],
    ['Jakarta', [['Jakarta', 'province', '31']]],
    ['Jakarta Selatan', [['Kota Jakarta Selatan', 'city', '31.74']]],
    ['Loa Janan', [['Loa Janan', 'district', '64.02.03']]],
    ['Amerika Serikat', [['Amerika Serikat', 'country', null]]],
    ['Rita Widyasari', []],
  ];
  it.each(bare)('bare %s', (name, expected) => {
    expect(gazetteer.bare(name).map((e) => [e.name, e.kind, e.code])).toEqual(expected);
  });

  it('puts a city before the regency of the same name', () => {
    expect(gazetteer.bare('Bekasi').map((e) => e.name)).toEqual(['Kota Bekasi', 'Kabupaten Bekasi']);
    expect(gazetteer.ofKind('regency', 'Bekasi').map((e) => e.code)).toEqual(['32.16']);
  });

  it('knows short forms case-sensitively', () => {
    expect(gazetteer.alias('Kukar')?.name).toBe('Kabupaten Kutai Kartanegara');
    expect(gazetteer.alias('Kaltim')?.code).toBe('64');
    expect(gazetteer.alias('AS')?.name).toBe('Amerika Serikat');
    expect(gazetteer.alias('as')).toBeUndefined();
  });

  it('indexes villages with their codes', () => {
    const villages = gazetteer.village('Kepung');
    expect(villages.length).toBeGreaterThan(0);
    for (const v of villages) expect(v.code).toMatch(/^\d\d\.\d\d\.\d\d\.\d{4}$/);
    expect(gazetteer.village('Tidak Ada Desa Begini')).toEqual([]);
  });

  it('answers whether a word can start a known name', () => {
    expect(gazetteer.startsName('kalimantan')).toBe(true);
    expect(gazetteer.startsName('jakarta-cikampek')).toBe(true);
    expect(gazetteer.startsName('setelah')).toBe(false);
  });
});

describe('bareHashed', () => {
  const gazetteer = loadGazetteer({ villages: false });
  // The same entries as `bare`, found by the hash of the lower-cased single-spaced name.
  const cases = [
    'Kutai Kartanegara',
    'BEKASI',
    'jakarta',
    'Amerika Serikat',
    'Jawa  Barat',
    'Tidakadadisini',
    'Bekas',
  ];
  it.each(cases)('%s', (name) => {
    const hash = hashWord(keyOf(name));
    expect(gazetteer.bareHashed(name, hash)).toEqual(gazetteer.bare(name));
  });
  it('finds the known names', () => {
    expect(gazetteer.bareHashed('Kutai Kartanegara', hashWord('kutai kartanegara'))[0]?.kind).toBe('regency');
    expect(gazetteer.bareHashed('Widyasari', hashWord('widyasari'))).toEqual([]);
  });
});

describe('keyOf (lower case, single-spaced, trimmed)', () => {
  const reference = (name: string): string => {
    const lower = name.toLowerCase();
    return lower.includes('  ') || lower.includes('\n') || lower.trim() !== lower
      ? lower.replace(/\s+/g, ' ').trim()
      : lower;
  };
  const cases: Array<[string, string]> = [
    ['Kutai Kartanegara', 'kutai kartanegara'],
    ['Kota  Bekasi', 'kota bekasi'],
    [' Bekasi', 'bekasi'],
    ['Bekasi\n', 'bekasi'],
    ['Loa\nJanan', 'loa janan'],
    ['Bekasi\t', 'bekasi'],
    ['\u00a0Bekasi', 'bekasi'],
    ['Loa\u00a0Janan', 'loa\u00a0janan'],
    ['Loa\tJanan', 'loa\tjanan'],
    ['', ''],
    [' ', ''],
  ];
  it.each(cases)('%j', (name, expected) => {
    expect(keyOf(name)).toBe(expected);
    expect(reference(name)).toBe(expected);
  });
});
