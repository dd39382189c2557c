import { describe, expect, it } from 'vitest';
import { parseInputValue, parseTypedDate, parseTypedNumber, valueToInput } from './input-value.ts';

describe('parseInputValue', () => {
  it('stores a number when a number field holds one, in the forms people type', () => {
    expect(parseInputValue('number', '42')).toBe(42);
    expect(parseInputValue('number', ' 1,234.5 ')).toBe(1234.5);
    expect(parseInputValue('number', '１２３．５')).toBe(123.5);
    expect(parseInputValue('number', '-0.25')).toBe(-0.25);
  });

  it('keeps the typed text when a number field does not hold a number', () => {
    expect(parseInputValue('number', '约 30 亩')).toBe('约 30 亩');
    expect(parseInputValue('number', '12abc')).toBe('12abc');
    expect(parseInputValue('number', '1,23')).toBe('1,23');
  });

  it('normalises typed dates to YYYY-MM-DD and keeps impossible ones as typed', () => {
    expect(parseInputValue('date', '2021/3/1')).toBe('2021-03-01');
    expect(parseInputValue('date', '2021年3月5日')).toBe('2021-03-05');
    expect(parseInputValue('date', '20210301')).toBe('2021-03-01');
    expect(parseInputValue('date', '2021-02-30')).toBe('2021-02-30');
    expect(parseInputValue('date', '去年春天')).toBe('去年春天');
  });

  it('stores blank input as empty and text as typed', () => {
    expect(parseInputValue('text', '   ')).toBeNull();
    expect(parseInputValue('number', '')).toBeNull();
    expect(parseInputValue('longText', '第一行\n第二行 ')).toBe('第一行\n第二行 ');
  });
});

describe('typed numbers and dates', () => {
  it('refuses what is not a number or not a calendar date', () => {
    expect(parseTypedNumber('1e400')).toBeUndefined();
    expect(parseTypedNumber('.')).toBeUndefined();
    expect(parseTypedDate('2021-13-01')).toBeUndefined();
    expect(parseTypedDate('2024-02-29')).toBe('2024-02-29');
    expect(parseTypedDate('2023-02-29')).toBeUndefined();
  });

  it('shows stored values as input text', () => {
    expect(valueToInput(null)).toBe('');
    expect(valueToInput(undefined)).toBe('');
    expect(valueToInput(12.5)).toBe('12.5');
    expect(valueToInput('12abc')).toBe('12abc');
  });
});
