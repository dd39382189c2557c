import type { FieldValue, FieldValues } from '../../../shared/survey/field-value.ts';

/** One entry of a disposal plan's progress log (stored as field `progress.<id>`). */
export interface ProgressEntry {
  readonly key: string;
  /** 'YYYY-MM-DD' as entered (may be any text when an older value was not JSON). */
  readonly date: string;
  readonly text: string;
}

const PREFIX = 'progress.';

/** True for a progress-log field key. */
export function isProgressKey(key: string): boolean {
  return key.startsWith(PREFIX) && key.length > PREFIX.length;
}

/**
 * Reads one stored progress value: JSON `{date, text}`. A value that is not
 * that JSON is still shown (as text without a date), never dropped; null
 * (a removed entry) gives undefined.
 */
export function parseProgressValue(key: string, value: FieldValue | undefined): ProgressEntry | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') {
    try {
      const parsed = JSON.parse(value) as unknown;
      if (parsed && typeof parsed === 'object') {
        const { date, text } = parsed as { date?: unknown; text?: unknown };
        if (typeof date === 'string' || typeof text === 'string') {
          return { key, date: typeof date === 'string' ? date : '', text: typeof text === 'string' ? text : '' };
        }
      }
    } catch {
      // Not JSON: shown as plain text below.
    }
  }
  return { key, date: '', text: String(value) };
}

/** The card's progress entries, newest date first (entries of the same date: latest added first). */
export function progressEntries(values: FieldValues): ProgressEntry[] {
  const entries: ProgressEntry[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!isProgressKey(key)) continue;
    const entry = parseProgressValue(key, value);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => (a.date === b.date ? (a.key < b.key ? 1 : -1) : a.date < b.date ? 1 : -1));
}

/** The stored value of a progress entry. */
export function progressValue(date: string, text: string): string {
  return JSON.stringify({ date, text });
}

/**
 * A new entry's key: time-ordered (base-36 milliseconds, fixed width) plus a
 * random suffix, so entries added on two devices never share a key.
 */
export function newProgressKey(nowMillis: number, random: () => number = Math.random): string {
  const time = nowMillis.toString(36).padStart(9, '0');
  const suffix = Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0');
  return `${PREFIX}${time}${suffix}`;
}
