import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function extractEntities(): Stage {
  return (article) => article;
}
