/** White-space helpers that avoid a regular expression (and a new string) when there is nothing to do. */

/**
 * Whether `text` may hold white space other than single spaces (a line break, a tab, two spaces, or any
 * character outside ASCII, checked no further); false means `text.replace(/\s+/g, ' ')` is `text`.
 */
export function hasOddSpace(text: string): boolean {
  let previousSpace = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (c < 32 || c >= 0x80) return true;
    else previousSpace = false;
  }
  return false;
}

/** `text` with every run of white space as one space (`text.replace(/\s+/g, ' ')`). */
export const singleSpaced = (text: string): string => (hasOddSpace(text) ? text.replace(/\s+/g, ' ') : text);

/** `text.split(/\s+/)`, without the regular expression when `text` is single-spaced ASCII. */
export const splitWords = (text: string): string[] =>
  hasOddSpace(text) ? text.split(/\s+/) : text.split(' ');
