import type { CreditRole } from '../model.js';

/** Labels of credit lines (`Editor: X`, `Penulis: X`) and the role each names; matched case-insensitively. */
export const CREDIT_LABELS: ReadonlyArray<readonly [string, CreditRole]> = [
  ['editor', 'editor'],
  ['penyunting', 'editor'],
  ['redaktur', 'editor'],
  ['editing', 'editor'],
  ['penulis', 'author'],
  ['oleh', 'author'],
  ['author', 'author'],
  ['ditulis oleh', 'author'],
  ['reporter', 'reporter'],
  ['wartawan', 'reporter'],
  ['pewarta', 'reporter'],
  ['jurnalis', 'reporter'],
  ['laporan wartawan', 'reporter'],
  ['laporan reporter', 'reporter'],
  ['fotografer', 'photographer'],
  ['pewarta foto', 'photographer'],
  ['kontributor', 'contributor'],
  ['koresponden', 'contributor'],
  ['sumber', 'source'],
];
