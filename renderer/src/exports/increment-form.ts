import { SQUARE_METERS_PER_MU, squareMetersToMu } from '../../../shared/geodesy/area-units.ts';
import { detailsForm, parseDecimal, parseDetailsForm, type DetailProblem, type DetailsForm } from './available-land-fields.ts';
import type { PlannedIncrement } from './available-land-store.ts';

/** The planned-increment editor's text fields (area in 亩, as offices plan it). */
export interface IncrementForm extends DetailsForm {
  parcelCode: string;
  name: string;
  park: string;
  county: string;
  location: string;
  plannedUse: string;
  areaMu: string;
}

/** An empty form, or one holding an increment's values. */
export function incrementForm(increment?: PlannedIncrement): IncrementForm {
  return {
    ...detailsForm(increment ?? {}),
    parcelCode: increment?.parcelCode ?? '', name: increment?.name ?? '', park: increment?.park ?? '', county: increment?.county ?? '',
    location: increment?.location ?? '', plannedUse: increment?.plannedUse ?? '',
    areaMu: increment ? String(Math.round(squareMetersToMu(increment.areaSquareMeters) * 10000) / 10000) : '',
  };
}

/**
 * Reads the form into an increment with id `id`: code required and not used by
 * another list item (`takenCodes`), area in 亩 > 0 (stored in m²), details as for
 * stock parcels. Returns the problems instead when there are any.
 */
export function parseIncrementForm(form: IncrementForm, id: string, takenCodes: ReadonlySet<string>): { increment?: PlannedIncrement; problems: DetailProblem[] } {
  const { details, problems } = parseDetailsForm(form);
  const code = form.parcelCode.trim();
  if (!code) problems.push({ field: 'parcelCode', code: 'required' });
  else if (takenCodes.has(code)) problems.push({ field: 'parcelCode', code: 'duplicate' });
  const mu = parseDecimal(form.areaMu);
  if (mu === null) problems.push({ field: 'areaMu', code: 'required' });
  else if (mu === undefined) problems.push({ field: 'areaMu', code: 'notANumber' });
  else if (mu <= 0) problems.push({ field: 'areaMu', code: 'negative' });
  if (problems.length > 0 || typeof mu !== 'number') return { problems };
  return {
    problems,
    increment: {
      ...details, id, source: 'plannedIncrement', geometry: null, parcelCode: code, name: form.name.trim(), park: form.park.trim(),
      county: form.county.trim(), location: form.location.trim(), plannedUse: form.plannedUse.trim(), areaSquareMeters: mu * SQUARE_METERS_PER_MU,
    },
  };
}
