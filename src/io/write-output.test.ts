import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bufferedOutput } from './write-output.js';

/** A stream that keeps what it receives, one entry a write, and is slow to drain when asked. */
function collector(highWaterMark = 1 << 20, delayMs = 0) {
  const writes: Buffer[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      writes.push(Buffer.from(chunk));
      if (delayMs) setTimeout(done, delayMs);
      else done();
    },
  });
  return { stream, writes, text: () => Buffer.concat(writes).toString('utf8') };
}

describe('bufferedOutput', () => {
  it('writes every chunk, in order, strings and bytes alike, and gathers small ones into few writes', async () => {
    const sink = collector();
    const output = bufferedOutput(sink.stream);
    const expected: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const line = `{"id":${i},"text":"é “kutip” ${'x'.repeat(i % 97)} 😀 \ud800"}\n`;
      expected.push(line);
      await output.write(i % 3 === 0 ? Buffer.from(line, 'utf8') : line);
    }
    await output.close();
    // Byte for byte what the stream itself makes of them (a lone surrogate becomes U+FFFD in both).
    expect(Buffer.concat(sink.writes).equals(Buffer.from(expected.join(''), 'utf8'))).toBe(true);
    expect(sink.writes.length).toBeLessThan(3000 / 10);
  });

  it('passes a chunk bigger than its buffer through whole, after what came before', async () => {
    const sink = collector();
    const output = bufferedOutput(sink.stream);
    const big = 'b'.repeat(200_000);
    await output.write('a\n');
    await output.write(big);
    await output.write('c\n');
    await output.close();
    expect(sink.text()).toBe(`a\n${big}c\n`);
  });

  it('lets a slow trickle through without waiting for close', async () => {
    const sink = collector();
    const output = bufferedOutput(sink.stream);
    await output.write('first\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.text()).toBe('first\n');
    await output.close();
  });

  it('waits for a slow reader instead of holding everything in memory', async () => {
    const sink = collector(64 * 1024, 2);
    const output = bufferedOutput(sink.stream);
    const line = `${'z'.repeat(1000)}\n`;
    for (let i = 0; i < 2000; i++) {
      await output.write(line);
      // What the stream holds unwritten stays bounded by its limit plus one gathered chunk.
      expect(sink.stream.writableLength).toBeLessThanOrEqual(64 * 1024 + 66 * 1024);
    }
    await output.close();
    expect(sink.text().length).toBe(2000 * line.length);
  });
});
