/**
 * Boilerplate rules, as data: each has an id (reported in `removed[].rule`), a pattern matched at the start of a
 * paragraph (or, for inline rules, after a sentence end inside it) and an extent saying how far the removal goes.
 */

/**
 * How far a removal reaches from where its pattern matched:
 * `line` the rest of the paragraph; `match` the match only; `headline` a linked headline (to the next glued
 * sentence or the paragraph end); `caption` a photo caption (the same); `list` the paragraph and the short
 * headline-like paragraphs after it (a `Baca Juga` box).
 */
export type Extent = 'line' | 'match' | 'headline' | 'caption' | 'list';

/** One boilerplate rule. */
export interface BoilerplateRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly extent: Extent;
  /** Also looked for inside a paragraph (after a sentence end, or anywhere for bracketed items). Default false. */
  readonly inline?: 'sentence' | 'anywhere';
  /** Longest text (characters) the rule removes; anything longer is body. Default unlimited. */
  readonly maxLength?: number;
  /** Not applied to the first paragraph, where a dateline looks the same. Default false. */
  readonly notFirst?: boolean;
  /** Tried only when the text contains one of these: a pre-filter for patterns slow to try on every paragraph. */
  readonly requires?: readonly string[];
  /** Look for `requires` only in the first this many characters (a credit at a caption's start). Default all. */
  readonly requiresWithin?: number;
  /**
   * A pattern that must also match for the rule to be tried: within `requiresWithin`, after the `requires`
   * words; or, anchored at the start (`^…`), on the whole text before the words, as the cheaper test.
   */
  readonly trigger?: RegExp;
}

/** Photo and image sources that open a caption credit (`KOMPAS.com/NAMA …`, `Nama/Kompas.com …`). */
export const PHOTO_SOURCES =
  '(?:KOMPAS\\.com|Kompas\\.com|kompas\\.com|KOMPAS\\.COM|KOMPAS\\.ID|KOMPAS|Kompas|ANTARA FOTO|ANTARA|AFP PHOTO|AFP|REUTERS|Reuters|AP PHOTO|AP Photo|AP|EPA-EFE|EPA|XINHUA|Xinhua|TRIBUNNEWS\\.COM|Tribunnews\\.com|TRIBUNNEWS|Tribunnews|TRIBUN\\w*(?:\\.COM)?|Tribun\\w*(?:\\.com)?|detikcom|DETIKCOM|Liputan6\\.com|LIPUTAN6\\.COM|CNN Indonesia|CNNIndonesia|TEMPO|Tempo|KONTAN|Kontan|BISNIS|Bisnis|JIBI|Okezone|SINDONEWS|Sindonews|REPUBLIKA|Republika|SUARA\\.COM|Suara\\.com|MERDEKA\\.COM|Merdeka\\.com|VIVA|kumparan|IDN Times|JAWAPOS\\.COM|JawaPos\\.com|CNBC Indonesia|SHUTTERSTOCK|Shutterstock|THINKSTOCKPHOTOS|Thinkstockphotos|Thinkstock|iStockphoto|iStock|ISTOCK|Getty Images|GETTY IMAGES|PIXABAY|Pixabay|UNSPLASH|Unsplash|Freepik|FREEPIK|ISTIMEWA|Istimewa|Instagram|INSTAGRAM|Twitter|YouTube|Dok\\.|DOK\\.|Dokumentasi|DOKUMENTASI|Humas|HUMAS|Handout|HANDOUT|BolaSport\\.com|Grid\\.ID|Wikimedia Commons|Wikipedia)';

/** A name in a credit: capitalised words (`Kristianto Purnomo`, `KAHFI DIRGA CAHYA`, `Anggara Wikan`). */
const NAME = "(?:[\\p{Lu}][\\p{L}.'’-]*)(?: [\\p{Lu}][\\p{L}.'’-]*){0,4}";

