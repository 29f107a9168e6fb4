import type { Paragraph, Stage } from '../model.js';
import { trimmedSpan } from '../span.js';

/** Makes every non-empty line of the source a candidate paragraph, trimmed, with its offsets. */
export function splitLines(): Stage {
  return (article, { source, view }) => {
    const paragraphs: Paragraph[] = [];
    let lineStart = 0;
    while (lineStart <= view.length) {
      let lineEnd = view.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = view.length;
      const span = trimmedSpan(source, view, lineStart, lineEnd);
      if (span.end > span.start) paragraphs.push(span);
      lineStart = lineEnd + 1;
    }
    return { ...article, paragraphs };
  };
}
