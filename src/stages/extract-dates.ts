import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function extractDates(): Stage {
  return (article) => article;
}
