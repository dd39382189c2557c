import type { SurveyStatus } from '../../../shared/survey/card-enums.ts';
import { statusMoveIssues, type FieldIssue } from '../../../shared/survey/card-validation.ts';
import type { FieldValue, FieldValues } from '../../../shared/survey/field-value.ts';
import type { FieldChange } from '../survey/edit-session.ts';

/** A status move ready to store, or the reasons it is refused. */
export interface StatusMovePlan {
  readonly changes: readonly FieldChange[];
  readonly issues: readonly FieldIssue[];
}

const isBlank = (value: FieldValue | undefined) => value === null || value === undefined || value === '';

/** The card's survey status ('unsurveyed' when never set). */
export function currentStatus(values: FieldValues): SurveyStatus {
  return (values.surveyStatus || 'unsurveyed') as SurveyStatus;
}

/**
 * Plans moving a card to `to`: moving to 已调查 also stamps the surveyor (the
 * user's name) and the survey date (`today`, YYYY-MM-DD) where they are empty,
 * and the move is checked with those stamps in place (statusMoveIssues). Any
 * issue refuses the move: then `changes` is empty.
 */
export function planStatusMove(values: FieldValues, to: SurveyStatus, siteAreaSquareMeters: number, author: string, today: string): StatusMovePlan {
  const from = currentStatus(values);
  const stamps: FieldChange[] = [];
  if (to === 'surveyed') {
    if (isBlank(values.surveyor)) stamps.push({ field: 'surveyor', oldValue: values.surveyor ?? null, newValue: author });
    if (isBlank(values.surveyDate)) stamps.push({ field: 'surveyDate', oldValue: values.surveyDate ?? null, newValue: today });
  }
  const stamped = { ...values, ...Object.fromEntries(stamps.map((c) => [c.field, c.newValue])) };
  const issues = statusMoveIssues(from, to, stamped, siteAreaSquareMeters);
  if (issues.length > 0) return { changes: [], issues };
  return { changes: [{ field: 'surveyStatus', oldValue: values.surveyStatus ?? null, newValue: to }, ...stamps], issues };
}
