import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function extractCredits(): Stage {
  return (article) => article;
}
