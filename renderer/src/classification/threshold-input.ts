import { ThresholdsSchema, type ThresholdKey } from '../../../shared/rules/rule-set-schema.ts';
import type { ThresholdField } from '../../../shared/rules/threshold-fields.ts';

/** A problem with a typed threshold: a message key and its values. */
export interface ThresholdProblem {
  readonly key: 'classifyProblemNumber' | 'classifyProblemInteger' | 'classifyProblemMin' | 'classifyProblemGt' | 'classifyProblemMax' | 'classifyProblemLt' | 'classifyProblemOther';
  readonly value?: string;
}

/** What a number field shows: shares as percent (0.25 → '25'), off (null) as ''. */
export function thresholdText(field: ThresholdField, value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const shown = field.unit === 'share' ? value * 100 : value;
  return String(Math.round(shown * 1e9) / 1e9);
}

const bound = (field: ThresholdField, n: number) => (field.unit === 'share' ? `${Math.round(n * 1e9) / 1e7}%` : String(n));

/**
 * Reads a typed number threshold through the rule-set schema: '' is off (null)
 * where the rule may be switched off; shares are typed as percent. Returns the
 * value or the first problem (bounds in the unit the user typed).
 */
export function parseThresholdText(field: ThresholdField, text: string): { readonly value: number | null } | { readonly problem: ThresholdProblem } {
  const trimmed = text.trim().replace(/，/g, '.');
  if (trimmed === '' && field.nullable) return { value: null };
  const typed = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(typed)) return { problem: { key: 'classifyProblemNumber' } };
  const value = field.unit === 'share' ? typed / 100 : typed;
  const schema = ThresholdsSchema.shape[field.key as ThresholdKey];
  const parsed = schema.safeParse(value);
  if (parsed.success) return { value };
  const issue = parsed.error.issues[0];
  if (issue?.code === 'too_small') return { problem: { key: issue.inclusive ? 'classifyProblemMin' : 'classifyProblemGt', value: bound(field, Number(issue.minimum)) } };
  if (issue?.code === 'too_big') return { problem: { key: issue.inclusive ? 'classifyProblemMax' : 'classifyProblemLt', value: bound(field, Number(issue.maximum)) } };
  if (issue?.code === 'invalid_type') return { problem: { key: issue.expected === 'int' ? 'classifyProblemInteger' : 'classifyProblemNumber' } };
  return { problem: { key: 'classifyProblemOther' } };
}

/** A comma-separated list typed by the user (，、 and ; separate too), empty parts dropped. */
export function parseTextList(text: string): string[] {
  return text.split(/[,，、;；]/).map((part) => part.trim()).filter((part) => part !== '');
}
