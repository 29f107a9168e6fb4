import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function extractDateline(): Stage {
  return (article) => article;
}
