import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function splitParagraphs(): Stage {
  return (article) => article;
}
