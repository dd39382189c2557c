import type { FieldKind } from '../../../shared/survey/card-fields.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';

const FULL_WIDTH = /[０-９．，－＋]/g;

/** Full-width digits and signs (typed with a Chinese IME) as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A number typed by a person: "1,234.5", "１２３", " 42 "; undefined when the text is not one. */
export function parseTypedNumber(text: string): number | undefined {
  const plain = halfWidth(text).trim().replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(plain)) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** A date typed as 2021-03-01, 2021/3/1, 2021.3.1 or 20210301, as 'YYYY-MM-DD'; undefined when not a real date. */
export function parseTypedDate(text: string): string | undefined {
  const plain = halfWidth(text).trim();
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(plain) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(plain);
  if (!match) return undefined;
  const iso = `${match[1]}-${(match[2] as string).padStart(2, '0')}-${(match[3] as string).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * The value to store for what the user typed into a field of `kind`. Nothing
 * typed is lost: a number field stores a number when the text is one, else the
 * text as typed (validation then flags it); a date field stores 'YYYY-MM-DD'
 * when the text is a date, else the text. Blank input stores null (empty).
 */
export function parseInputValue(kind: FieldKind, text: string): FieldValue {
  if (text.trim() === '') return null;
  if (kind === 'number') return parseTypedNumber(text) ?? text.trim();
  if (kind === 'date') return parseTypedDate(text) ?? text.trim();
  return text;
}

/** The text an input shows for a stored value. */
export function valueToInput(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
