import type { Page } from 'playwright-core';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { landStatsRow, latestCompleteYearTax, type LandStatsRow } from '../../shared/land-stats/land-stats-row.ts';
import { parkByAttribute, parkNameIndex } from '../../shared/parks/park-assignment.ts';
import { XUCHANG_PARK_PRESET } from '../../shared/parks/park-preset.ts';
import { classifyParcels } from '../../shared/rules/classify-parcel.ts';
import type { RuleSet } from '../../shared/rules/rule-set-schema.ts';
import { parcelFactsFromSource } from '../../shared/rules/source-facts.ts';
import type { ParcelClass } from '../../shared/survey/card-enums.ts';
import type { FieldValues } from '../../shared/survey/field-value.ts';
import { parcelRow } from '../../shared/survey/parcel-rows.ts';
import { readAllStoredRecords } from './demo-steps.ts';

// The demo's parcels as the app classifies them, computed here through the
// shared core from the demo shapefile and the edits stored in the browser.
// Other e2e tests can use it to know each demo parcel's shown class.

export const DEMO_LAYER_ID = 'demo-xuchang:xuchang_parks_zd';
const [DEMO] = importZip('xuchang-demo.zip', buildDemoZip());

export interface ExpectedParcel {
  readonly parcelId: string;
  readonly parcelClass: ParcelClass;
  readonly row: LandStatsRow;
}

/**
 * The demo's parcels classified through the shared core, as the app should
 * show them: the shapefile's values with the edits stored in the browser
 * (the demo's own survey, if it brings one, and this test's).
 */
export function expectedParcels(ruleSet: RuleSet, asOf: string, edits: ReadonlyMap<string, FieldValues>): ExpectedParcel[] {
  if (!DEMO) throw new Error('demo zip has no layer');
  const index = parkNameIndex(XUCHANG_PARK_PRESET.parks);
  const features = DEMO.features.filter((f) => f.geometry);
  const facts = features.map((f) => {
    const id = `${DEMO_LAYER_ID}:${f.sourceIndex}`;
    const source = parcelFactsFromSource(id, f.attributes, DEMO.fieldMapping, f.areaSquareMeters, edits.get(id));
    const park = parkByAttribute(String(source.values.park ?? ''), index);
    return park ? { ...source, park } : source;
  });
  return classifyParcels(facts, ruleSet, asOf).map((result, i) => {
    const item = facts[i];
    if (!item) throw new Error('facts and results differ');
    const parcelClass = result.parcelClass === 'insufficientData' ? 'unsurveyed' : result.parcelClass;
    const tax = latestCompleteYearTax(item.values, asOf)?.taxWanYuan;
    const base = parcelRow(result.parcelId, DEMO_LAYER_ID, item.values, item.siteAreaSquareMeters, [0, 0, 0, 0]);
    const row = landStatsRow({ ...base, park: item.park ?? base.park }, { parcelClass, ...(tax === undefined ? {} : { taxWanYuan: tax }) });
    return { parcelId: result.parcelId, parcelClass, row };
  });
}

/** Every parcel's stored edited values, read from the app's IndexedDB. */
export async function storedEdits(page: Page): Promise<Map<string, FieldValues>> {
  const edits = await readAllStoredRecords<{ parcelId: string; values: FieldValues }>(page, 'parcelEdits');
  return new Map(edits.map((e) => [e.parcelId, e.values]));
}
