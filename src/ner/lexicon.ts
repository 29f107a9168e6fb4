/**
 * Hand-kept word classes that the tagger uses as features: titles and roles, honorifics, speech verbs,
 * and the head words of organisation and place names. Lower case; one word each (multi-word titles such as
 * `Wakil Presiden` or `Juru Bicara` are covered by their words).
 */

/** Word class ids (feature values); 0 is "no class". */
export const WORD_CLASS = {
  none: 0,
  title: 1,
  honorific: 2,
  speech: 3,
  organizationHead: 4,
  placeHead: 5,
  month: 6,
  weekday: 7,
} as const;

const TITLES =
  'presiden wapres wakil menteri menko mendagri menkeu menlu menhan menkes mendikbud mensos menpan menag menhub ' +
  'menkumham menpora menteri-menteri wamen gubernur wagub bupati wabup walikota wali wakot camat lurah kades ' +
  'kapolri wakapolri kapolda wakapolda kapolres kapolresta kapolrestabes kapolsek kasat kasatreskrim kanit ' +
  'kabareskrim kadiv kabid kabag kasubag kasubdit dirreskrimum dirreskrimsus panglima pangdam danrem dandim ' +
  'danramil kasad kasal kasau ketua ketum waketum sekjen sekretaris bendahara direktur dirut dirjen kepala ' +
  'kadis kajati kajari jaksa hakim juru jubir bicara komisaris komandan kapten kolonel letkol mayor mayjen ' +
  'letjen jenderal brigjen irjen komjen kombes akbp kompol akp iptu ipda aiptu aipda bripka brigadir briptu ' +
  'bripda laksamana marsekal serka serda pratu prada kopral sersan rektor dekan dosen guru profesor anggota ' +
  'senator gubernur-jenderal raja ratu pangeran sultan paus uskup imam ustaz ustadz kiai kyai pendeta ' +
  'pengacara advokat kuasa koordinator manajer pelatih kapten ceo founder pendiri pemimpin pimpinan ' +
  'perdana pm kanselir duta dubes konsul pengamat peneliti analis ekonom politikus politisi aktivis ' +
  'warga tersangka terdakwa saksi korban pelaku terpidana ayah ibunda ayahanda istri suami anak adik kakak';

const HONORIFICS =
  'pak bu bapak ibu h hj haji hajah dr drs dra ir prof kh ki nyi gus habib syekh syeikh mbak mas bang kak ' +
  'om tante ny nyonya tuan nona sdr saudara saudari rm raden mr mrs ms sir st sh se mm mba cak ning uda';

const SPEECH =
  'kata ujar ucap tutur jelas ungkap menurut sebut tegas imbuh tambah papar terang katanya ujarnya ucapnya ' +
  'tuturnya jelasnya ungkapnya tegasnya imbuhnya tambahnya paparnya terangnya mengatakan menyatakan ' +
  'menjelaskan mengungkapkan menegaskan menambahkan memaparkan menerangkan menyebutkan bilang oleh bersama dengan';

const ORGANIZATION_HEADS =
  'partai pt cv tbk persero kementerian kemenko kemendagri kemenkeu badan dinas komisi dewan majelis mahkamah ' +
  'universitas institut sekolah akademi politeknik sma smp sd smk madrasah pesantren rumah rs rsud puskesmas ' +
  'bank polda polres polresta polsek polri tni kodam kodim korem koramil pengadilan kejaksaan kejati kejari ' +
  'lembaga yayasan persatuan ikatan asosiasi serikat himpunan front gerakan komite pemerintah pemprov pemkab ' +
  'pemkot pemda dpr dprd mpr dpd kpk kpu bawaslu perusahaan koperasi klub fc united organisasi kantor biro ' +
  'direktorat satuan satgas pusat federasi liga kongres parlemen kabinet fraksi ormas lsm forum perhimpunan ' +
  'konsorsium grup group inc corp ltd perum perumda bumn kepolisian kejagung kemenag kemendikbud kemenkes';

const PLACE_HEADS =
  'kabupaten kab kota provinsi prov kecamatan kec desa kelurahan kel dusun kampung kampong gampong nagari ' +
  'jalan jl jln gang gg gunung gn sungai pulau kepulauan danau selat teluk laut samudra samudera pantai tanjung ' +
  'bandara bandar pelabuhan stasiun terminal pasar alun-alun lapangan stadion taman hutan lembah bukit kawasan ' +
  'kompleks perumahan blok rt rw negara republik kerajaan benua wilayah daerah distrik kawasan';

const MONTHS =
  'januari februari maret april mei juni juli agustus september oktober november desember jan feb mar apr jun ' +
  'jul agu agt ags sep sept okt nov des';

const WEEKDAYS = 'senin selasa rabu kamis jumat jum’at sabtu minggu ahad';

/** Every classed word with its class; later lists win for a word on two lists. */
export function wordClasses(): Map<string, number> {
  const classes = new Map<string, number>();
  const add = (words: string, id: number): void => {
    for (const w of words.split(/\s+/)) if (w) classes.set(w, id);
  };
  add(TITLES, WORD_CLASS.title);
  add(HONORIFICS, WORD_CLASS.honorific);
  add(SPEECH, WORD_CLASS.speech);
  add(ORGANIZATION_HEADS, WORD_CLASS.organizationHead);
  add(PLACE_HEADS, WORD_CLASS.placeHead);
  add(MONTHS, WORD_CLASS.month);
  add(WEEKDAYS, WORD_CLASS.weekday);
  return classes;
}
