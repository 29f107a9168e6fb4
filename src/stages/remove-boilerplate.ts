import type { Stage } from '../model.js';

/** Placeholder: passes the article on unchanged. */
export function removeBoilerplate(): Stage {
  return (article) => article;
}
