/**
 * Names of Indonesian news outlets and agencies as they appear in datelines and photo credits.
 * Hand-kept; matching is case-insensitive on the whole name.
 */
export const OUTLET_NAMES: readonly string[] = [
  'Kompas.com',
  'Kompas',
  'Kompas.id',
  'KompasTV',
  'Kompas TV',
  'detikcom',
  'detik.com',
  'detikNews',
  'detikFinance',
  'CNN Indonesia',
  'CNNIndonesia.com',
  'CNBC Indonesia',
  'Liputan6.com',
  'Liputan6',
  'Tribunnews.com',
  'Tribunnews',
  'Tempo.co',
  'Tempo',
  'Tempo.co.id',
  'Antara',
  'AntaraNews',
  'Antaranews.com',
  'Okezone',
  'Okezone.com',
  'Sindonews',
  'Sindonews.com',
  'Koran Sindo',
  'Republika',
  'Republika.co.id',
  'Suara.com',
  'Suara',
  'Merdeka.com',
  'Viva',
  'Viva.co.id',
  'kumparan',
  'kumparan.com',
  'IDN Times',
  'JawaPos.com',
  'Jawa Pos',
  'Bisnis.com',
  'Bisnis',
  'Kontan.co.id',
  'Kontan',
  'Katadata',
  'Katadata.co.id',
  'Grid.ID',
  'BolaSport.com',
  'Bola.com',
  'Detik',
  'Beritasatu.com',
  'Media Indonesia',
  'MI',
  'Jakarta Post',
  'Reuters',
  'AFP',
  'AP',
  'Xinhua',
  'Bernama',
  'Inilah.com',
  'Akurat.co',
  'iNews.id',
  'Medcom.id',
  'Pikiran Rakyat',
  'PikiranRakyat.com',
  'Jpnn.com',
  'JPNN',
  'Solopos.com',
  'Harianjogja.com',
  'Suaramerdeka.com',
  'Surya.co.id',
  'Hops.id',
];

/** Short agency codes used as trailing credits, e.g. `(ant)`, with the agency they name. */
export const AGENCY_CODES: ReadonlyMap<string, string> = new Map([
  ['ant', 'Antara'],
  ['antara', 'Antara'],
  ['afp', 'AFP'],
  ['rtr', 'Reuters'],
  ['reuters', 'Reuters'],
  ['ap', 'AP'],
  ['xinhua', 'Xinhua'],
]);

const FOLDED = new Set(OUTLET_NAMES.map((name) => name.toLowerCase()));

/**
 * Whether a word group names an outlet: a listed name (any case), a web address like `TRIBUNJATENG.COM` or
 * `SURYA.co.id`, or a Tribun-network name.
 */
export function isOutletName(text: string): boolean {
  // `KOMPAS com` (a scrape's lost dot) is `KOMPAS.com`.
  const folded = text
    .trim()
    .toLowerCase()
    .replace(/ (com|co\.id)$/, '.$1');
  if (FOLDED.has(folded)) return true;
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.id|id|net|tv|co|or\.id|news)$/.test(folded)) return true;
  return /^tribun[a-z]*(?:\.com)?$/.test(folded);
}
