import { describe, expect, it } from 'vitest';
import { makeGates } from './gates.js';
import { compilePatterns, type Patterns } from './patterns.js';
import { yearEnd } from './scan.js';

const P = compilePatterns();
const gates = makeGates(P);
const name = (re: RegExp) => Object.entries(P).find(([, v]) => v === re)?.[0] ?? '?';

/** Whether the sticky pattern matches at `p`. */
const matchesAt = (re: RegExp, text: string, p: number): boolean => {
  re.lastIndex = p;
  return re.exec(text) !== null;
};

// Texts with what the patterns look for, what they must not take, and characters that fold under /iu.
const TEXTS = [
  'Senin (29/2/2016) pukul 10.00 WIB, kata Rita, 25 Mei 2019 malam ini.',
  'Pada 2014-2016 dan 2019 lalu, sebanyak 20 orang; 3 tahun lalu; dua belas bulan; tiga puluh hari.',
  'Kamis, 17 Oktober 2013 / 20:12 WITA; 12 - 14 Agustus 2020; 5+Juni+2019; 7 Ags. 2018; 1 Sept 2020.',
  'sepekan sebelum Lebaran, H-7 Idul Fitri 1440 H, tengah malam, dini hari, 10.30 wib, 9:15 GMT.',
  'Jumat pekan lalu, Minggu depan, Sabtu kemarin, 3 ſeptember, 4 oKtober, 5 \u212Aali, 2019 – 2020.',
  '10.000 orang, 3.5 persen, 12/8, 1/2/19, 01-02-2019, 2019/20, 2019 ,  pukul, jam 8, pk. 9.',
  'Selasa, 1 Januari   2019   pagi;  2018\u2013\u20132019; 11\u201312 Mei; Minggu\u00a0(26/5) siang.',
  'Hari Raya Idul Fitri 1440 H, hari  raya kurban, harian, hari ini, hari itu, hari\u212a, tengah hari, tadi malam.',
  'Rabu waktu setempat (12/6), Kamis , (13/6), Jumat  (14/6), Sabtu (15/6 ), pagi ini, malam tadi, dini hari ini.',
  'tahun 2019, TAHUN ini, tahun  lalu, tahun anggaran, tahun\u212aemarin, tahun   depan, tahun    ini, tahun,',
  'Senin ,  waktu setempat  (1/2/2019); siangnya, petang\u00e9, subuh  tadi; tadi sore; kemarin lusa; besok.',
];

/** Random texts over the characters the patterns care about (a fixed seed: the same texts every run). */
function randomTexts(n: number, length: number): string[] {
  const alphabet = '0123456789 ,./:-\u2013+()aAbdeghijklmnoprstuwyWIBPJ\u212a\u017f';
  // biome-ignore format: a word list
  const words = [
    'Mei', 'lalu', 'pukul', 'tahun', 'Agustus', 'Sept', 'WIB', 'dini', 'jam', 'Okt', 'belas', 'hari', 'raya',
    'ini', 'itu', 'tadi', 'pagi', 'malam', 'tengah', 'waktu setempat',
  ];
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let t = '';
    while (t.length < length)
      t +=
        next() < 0.3
          ? ` ${words[Math.floor(next() * words.length)]}`
          : alphabet[Math.floor(next() * alphabet.length)];
    out.push(t);
  }
  return out;
}

describe('date pattern gates', () => {
  it.each([...gates.keys()].map((re) => [name(re), re] as const))(
    '%s: the gate never rejects a position where the pattern matches',
    (_, re) => {
      const gate = gates.get(re);
      expect(gate).toBeDefined();
      let rejected = 0;
      for (const text of [...TEXTS, ...randomTexts(120, 40)]) {
        for (let p = 0; p <= text.length; p++) {
          if (gate?.(text, p)) continue;
          rejected++;
          expect(matchesAt(re, text, p), `${name(re)} at ${p} of ${JSON.stringify(text)}`).toBe(false);
        }
      }
      // A gate that rejects nothing would be useless.
      expect(rejected).toBeGreaterThan(0);
    },
  );

  const cases: [keyof Patterns, string, number, boolean][] = [
    // must pass on to the regex (it may match)
    ['count', '20 tahun', 0, true],
    ['count', 'dua belas bulan', 0, true],
    ['dayMonth', '25 Mei 2019', 0, true],
    ['dayMonth', '12 - 14 Agustus', 0, true],
    ['tailClock', ' pukul 10.00', 0, true],
    ['tailClock', ', 20:12', 0, true],
    ['tailDeictic', ' lalu', 0, true],
    ['yearRange', '2014-2016', 0, true],
    ['numeric', '29/2/2016', 0, true],
    ['bareClock', '10.00 WIB', 0, true],
    ['afterDayParen', ' (26/5)', 0, true],
    ['afterDayParen', ', waktu setempat (26/5)', 0, true],
    ['holiday', 'hari raya Idul Fitri', 0, true],
    ['holiday', 'Lebaran', 0, true],
    ['dayWord', 'hari ini', 0, true],
    ['dayWord', 'tadi malam', 0, true],
    ['dayWord', 'kemarin', 0, true],
    ['tahun', 'tahun 2019', 0, true],
    ['tahun', 'Tahun  lalu', 0, true],
    ['tahun', 'tahun sebelumnya', 0, true],
    // must reject (the regex cannot match)
    ['count', '20 orang', 0, false],
    ['count', '20,5', 0, false],
    ['dayMonth', '20 orang', 0, false],
    ['dayMonth', '20 kilo', 0, false],
    ['tailClock', ' orang', 0, false],
    ['tailClock', 'x10.00', 0, false],
    ['tailDeictic', ' orang', 0, false],
    ['tailDeictic', 'lalu', 0, false],
    ['yearRange', '2014 dan', 0, false],
    ['numeric', '3.5 persen', 0, false],
    ['numeric', '1/2-2019', 0, false],
    ['bareClock', '10.000', 0, false],
    ['bareClock', '10.00 persen', 0, false],
    ['afterDayParen', ' pagi', 0, false],
    ['afterDayParen', ', 26 Mei', 0, false],
    ['holiday', 'hari Senin', 0, false],
    ['holiday', 'harian', 0, false],
    ['dayWord', 'hari Senin', 0, false],
    ['dayWord', 'malam Minggu', 0, false],
    ['dayWord', 'pagi, kata', 0, false],
    ['tahun', 'tahun anggaran', 0, false],
    ['tahun', 'tahun, kata', 0, false],
    ['tahun', 'tahun 3', 0, false],
  ];
  it.each(cases)('%s on %j at %i: %s', (key, text, p, passes) => {
    expect(gates.get(P[key])?.(text, p)).toBe(passes);
  });
});

describe('yearEnd', () => {
  it('ends a year exactly where the `year` pattern does, at every four-digit number', () => {
    const texts = [
      ...TEXTS,
      ...randomTexts(120, 40),
      'pada 2019, 2020.5, 1998a, 2019\u0661, 2019\u00e9, 20191, 1899 2100 2019',
      '2019',
      '2018\ud835\udfce 2017\ud835\udc00',
    ];
    let years = 0;
    for (const text of texts) {
      for (let p = 0; p + 4 <= text.length; p++) {
        if (!/^\d{4}$/.test(text.slice(p, p + 4))) continue;
        P.year.lastIndex = p;
        const m = P.year.exec(text);
        expect(yearEnd(text, p), `at ${p} of ${JSON.stringify(text)}`).toBe(m ? P.year.lastIndex : -1);
        if (m) years++;
      }
    }
    expect(years).toBeGreaterThan(5);
  });
});
