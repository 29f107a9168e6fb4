/**
 * Short forms of Indonesian places as the news writes them, mapped to the 2025 gazetteer's names
 * (a province's name, or a regency/city with its `Kabupaten`/`Kota` prefix).
 */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  // provinces
  NAD: 'Aceh',
  Sumut: 'Sumatera Utara',
  Sumbar: 'Sumatera Barat',
  Sumsel: 'Sumatera Selatan',
  Babel: 'Kepulauan Bangka Belitung',
  'Bangka Belitung': 'Kepulauan Bangka Belitung',
  Kepri: 'Kepulauan Riau',
  DKI: 'Daerah Khusus Ibukota Jakarta',
  'DKI Jakarta': 'Daerah Khusus Ibukota Jakarta',
  Jabar: 'Jawa Barat',
  Jateng: 'Jawa Tengah',
  Jatim: 'Jawa Timur',
  DIY: 'Daerah Istimewa Yogyakarta',
  Yogya: 'Kota Yogyakarta',
  Jogja: 'Kota Yogyakarta',
  Jogjakarta: 'Kota Yogyakarta',
  NTB: 'Nusa Tenggara Barat',
  NTT: 'Nusa Tenggara Timur',
  Kalbar: 'Kalimantan Barat',
  Kalteng: 'Kalimantan Tengah',
  Kalsel: 'Kalimantan Selatan',
  Kaltim: 'Kalimantan Timur',
  Kaltara: 'Kalimantan Utara',
  Sulut: 'Sulawesi Utara',
  Sulteng: 'Sulawesi Tengah',
  Sulsel: 'Sulawesi Selatan',
  Sultra: 'Sulawesi Tenggara',
  Sulbar: 'Sulawesi Barat',
  Malut: 'Maluku Utara',
  Pabar: 'Papua Barat',
  // regencies and cities
  Kukar: 'Kabupaten Kutai Kartanegara',
  Kutim: 'Kabupaten Kutai Timur',
  Kubar: 'Kabupaten Kutai Barat',
  PPU: 'Kabupaten Penajam Paser Utara',
  KBB: 'Kabupaten Bandung Barat',
  Jaksel: 'Kota Jakarta Selatan',
  Jakpus: 'Kota Jakarta Pusat',
  Jakbar: 'Kota Jakarta Barat',
  Jaktim: 'Kota Jakarta Timur',
  Jakut: 'Kota Jakarta Utara',
  Tangsel: 'Kota Tangerang Selatan',
  Makasar: 'Kota Makassar',
  Solo: 'Kota Surakarta',
};

/** Display names that replace the gazetteer's official one (`Jakarta` for the province of DKI Jakarta). */
export const PLACE_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  'Daerah Khusus Ibukota Jakarta': 'Jakarta',
};

/** Names of Indonesia itself. */
export const INDONESIA_ALIASES: readonly string[] = ['Indonesia', 'NKRI', 'RI', 'Republik Indonesia'];
