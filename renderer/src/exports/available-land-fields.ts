import type { AvailableLandDetails } from '../../../shared/export/available-land-list.ts';
import type { FieldValue, FieldValues } from '../../../shared/survey/field-value.ts';
import type { FieldChange } from '../survey/edit-session.ts';

/**
 * A stock parcel's supply details for the annual list are parcel facts, so they
 * are stored like card edits: one field operation per detail under these keys
 * (history with author, undo, packages and sync, conflicts all apply). They are
 * not card fields: the card does not show them, the list screen does.
 */
export const AVAILABLE_LAND_DETAIL_KEYS = {
  landCostWanYuan: 'availableLand.landCostWanYuan',
  supplyConditions: 'availableLand.supplyConditions',
  procedure: 'availableLand.procedure',
  expectedCycleMonths: 'availableLand.expectedCycleMonths',
  plannedSupplyDate: 'availableLand.plannedSupplyDate',
  notes: 'availableLand.notes',
} as const satisfies Record<keyof AvailableLandDetails, string>;

export type DetailKey = keyof typeof AVAILABLE_LAND_DETAIL_KEYS;
export const DETAIL_KEYS = Object.keys(AVAILABLE_LAND_DETAIL_KEYS) as DetailKey[];

/** The details as the editor form holds them: text per field. */
export type DetailsForm = Record<DetailKey, string>;

/** Why a form value cannot be stored (message key suffix `landListProblem_<code>`). */
export interface DetailProblem {
  readonly field: DetailKey | 'parcelCode' | 'park' | 'areaMu';
  readonly code: 'notANumber' | 'negative' | 'notWhole' | 'badDate' | 'required' | 'duplicate';
}

const numberOrNull = (value: FieldValue | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const textOf = (value: FieldValue | undefined): string => (value === null || value === undefined ? '' : String(value));

/** A parcel's stored details, read from its effective values (source with edits). */
export function detailsFromValues(values: FieldValues): AvailableLandDetails {
  return {
    landCostWanYuan: numberOrNull(values[AVAILABLE_LAND_DETAIL_KEYS.landCostWanYuan]),
    supplyConditions: textOf(values[AVAILABLE_LAND_DETAIL_KEYS.supplyConditions]),
    procedure: textOf(values[AVAILABLE_LAND_DETAIL_KEYS.procedure]),
    expectedCycleMonths: numberOrNull(values[AVAILABLE_LAND_DETAIL_KEYS.expectedCycleMonths]),
    plannedSupplyDate: textOf(values[AVAILABLE_LAND_DETAIL_KEYS.plannedSupplyDate]) || null,
    notes: textOf(values[AVAILABLE_LAND_DETAIL_KEYS.notes]),
  };
}

/** The editor's text for stored details. */
export function detailsForm(details: AvailableLandDetails): DetailsForm {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    landCostWanYuan: n(details.landCostWanYuan), supplyConditions: details.supplyConditions ?? '', procedure: details.procedure ?? '',
    expectedCycleMonths: n(details.expectedCycleMonths), plannedSupplyDate: details.plannedSupplyDate ?? '', notes: details.notes ?? '',
  };
}

/** A decimal typed the way people do (全角 digits, thousands commas); undefined when not a number, null when empty. */
export function parseDecimal(text: string): number | null | undefined {
  const plain = text.trim().replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '');
  if (plain === '') return null;
  const value = Number(plain);
  return /^-?\d+(\.\d+)?$/.test(plain) && Number.isFinite(value) ? value : undefined;
}

/** Reads the form: the details, or the problems with it. Cost ≥ 0 (万元); cycle 0–120 whole months; date YYYY-MM[-DD]. */
export function parseDetailsForm(form: DetailsForm): { details: AvailableLandDetails; problems: DetailProblem[] } {
  const problems: DetailProblem[] = [];
  const cost = parseDecimal(form.landCostWanYuan);
  if (cost === undefined) problems.push({ field: 'landCostWanYuan', code: 'notANumber' });
  else if (cost !== null && cost < 0) problems.push({ field: 'landCostWanYuan', code: 'negative' });
  const cycle = parseDecimal(form.expectedCycleMonths);
  if (cycle === undefined) problems.push({ field: 'expectedCycleMonths', code: 'notANumber' });
  else if (cycle !== null && (!Number.isInteger(cycle) || cycle < 0 || cycle > 120)) problems.push({ field: 'expectedCycleMonths', code: 'notWhole' });
  const date = form.plannedSupplyDate.trim();
  const dateOk = date === '' || (/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(date));
  if (!dateOk) problems.push({ field: 'plannedSupplyDate', code: 'badDate' });
  return {
    problems,
    details: {
      landCostWanYuan: cost ?? null, supplyConditions: form.supplyConditions.trim(), procedure: form.procedure.trim(),
      expectedCycleMonths: cycle ?? null, plannedSupplyDate: date || null, notes: form.notes.trim(),
    },
  };
}

const stored = (value: string | number | null | undefined): FieldValue => (value === undefined || value === '' ? null : value);

/** The field changes that turn `before` into `after` (unchanged fields left out). */
export function detailChanges(values: FieldValues, after: AvailableLandDetails): FieldChange[] {
  return DETAIL_KEYS.flatMap((key) => {
    const field = AVAILABLE_LAND_DETAIL_KEYS[key];
    const oldValue = values[field] ?? null;
    const newValue = stored(after[key]);
    return Object.is(oldValue, newValue) ? [] : [{ field, oldValue, newValue }];
  });
}
