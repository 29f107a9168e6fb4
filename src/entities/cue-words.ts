/** Words around a capitalised run that tell the chunk rules what it is. Hand-kept. */

import { makeWordSet } from './word-hash.js';

/** A bare district or village name is a place only after one of these words (`di Tebet`, `ke Cawang`). */
export const LOCATIVES = new Set([
  'di',
  'ke',
  'dari',
  'kawasan',
  'daerah',
  'wilayah',
  'sekitar',
  'menuju',
  'arah',
  'hingga',
  'sampai',
  'asal',
  'dekat',
  'tujuan',
  'kecamatan',
  'kelurahan',
  'desa',
  'kampung',
  'perbatasan',
  'seputar',
  'warga',
  'penduduk',
]);
/** {@link LOCATIVES} looked up by a token's range and hash. */
export const LOCATIVE_WORDS = makeWordSet(LOCATIVES);

/** Words after which an untyped capitalised run is a person (`kata Rita`, `menurut Dwi`). */
export const PERSON_CUES = new Set([
  'kata',
  'ujar',
  'ucap',
  'tutur',
  'jelas',
  'ungkap',
  'sebut',
  'tambah',
  'lanjut',
  'terang',
  'imbuh',
  'tegas',
  'papar',
  'menurut',
  'oleh',
  'pasangan',
  'bersama',
  'saudara',
  'sapaan',
  'akrab',
  'bernama',
  'kepada',
]);

/** {@link PERSON_CUES} looked up by a token's range and hash. */
export const PERSON_CUE_WORDS = makeWordSet(PERSON_CUES);

/** Words that open the name of a law or a regulation, which is not an organisation. */
export const LAW_WORDS = new Set([
  'Peraturan',
  'Undang',
  'Undang-Undang',
  'UU',
  'Perpres',
  'Permen',
  'Perda',
  'Perppu',
  'Keputusan',
  'Keppres',
  'Instruksi',
  'Inpres',
  'Pasal',
  'Surat',
  'Nomor',
]);
