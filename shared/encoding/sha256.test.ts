import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256OfParts } from './sha256.ts';

describe('sha256', () => {
  it('matches the published digest of "abc"', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('fingerprints a set of parts by content and order', async () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array([4, 5]);
    expect(await sha256OfParts([a, b])).toBe(await sha256OfParts([a.slice(), b.slice()]));
    expect(await sha256OfParts([a, b])).not.toBe(await sha256OfParts([b, a]));
  });
});
