/**
 * Where Indonesian news pages keep the article body, and what inside it is not body: hand-kept CSS selectors
 * and class/id words, read by `src/io/extract-html.ts`.
 */

/** Body containers, most specific first: schema.org markup, then the outlets' own containers. */
export const BODY_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  '.read__content', // Kompas
  '.detail__body-text', // Detik
  '.detail-text', // CNN Indonesia
  '.detail_text', // CNBC Indonesia
  '.article-content-body__item-content', // Liputan6
  '.txt-article', // Tribun network
  '.side-article.txt-article',
  '.detail-in', // Tempo
  '#isi', // Tempo (older)
  '.wrap__article-detail-content', // Antara
  '.post-content', // Antara (older), many WordPress sites
  '#contentx', // Okezone
  '.detail-desc', // Sindonews
  '.read-content', // Republika
  '.detail-content', // Suara
  '.mdk-body-paragraph', // Merdeka
  '.main-content-detail', // Viva
  '.article-content', // IDN Times, Jawa Pos
  '.detailsContent', // Bisnis
  '.tmpt-desk-kon', // Kontan
  '.entry-content', // WordPress
  '.article-body',
  '.article__body',
  '.story-body',
  '.content-detail',
];

/** Elements that are never body. */
export const JUNK_TAGS =
  'script, style, noscript, template, nav, aside, footer, form, iframe, svg, button, select, figure, figcaption, picture, video, audio, object, embed, ins';

/**
 * Class or id words of in-body boxes that are not body: related links, promos, ads, share bars, captions,
 * comments, tags, pagination. Matched as whole words of a class or id (split at `-`, `_`, space).
 */
export const JUNK_WORDS: readonly string[] = [
  'related',
  'baca',
  'bacajuga',
  'baca-juga',
  'readalso',
  'read-also',
  'also',
  'terkait',
  'promo',
  'promotion',
  'ads',
  'ad',
  'advert',
  'advertisement',
  'iklan',
  'banner',
  'sponsor',
  'share',
  'sharing',
  'social',
  'sosmed',
  'comment',
  'comments',
  'komentar',
  'disqus',
  'tags',
  'tag',
  'topik',
  'breadcrumb',
  'breadcrumbs',
  'newsletter',
  'subscribe',
  'recommendation',
  'recommended',
  'rekomendasi',
  'popular',
  'populer',
  'terpopuler',
  'sidebar',
  'widget',
  'caption',
  'credit',
  'pagination',
  'paging',
  'pager',
  'nextpage',
  'next-page',
  'author-box',
  'byline',
  'video-embed',
  'embed',
  'parallax',
  'outbrain',
  'taboola',
  'gpt',
  'dfp',
  'mgid',
  'inarticle',
  'lihatjuga',
  'lihat-juga',
  'simak',
  'editor-pick',
  'editorpick',
  'pilihan',
  'trending',
];

/** Text of a link or small box that leads to the next page of a multi-page article (not body). */
export const NEXT_PAGE_TEXT =
  /^\s*(?:halaman\s+(?:selanjutnya|berikutnya|sebelumnya|\d+)|selanjutnya|berikutnya|sebelumnya|next(?:\s+page)?|prev(?:ious)?|baca\s+halaman\s+\S+|lanjut\s+(?:ke\s+)?halaman\s+\S+|\d+)\s*[»›>]*\s*$/i;

/** Site-name suffixes of page titles (` - Kompas.com`, ` | Republika Online`). */
export const TITLE_SEPARATORS = /\s+[-–—|:·•]\s+/;
