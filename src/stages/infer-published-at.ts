import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function inferPublishedAt(): Stage {
  return (article) => article;
}
