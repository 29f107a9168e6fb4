import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from './tags.js';
import {
  decodePackedWeights,
  decodeWeights,
  emissions,
  encodeWeights,
  packWeights,
  TAG_STRIDE,
} from './weights.js';

describe('weights', () => {
  const bits = 4;
  const weights = new Float32Array((1 << bits) * TAG_STRIDE);
  weights[3 * TAG_STRIDE + 1] = 2.5;
  weights[3 * TAG_STRIDE + 6] = -1.25;
  weights[9 * TAG_STRIDE] = 0.5;
  const transitions = new Float32Array(TAG_COUNT * TAG_COUNT).map((_, i) => i / 10);
  const start = new Float32Array(TAG_COUNT).fill(-0.5);
  const model = decodeWeights(encodeWeights({ bits, scale: 1, weights, transitions, start }));

  it('round-trips within int8 precision', () => {
    expect(model.bits).toBe(bits);
    expect((model.weights[3 * TAG_STRIDE + 1] as number) * model.scale).toBeCloseTo(2.5, 1);
    expect((model.weights[3 * TAG_STRIDE + 6] as number) * model.scale).toBeCloseTo(-1.25, 1);
    expect((model.weights[9 * TAG_STRIDE] as number) * model.scale).toBeCloseTo(0.5, 1);
    expect(model.weights[2 * TAG_STRIDE + 1]).toBe(0);
    expect(Array.from(model.transitions)).toEqual(Array.from(transitions));
    expect(Array.from(model.start)).toEqual(Array.from(start));
  });

  it('sums the weights of each token’s features per tag', () => {
    const offsets = new Int32Array([3 * TAG_STRIDE, 9 * TAG_STRIDE, 9 * TAG_STRIDE, 0]);
    const scores = emissions(model.weights, model.scale, offsets, 2, 2);
    expect(scores[1]).toBeCloseTo(2.5, 1);
    expect(scores[0]).toBeCloseTo(0.5, 1);
    expect(scores[6]).toBeCloseTo(-1.25, 1);
    expect(scores[TAG_COUNT]).toBeCloseTo(0.5, 1);
    expect(scores[TAG_COUNT + 1]).toBe(0);
  });

  it('rejects an unknown format', () => {
    expect(() => decodeWeights(Buffer.from([99, 4]).toString('base64'))).toThrow(/version/);
  });

  it('packs biased bytes, two words per bucket, the same whether decoded packed or packed after decoding', () => {
    const encoded = encodeWeights({ bits, scale: 1, weights, transitions, start });
    const packed = decodePackedWeights(encoded);
    expect(Array.from(packed.words)).toEqual(Array.from(packWeights(model).words));
    expect(packed.scale).toBe(model.scale);
    expect(Array.from(packed.transitions)).toEqual(Array.from(model.transitions));
    // Bucket 3: tag 1 positive, tag 6 negative; every other byte holds the bias of a zero weight.
    const byte = (bucket: number, tag: number): number =>
      ((packed.words[bucket * 2 + (tag >> 2)] as number) >>> ((tag & 3) * 8)) & 255;
    expect(byte(3, 1) - 128).toBe(model.weights[3 * TAG_STRIDE + 1]);
    expect(byte(3, 6) - 128).toBe(model.weights[3 * TAG_STRIDE + 6]);
    expect(byte(3, 6)).toBeLessThan(128);
    expect(byte(3, 0)).toBe(128);
    expect(byte(2, 5)).toBe(128);
  });
});
