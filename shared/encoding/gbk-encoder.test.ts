import { describe, expect, it } from 'vitest';
import { encodeGbk, UnencodableCharacterError } from './gbk-encoder.ts';

describe('encodeGbk', () => {
  it('encodes Chinese land-record text so the GBK decoder reads it back', () => {
    const text = '许昌市魏都区瑞祥路88号 河南森源电气股份有限公司（出让）';
    const bytes = encodeGbk(text);
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text);
  });

  it('uses the two-byte GBK codes, not UTF-8', () => {
    expect([...encodeGbk('中文')]).toEqual([0xd6, 0xd0, 0xce, 0xc4]);
    expect([...encodeGbk('A1')]).toEqual([0x41, 0x31]);
  });

  it('refuses characters GBK cannot hold', () => {
    expect(() => encodeGbk('工业😀')).toThrow(UnencodableCharacterError);
  });
});
