import { describe, expect, it } from 'vitest';
import { meetsNumberCondition, parseNumberCondition } from './number-filter.ts';

function passes(text: string, values: number[]): number[] {
  const condition = parseNumberCondition(text);
  if (!condition) throw new Error(`not a condition: ${text}`);
  return values.filter((v) => meetsNumberCondition(v, condition));
}

describe('numeric column filters', () => {
  const values = [999.99, 1000, 1000.004, 1000.006, 2500, 10_000];

  it('understands comparisons, with or without thousands separators and full-width signs', () => {
    expect(passes('>1000', values)).toEqual([1000.004, 1000.006, 2500, 10_000]);
    expect(passes('>= 1,000', values)).toEqual([1000, 1000.004, 1000.006, 2500, 10_000]);
    expect(passes('＜1000', values)).toEqual([999.99]);
    expect(passes('≤1000', values)).toEqual([999.99, 1000]);
  });

  it('understands ranges including both ends', () => {
    expect(passes('1000-2500', values)).toEqual([1000, 1000.004, 1000.006, 2500]);
    expect(passes('2500~1000', values)).toEqual([1000, 1000.004, 1000.006, 2500]);
  });

  it('a bare number matches the values that round to it', () => {
    expect(passes('1000.00', values)).toEqual([1000, 1000.004]);
    expect(passes('1000', values)).toEqual([999.99, 1000, 1000.004, 1000.006]);
  });

  it('rejects text that is not a condition', () => {
    expect(parseNumberCondition('abc')).toBeUndefined();
    expect(parseNumberCondition('>')).toBeUndefined();
  });
});
