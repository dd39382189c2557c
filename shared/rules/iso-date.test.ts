import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, daysBetween, isIsoDate } from './iso-date.ts';

const MS_PER_DAY = 86_400_000;
const utcDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

describe('iso-date', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['1900-02-29', false], ['2000-02-29', true],
    ['2021-04-31', false], ['2021-12-31', true], ['2021-13-01', false], ['2021-1-01', false], [20210101, false],
  ])('isIsoDate(%s) → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('counts days like the UTC calendar for any pair of dates', () => {
    const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(date, date, (a, b) => {
      expect(isIsoDate(a)).toBe(true);
      expect(daysBetween(a, b)).toBe(utcDays(b) - utcDays(a));
    }));
  });

  it.each([
    ['2020-03-15', 1, '2021-03-15'], ['2020-02-29', 1, '2021-02-28'], ['2020-02-29', 4, '2024-02-29'],
    ['2021-08-31', 0.5, '2022-02-28'], ['2021-01-31', 2, '2023-01-31'],
  ])('addYears(%s, %s) → %s', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });
});
