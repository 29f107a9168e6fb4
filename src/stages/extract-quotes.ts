import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function extractQuotes(): Stage {
  return (article) => article;
}
