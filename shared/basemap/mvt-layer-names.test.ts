import { describe, expect, it } from 'vitest';
import { mvtLayerNames } from './mvt-layer-names.ts';

/** Protobuf helpers to write a minimal tile by hand. */
const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  return [...out, n];
};
const field = (number: number, bytes: number[]) => [...varint((number << 3) | 2), ...varint(bytes.length), ...bytes];
const text = (s: string) => [...new TextEncoder().encode(s)];

function layer(name: string): number[] {
  // version = 2 (field 15, varint), name (field 1), a key (field 3), extent 4096 (field 5).
  return [...varint((15 << 3) | 0), 2, ...field(1, text(name)), ...field(3, text('class')), ...varint((5 << 3) | 0), ...varint(4096)];
}

describe('vector tile layer names', () => {
  it('lists each layer name once, in order, including Chinese names', () => {
    const tile = new Uint8Array([...field(3, layer('roads')), ...field(3, layer('水系')), ...field(3, layer('roads'))]);
    expect(mvtLayerNames(tile)).toEqual(['roads', '水系']);
  });

  it('returns no names for an empty tile and throws on bytes that are not a tile', () => {
    expect(mvtLayerNames(new Uint8Array())).toEqual([]);
    expect(() => mvtLayerNames(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow();
  });
});
