import { describe, expect, it } from 'vitest';
import { PinyinInitials } from './pinyin-initials.ts';

describe('PinyinInitials', () => {
  it('gives one lowercase initial per Chinese character', () => {
    expect(new PinyinInitials().of('许昌金星发制品有限公司')).toBe('xcjxfzpyxgs');
  });

  it('reads polyphonic characters from their context', () => {
    const initials = new PinyinInitials();
    expect(initials.of('长葛市')).toBe('cgs');
    expect(initials.of('重庆路')).toBe('cql');
  });

  it('keeps letters and digits, lowercased', () => {
    expect(new PinyinInitials().of('许昌ABC3号')).toBe('xcabc3h');
  });

  it('gives the same answer from its cache', () => {
    const initials = new PinyinInitials();
    const first = initials.of('河南森源电气股份有限公司');
    expect(initials.of('河南森源电气股份有限公司')).toBe(first);
    expect(first).toBe('hnsydqgfyxgs');
  });
});
