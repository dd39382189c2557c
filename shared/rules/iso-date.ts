/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates (civil dates, no time zone): the
 * rules compare dates as the land contracts state them, never with a clock.
 */

const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/**
 * The same calendar day `years` later ("one full year after 2020-03-15" is
 * 2021-03-15); 29 February moves to 28 February in a common year. Fractional
 * years count in whole months (0.5 year = 6 months).
 */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const months = Math.round(years * 12);
  const totalMonths = y * 12 + (m - 1) + months;
  const year = Math.floor(totalMonths / 12), month = (totalMonths % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar year of a 'YYYY-MM-DD' date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