/** Words that introduce a video, live stream or gallery trailer. */
const VIDEO = '(?:[Vv]ideo|VIDEO|[Ll]ive|LIVE|[Ss]treaming|[Gg]aleri|di [Bb]awah [Ii]ni|berikut [Ii]ni)';

/** The rules, in the order they are tried at a paragraph start. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // Related-article links: `Baca juga: <headline>`, also glued into a paragraph after a sentence.
  {
    id: 'baca-juga',
    pattern: /(?:Baca|BACA|baca) ?(?:[Jj]uga|JUGA)\s*[:;]\s*/,
    extent: 'headline',
    inline: 'sentence',
  },
  // `Baca Juga` alone on its line, heading a box of headlines (Liputan6, Republika, IDN Times).
  {
    id: 'baca-juga-box',
    pattern: /(?:Baca|BACA) (?:[Jj]uga|JUGA)(?: [Ii]ni| [Aa]rtikel [Bb]erikut)?\s*:?\s*$/,
    extent: 'list',
  },
  // Tribun's bare `Baca: <headline>` and the `Lihat juga:` / `Simak juga:` / `Pilihan Editor:` links.
  {
    id: 'related-link',
    pattern:
      /(?:Baca|BACA|Lihat [Jj]uga|LIHAT JUGA|Simak [Jj]uga|Pilihan [Ee]ditor|PILIHAN EDITOR|Berita [Tt]erkait|BERITA TERKAIT|Artikel [Tt]erkait|Artikel [Ss]elanjutnya|Baca [Ss]elengkapnya|Baca [Bb]erita [Ss]elengkapnya|Baca [Aa]rtikel [Ss]elengkapnya)\s*:\s*/,
    extent: 'headline',
    inline: 'sentence',
  },
  {
    id: 'read-more',
    pattern:
      /(?:Baca|Klik|Simak) (?:(?:berita|artikel|info(?:rmasi)?) )?(?:selengkapnya|lengkapnya|lebih lanjut)(?: di(?: sini|:)?| klik di sini)?\b[^\n]{0,80}$/,
    extent: 'line',
    inline: 'sentence',
    maxLength: 160,
  },
  {
    id: 'read-more',
    pattern:
      /(?:Simak|Baca|Cek|Lihat) (?:juga )?(?:berita|artikel|informasi|info) (?:lainnya|lain|terkait|menarik|terbaru|terkini)\b[^\n]{0,120}$/,
    extent: 'line',
    inline: 'sentence',
    maxLength: 200,
  },
  {
    id: 'advertisement',
    pattern: /(?:ADVERTISEMENT|Advertisement|ADVERTISING|IKLAN|Iklan|SPONSORED|Sponsored|Konten Sponsor)\s*$/,
    extent: 'line',
  },
  {
    id: 'scroll-to-continue',
    pattern:
      /(?:SCROLL TO (?:CONTINUE WITH|RESUME) CONTENT|Scroll to continue with content|Scroll untuk melanjutkan|GULIR UNTUK MELANJUTKAN)\s*/,
    extent: 'match',
    inline: 'anywhere',
  },
  // Embedded media markers: `[Gambas:Video CNN]`, `[Gambas:Video 20detik]`, `[Gambas:Instagram]`.
  {
    id: 'gambas',
    pattern: /\[Gambas:[^\]\n]{0,80}\]/,
    extent: 'match',
    inline: 'anywhere',
  },
  // Video, live and gallery trailers: `Simak juga Video …`, `Saksikan video pilihan di bawah ini:`.
  {
    id: 'video-trailer',
    pattern: new RegExp(
      `(?:Simak|SIMAK|Saksikan|SAKSIKAN|Tonton|TONTON|Nonton)\\b[^\\n]{0,120}?${VIDEO}`,
      'u',
    ),
    extent: 'line',
    inline: 'sentence',
    maxLength: 240,
  },
  {
    id: 'video-trailer',
    pattern: /(?:Kompas Video|KOMPAS ?TV|Video [Pp]ilihan|VIDEO PILIHAN|Video [Tt]erkait|VIDEO:|Video:)/,
    extent: 'line',
  },
  { id: 'infographic', pattern: /(?:Infografi[ks]|INFOGRAFI[KS])\s*:/, extent: 'line', maxLength: 240 },
  // A bare credit glued to the caption-less body: `PIXABAY/Free-Photos -Jika …`, `Emma Barry -Jangan …`.
  {
    id: 'photo-credit',
    requires: [' -', ' –'],
    requiresWithin: 120,
    pattern: /(?:[\p{Lu}][\p{L}'’./-]*)(?: [\p{Lu}][\p{L}'’./-]*){0,3} [-–](?=["“]?\p{Lu}\p{Ll})/u,
    // The pattern with its letter classes widened to plain-mode ranges (all non-ASCII counts as a letter): a
    // quick test at the start, failing at the first word of most paragraphs.
    trigger:
      /^[A-Z\u0080-\uffff][A-Za-z\u0080-\uffff'’./-]*(?: [A-Z\u0080-\uffff][A-Za-z\u0080-\uffff'’./-]*){0,3} [-–]/,
    extent: 'match',
    notFirst: true,
  },
  // A caption glued after a body sentence (`… rumah megah.AFP/VALERY HACHE Aktor …`): only with a credit source.
  {
    id: 'photo-caption',
    pattern: new RegExp(`${PHOTO_SOURCES}\\/[^\\s/]+`, 'u'),
    extent: 'caption',
    inline: 'sentence',
    // Every source ends in a letter or dot before the slash; dates (`26/5/2019`) do not.
    requires: ['/'],
    trigger: /[A-Za-z.]\/[A-Za-z]/,
  },
  // Photo captions with their credit: `KOMPAS.com/NAMA …`, `Nama/Kompas.com …`, `ANTARA FOTO/…`, `Dok. …`.
  {
    id: 'photo-caption',
    pattern: new RegExp(`${PHOTO_SOURCES} ?\\/ ?[^\\s/]+`, 'u'),
    extent: 'caption',
    requires: ['/'],
    requiresWithin: 120,
  },
  {
    id: 'photo-caption',
    requires: ['/'],
    requiresWithin: 120,
    pattern: new RegExp(`${NAME} ?\\/ ?${PHOTO_SOURCES}(?=[\\s,.]|$)`, 'u'),
    extent: 'caption',
  },
  {
    id: 'photo-caption',
    pattern: /(?:Dok\.|DOK\.|Dokumentasi|DOKUMENTASI|Istimewa|ISTIMEWA) /,
    extent: 'caption',
    maxLength: 400,
  },
  {
    id: 'photo-caption',
    pattern:
      /(?:Thinkstockphotos|THINKSTOCKPHOTOS|Shutterstock|SHUTTERSTOCK|iStockphoto|Getty Images|Freepik|Unsplash|Pixabay|PIXABAY)\s+(?:Ilustrasi|ILUSTRASI)\b/,
    extent: 'caption',
  },
  { id: 'photo-caption', pattern: /(?:Lihat [Ff]oto|LIHAT FOTO)\s*$/, extent: 'line' },
  {
    id: 'photo-caption',
    pattern: /(?:Foto|FOTO|Ilustrasi|ILUSTRASI|Keterangan [Ff]oto|Caption)\s*:/,
    extent: 'line',
    maxLength: 300,
  },
  {
    id: 'photo-credit',
    pattern: /\((?:Foto|FOTO|Photo|Ilustrasi|Sumber [Ff]oto)\s*:[^)\n]{1,80}\)/,
    extent: 'match',
    inline: 'anywhere',
  },
  // Embedded social posts: tweets (`… pic.twitter.com/x`, `— Name (@handle) May 26, 2019`) and Instagram.
  {
    id: 'embedded-post',
    pattern: /[^\n]{0,400}pic\.twitter\.com\/\w+\S*\s*$/,
    extent: 'line',
    requires: ['pic.twitter.com/'],
  },
  {
    id: 'embedded-post',
    pattern: /[—–-]\s?[^\n]{1,80}\(@\w{1,30}\)\s+(?:\p{L}+ \d{1,2},? \d{4}|\d{1,2} \p{L}+ \d{4})\s*$/u,
    extent: 'line',
  },
  {
    id: 'embedded-post',
    pattern:
      /(?:View this post on Instagram|Lihat postingan ini di Instagram|Lihat kiriman ini di Instagram|A post shared by|Sebuah kiriman dibagikan oleh|Postingan yang dibagikan oleh)\b/,
    extent: 'line',
  },
  // Leftover ad and widget scripts.
  {
    id: 'ad-script',
    pattern:
      /(?:googletag\.|\(adsbygoogle|window\.\w|document\.(?:write|getElement|createElement)|var \w+ ?=|\(function ?\(|function ?\(\w*\) ?\{|<script|<\/script>|\}\);?\s*$)/,
    extent: 'line',
  },
  { id: 'ad-script', pattern: /[^\n]*fjs\.parentNode/, extent: 'line', requires: ['fjs.parentNode'] },
  // Follow, share and subscribe prompts.
  {
    id: 'follow-prompt',
    pattern:
      /(?:Ikuti|IKUTI|Follow|Gabung(?:lah)?|Bergabung(?:lah)?|Dapatkan|Simak [Bb]reaking [Nn]ews|Cek [Bb]erita|Download|Unduh|Install|Klik|Kunjungi|Subscribe|Langganan|Berlangganan|Yuk,? (?:ikuti|gabung|follow|subscribe)|Pastikan [Kk]amu [Ss]udah)\b[^\n]{0,240}?(?:Google News|WhatsApp|WA Channel|Whatsapp|Telegram|Instagram|Twitter|Facebook|TikTok|YouTube|Youtube|LINE|[Nn]ewsletter|[Cc]hannel|[Ss]aluran|[Nn]otifikasi|[Pp]ush [Nn]otif|di sini|klik)/,
    extent: 'line',
    maxLength: 400,
  },
  {
    id: 'share-buttons',
    pattern:
      /(?:(?:Bagikan|BAGIKAN|Share|SHARE|Tweet|Facebook|Twitter|WhatsApp|Whatsapp|Line|LINE|Telegram|Email|E-mail|Copy [Ll]ink|Salin [Tt]autan|Salin [Ll]ink|Link [Dd]isalin)\s*:?\s*){1,8}$/,
    extent: 'line',
  },
  // Font-size buttons: `A`, `A A A`, `A+ A-`, `Aa`.
  { id: 'font-size-buttons', pattern: /(?:A[+-]?|Aa|T[+-])(?:\s+(?:A[+-]?|Aa|T[+-]))*$/, extent: 'line' },
  // Syndication notes: `Artikel ini telah tayang di Tribunnews.com dengan judul …`.
  {
    id: 'syndication',
    pattern:
      /(?:Artikel|Berita|Tulisan) ini (?:telah |sudah |pernah )?(?:tayang|terbit|dimuat|diterbitkan|dipublikasikan|ditayangkan)(?: (?:lebih dulu|sebelumnya|pertama kali))? (?:di|pada|dalam) /,
    extent: 'line',
    inline: 'sentence',
  },
  // Copyright lines and notices.
  {
    id: 'copyright',
    pattern:
      /(?:©|\(c\)|Copyright\b|COPYRIGHT\b|Hak [Cc]ipta|All [Rr]ights [Rr]eserved|Dilarang (?:mengutip|mengambil|menyalin|memproduksi|keras))/,
    extent: 'line',
    maxLength: 300,
  },
  // Tag lists and topic boxes: `Tags: a, b`, `TOPIK: …`, or a line of hashtags.
  {
    id: 'tag-list',
    pattern:
      /(?:(?:Tags?|Tag [Tt]erkait|Topik|Topik [Tt]erkait|Kata [Kk]unci|Keywords?)\s*:|(?:TAGS?|TOPIK)\s*:?)\s*(?=\S)[^.!?\n]{0,300}$/,
    extent: 'line',
    maxLength: 320,
  },
  { id: 'tag-list', pattern: /(?:#[\p{L}\p{N}_]+[\s,]*){3,}$/u, extent: 'line' },
  // Pagination: `Halaman selanjutnya`, `Halaman 2 dari 3`, `1 2 3 Selanjutnya`.
  {
    id: 'pagination',
    pattern:
      /(?:(?:Halaman|HALAMAN|Hal\.) ?(?:[Ss]elanjutnya|[Bb]erikutnya|[Ss]ebelumnya|\d+(?:\s*(?:dari|\/)\s*\d+)?(?:\s+\d+)*)|[Ss]elanjutnya|SELANJUTNYA|[Bb]erikutnya|[Ss]ebelumnya|Next|NEXT|Prev(?:ious)?|Lanjut(?:kan)? (?:ke )?[Hh]alaman [\p{L}\d]+|(?:\d{1,2}\s+){1,9}\d{1,2}(?:\s+(?:[Ss]elanjutnya|Next|»|›|>))?)\s*[»›>]*\s*$/u,
    extent: 'line',
  },
  // Comment prompts.
  {
    id: 'comment-prompt',
    pattern:
      /(?:Tulis [Kk]omentar|Beri(?:kan)? [Kk]omentar|Kirim [Kk]omentar|Ayo [Bb]erkomentar|Komentar(?: Anda)?|KOMENTAR|Lihat [Kk]omentar|Tampilkan [Kk]omentar|\d+ [Kk]omentar|Login untuk (?:berkomentar|komentar)|Masuk untuk berkomentar|Komentar \(\d+\))\s*:?\s*$/,
    extent: 'line',
  },
];

/**
 * Words written in camel case that are one word (`YouTube`, `WhatsApp`), so a lower-to-upper change inside
 * them is not a glued sentence boundary.
 */
export const CAMEL_CASE_WORDS: readonly string[] = [
  'YouTube',
  'WhatsApp',
  'TikTok',
  'LinkedIn',
  'PlayStation',
  'PlayStore',
  'AppStore',
  'JavaScript',
  'PowerPoint',
  'BlackBerry',
  'GoPay',
  'GoFood',
  'GoRide',
  'GoCar',
  'GoJek',
  'GoTo',
  'OnePlus',
  'AirPods',
  'AirPod',
  'AirAsia',
  'SpongeBob',
  'TransJakarta',
  'BolaSport',
  'KompasTekno',
  'KompasTravel',
  'KompasKlasika',
  'FaceTime',
  'PayPal',
  'DeepMind',
  'SoundCloud',
  'DreamWorks',
  'WeChat',
  'ShopeePay',
  'ShopeeFood',
  'LinkAja',
  'GrabFood',
  'GrabCar',
  'JawaPos',
  'BeritaSatu',
  'IndiHome',
  'SmackDown',
  'StarCraft',
  'PlayOff',
  'NatureRepublic',
  'MasterChef',
  'SmartFren',
  'WordPress',
  'CarFreeDay',
  'OnePoll',
  'OneDrive',
  'SpaceX',
  'HarmonyOS',
];

/** Name prefixes written with a capital after them (`McLaren`, `LeBron`, `DiCaprio`). */
export const CAMEL_NAME_PREFIXES: readonly string[] = [
  'Mc',
  'Mac',
  'De',
  'Di',
  'Le',
  'La',
  'Du',
  'Van',
  'Von',
  "O'",
];
