import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64.ts';

describe('base64', () => {
  it.each([['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foobar', 'Zm9vYmFy']])('%j ↔ %j (RFC 4648 vectors)', (plain, encoded) => {
    const bytes = new TextEncoder().encode(plain);
    expect(toBase64(bytes)).toBe(encoded);
    expect(fromBase64(encoded)).toEqual(bytes);
  });

  it('refuses text that is not base64', () => {
    expect(fromBase64('abc')).toBeUndefined();
    expect(fromBase64('ab!=')).toBeUndefined();
    expect(fromBase64('Zh==')).toBeUndefined(); // 'f' is Zg==; Zh== sets unused bits
  });
});
