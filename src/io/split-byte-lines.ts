/** Splitting byte streams into lines. */

/** Splits a byte stream on `\n` with Buffer.indexOf (several times faster than readline); long lines stay linear. */
export async function* splitLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      if (nl < 0) break;
      const piece = chunk.subarray(start, nl);
      if (pending.length) {
        pending.push(piece);
        yield Buffer.concat(pending);
        pending = [];
      } else yield piece;
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield Buffer.concat(pending);
}
