import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function detectLanguage(): Stage {
  return (article) => article;
}
