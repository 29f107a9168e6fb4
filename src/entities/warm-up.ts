import type { Article, Context, Removed, Stage } from '../model.js';
import { viewOf } from '../span.js';

/**
 * A short article that reads through the stage's rarer paths (a dateline, short forms defined in brackets,
 * companies with their legal form, titles and honorifics, pairs and lists of people, hyphenated places,
 * all-caps words, words outside ASCII, villages and districts). Run a few times when the stage is made, it gives
 * V8 type feedback for those paths before the first articles, so that the optimised code covers them from the
 * start: otherwise each rare case met later throws the big functions' optimised code away (a deoptimisation
 * for "insufficient type feedback") and they are compiled again, at tens to hundreds of milliseconds each.
 */
const PARAGRAPHS = [
  'TENGGARONG - Bupati Kukar Rita Widyasari mengatakan akan segera menutup lokalisasi. Di sana, sebut Rita, ramai.',
  'Di Kabupaten Kutai Kartanegara (Kukar), Kalimantan Timur (Kaltim) ada 12 lokalisasi di Kukar, kata Rita Widyasari.',
  'Menteri Sosial Khofifah Indar Parawansa memberi apresiasi, kata Khofifah kepada Kementerian Sosial (Kemensos).',
  '“Kami siap,” kata Bu Risma kepada wartawan di Kota Surabaya, Jawa Timur, Senin (12/3/2018).',
  'Tim hukum pasangan Prabowo Subianto-Sandiaga Uno dan Joko Widodo-Ma’ruf Amin mengajukan gugatan ke MK.',
  'Saham PT Jasa Marga (Persero) Tbk naik. Jasa Marga untung, ujar Direktur Bank Mandiri Rohan Hafas. Mandiri juga.',
  'Pemain: 22-Hari Nur Yulianto, 10-Komarudin; 21-Silvio Escobar (Bambang 74’), Suho dan Chen.',
  'Kepala Korps Lalu Lintas (Korlantas) Polri Irjen Refdi Andri hadir. Di tempat yang sama, Refdi juga bicara.',
  'Korban luka berat yakni Sumaji (47) dirawat di RSUD Abdul Wahab Sjahranie. Ceritanya, Sumaji terjatuh.',
  'Garuda mengurangi rute Jakarta-Amsterdam. Rute Jakarta-Amsterdam dan PDI-P di Daerah Istimewa Yogyakarta (DIY).',
  'Gubernur Daerah Istimewa Yogyakarta (DIY) Sri Sultan Hamengku Buwono X hadir bersama H. Ahmad Dahlan, S.H.',
  'Luthfi bin Yahya bertemu KOMISI di Kota Semarang dan Sulawesi Selatan. Kisruh internal DPD Hanura Sulsel.',
  'Rapat digelar di Kecamatan Loa Janan, Desa Loa Duri Ilir dan Kelurahan Tebet, Jakarta Selatan, di KM 10.',
  'Pemprov Kaltim dan Pemerintah Provinsi Kaltim rapat bersama Zoë Saldaña, José Müller dan ANDI MALLARANGENG.',
  'Aturan itu ada dalam Peraturan Pemerintah Nomor 62 Tahun 1990, kata Ketua Dewan Perwakilan Rakyat (DPR) Setya Novanto.',
  'Penelitian yang digagas oleh Coravin dilakukan tahun lalu bersama Kompas.com, Grid.ID dan Universitas Gadjah Mada.',
  'Jemaah salat di Masjid Al Huda Kampung Bali. Kabar Liputan6.com menyebut Exo, Twice dan Super Junior-K.R.Y datang.',
  'Direksi PT Bukit Asam menggelar rapat. Saham PT Bukit Asam (Persero) Tbk naik, kata Wakil Bupati Kukar Edi Damansyah.',
  'Bank Mandiri untung. Saham PT Bank Mandiri Tbk naik. Pemain: 22-Hari Nur Yulianto; 10-Komarudin (Silvio Escobar 74).',
  'Pada 2019 Budi Santoso pindah ke Bandung. Pak Bupati datang, kata Bu Lurah. Kukar memiliki 18 kecamatan.',
  'Aktor Lee Min Ho dan Lee Jong Suk hadir. Menurut Lee, Korlantas juga siap. Pemilik kafé Ramli Hasan tersenyum.',
  'Warga Duri Kepa di Kelurahan Duri Kepa, Kabupaten Kukar dan Provinsi Kaltim; Andi  Mallarangeng di Bank  Mandiri.',
  'Susunan pemain: 1-Teja Paku Alam, 23-Ardhiyasa; 6-Maman Abdurrahman. Setelah Budi dan Sari tiba, Sari pulang.',
  'Pelatih José Mourinho memuji Universitas Teknologi Sumbawa Müller dan Café Olé, ujar Andi. Andi tertawa.',
];
// An article of ASCII only (a string of one byte per character, read by other code than the one above), of
// two paragraphs (too few to ask for evidence of a person).
const ASCII_PARAGRAPHS = [
  'Kapolres Bogor AKBP Andi Moch Dicky mengatakan, Ahmad Yani dan Siti Rahma diperiksa di Polres Bogor, Jawa Barat.',
  'Gubernur DKI Jakarta Anies Baswedan bertemu Presiden Joko Widodo di Istana Negara, Jakarta Pusat, Senin (3/2/2020).',
];

const DATELINE_END = 'TENGGARONG - '.length;

/**
 * A warm-up article and its context: the paragraphs, and the dateline (`TENGGARONG - `, at the start of the
 * first, taken out as the stages before do) when `withDateline`.
 */
function warmUpArticle(
  paragraphTexts: readonly string[],
  withDateline: boolean,
): { article: Article; context: Context } {
  const source = paragraphTexts.join('\n');
  const paragraphs = [];
  let at = 0;
  for (const text of paragraphTexts) {
    const start = at === 0 && withDateline ? DATELINE_END : at;
    paragraphs.push({ start, end: at + text.length, text: source.slice(start, at + text.length) });
    at += text.length + 1;
  }
  const dateline: Removed = {
    start: 0,
    end: DATELINE_END,
    text: source.slice(0, DATELINE_END),
    reason: 'dateline',
    rule: 'warm-up',
  };
  const article: Article = {
    id: 'warm-up',
    title: null,
    url: null,
    publishedAt: null,
    publishedAtSource: null,
    dateline: withDateline ? 'TENGGARONG' : null,
    language: { code: 'ind', confidence: 1 },
    paragraphs,
    removed: withDateline ? [dateline] : [],
    credits: [],
    quotes: [],
    people: [],
    places: [],
    organizations: [],
    dates: [],
    diagnostics: [],
  };
  return { article, context: { source, view: viewOf(source), meta: {} } };
}

/** How many times the stage reads the warm-up article (V8 keeps feedback for a function called a few times). */
export const WARM_UP_ROUNDS = 10;

/**
 * Runs `stage` over the warm-up articles `rounds` times (the results dropped; the stage is pure): the long
 * article with a dateline, the short ASCII one, and an article whose body is only its dateline.
 */
export function warmUp(stage: Stage, rounds = WARM_UP_ROUNDS): void {
  const articles = [
    warmUpArticle(PARAGRAPHS, true),
    warmUpArticle(ASCII_PARAGRAPHS, false),
    { ...warmUpArticle([PARAGRAPHS[0] as string], true) },
  ];
  const last = articles[2] as { article: Article; context: Context };
  last.article = { ...last.article, paragraphs: [] };
  for (let k = 0; k < rounds; k++) for (const { article, context } of articles) stage(article, context);
}
