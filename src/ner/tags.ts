/** The tagger's BIO tag set and the entity types it marks. */

/** Entity types: people, places, organisations. */
export type EntityType = 'PER' | 'LOC' | 'ORG';

/** Tags by id: 0 is O, then B and I of each type. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;

/** Number of tags. */
export const TAG_COUNT = TAGS.length;

/** Type of the entity a tag id belongs to, or null for O. */
export function typeOfTag(tag: number): EntityType | null {
  if (tag === 1 || tag === 2) return 'PER';
  if (tag === 3 || tag === 4) return 'LOC';
  if (tag === 5 || tag === 6) return 'ORG';
  return null;
}

/** True when `tag` is an I- tag. */
export function isInside(tag: number): boolean {
  return tag === 2 || tag === 4 || tag === 6;
}

/** True when `next` may follow `prev` in BIO (an I- tag continues a B- or I- of its type). */
export function mayFollow(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev === next || prev === next - 1;
}
