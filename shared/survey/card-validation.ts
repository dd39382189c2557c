import { fieldDefinition, CARD_FIELDS } from './card-fields.ts';
import { SURVEY_STATUS_MOVES, type SurveyStatus } from './card-enums.ts';
import type { FieldValue, FieldValues } from './field-value.ts';

/** One problem with a card, for an inline message next to `field`. */
export interface FieldIssue {
  readonly field: string;
  readonly code: 'notANumber' | 'belowMin' | 'aboveMax' | 'invalidDate' | 'unknownChoice' | 'dateOrder'
    | 'exceedsSiteArea' | 'reasonRequired' | 'required' | 'statusMove';
  /** Values for the message: limits, the other field, the statuses. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Dates that must not go backwards: each one is on or after every earlier one that is set. */
const DATE_ORDER = ['approvalDate', 'supplyDate', 'actualStartDate', 'completionDate', 'completionAcceptanceDate', 'productionAcceptanceDate'];

const isBlank = (value: FieldValue | undefined) => value === null || value === undefined || value === '';

function isIsoDate(value: FieldValue): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Checks one value against its field's kind, range and choices. */
export function validateValue(key: string, value: FieldValue | undefined): FieldIssue[] {
  const definition = fieldDefinition(key);
  if (!definition || isBlank(value)) return [];
  switch (definition.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return [{ field: key, code: 'notANumber' }];
      if (definition.min !== undefined && value < definition.min) return [{ field: key, code: 'belowMin', params: { min: definition.min } }];
      if (definition.max !== undefined && value > definition.max) return [{ field: key, code: 'aboveMax', params: { max: definition.max } }];
      return [];
    }
    case 'date':
      return isIsoDate(value as FieldValue) ? [] : [{ field: key, code: 'invalidDate' }];
    case 'choice':
      return definition.choices?.includes(String(value)) ? [] : [{ field: key, code: 'unknownChoice' }];
    default:
      return [];
  }
}

/**
 * Every problem on a card: each value on its own, dates in order, footprints
 * within the site (m², ellipsoidal), an override with its reason. Invalid values
 * are reported, never dropped: the caller stores them as typed.
 */
export function validateCard(values: FieldValues, siteAreaSquareMeters: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(values)) issues.push(...validateValue(key, value));
  const dates = DATE_ORDER.filter((key) => isIsoDate(values[key] ?? null));
  for (let i = 1; i < dates.length; i++) {
    const key = dates[i] as string;
    const earlier = dates.slice(0, i).find((other) => (values[other] as string) > (values[key] as string));
    if (earlier) issues.push({ field: key, code: 'dateOrder', params: { other: earlier } });
  }
  const agreed = values.agreedStartDate, supplied = values.supplyDate;
  if (isIsoDate(agreed ?? null) && isIsoDate(supplied ?? null) && (agreed as string) < (supplied as string)) {
    issues.push({ field: 'agreedStartDate', code: 'dateOrder', params: { other: 'supplyDate' } });
  }
  for (const key of ['buildingFootprintSquareMeters', 'structureYardSquareMeters', 'greenAreaSquareMeters']) {
    const value = values[key];
    if (typeof value === 'number' && siteAreaSquareMeters > 0 && value > siteAreaSquareMeters) {
      issues.push({ field: key, code: 'exceedsSiteArea', params: { site: Math.round(siteAreaSquareMeters * 100) / 100 } });
    }
  }
  if (!isBlank(values.classOverride) && isBlank(values.classOverrideReason)) issues.push({ field: 'classOverrideReason', code: 'reasonRequired' });
  return issues;
}

/**
 * Why a parcel cannot move from `from` to `to`: a move not allowed, required
 * fields still empty, or invalid values on the card. Empty when the move may go ahead.
 */
export function statusMoveIssues(from: SurveyStatus, to: SurveyStatus, values: FieldValues, siteAreaSquareMeters: number): FieldIssue[] {
  if (!SURVEY_STATUS_MOVES[from].includes(to)) return [{ field: 'surveyStatus', code: 'statusMove', params: { from, to } }];
  const missing: FieldIssue[] = CARD_FIELDS
    .filter((field) => field.requiredFor?.includes(to) && isBlank(values[field.key]))
    .map((field) => ({ field: field.key, code: 'required' }));
  return [...missing, ...validateCard(values, siteAreaSquareMeters)];
}
