// The demo's survey in progress: for about half the parcels, what a survey team
// would have filled in by now (industry, yearly figures, building areas,
// production status, stalled construction, disposal plans), so that the
// classification, indicators and dashboard have something to show. Stored in
// the app as field operations by the author "示例数据", like any other edit.
import { squareMetersToMu } from '../../shared/geodesy/area-units.ts';
import type { DbfValue } from '../../shared/shapefile/dbf-reader.ts';
import { DISPOSAL_METHODS } from '../../shared/survey/card-enums.ts';
import type { FieldValue } from '../../shared/survey/field-value.ts';
import { between, createSeededRandom, pick } from './seeded-random.ts';

/** The file the app reads beside the demo zip. */
export interface DemoSurvey {
  readonly author: string;
  readonly deviceName: string;
  /** 16 hex digits, as the clock needs. */
  readonly device: string;
  /** ISO time the values were "entered"; each operation's clock counts up from it. */
  readonly enteredAt: string;
  /** Values per parcel, by the parcel's record index in the demo shapefile. */
  readonly parcels: readonly { readonly index: number; readonly values: Readonly<Record<string, FieldValue>> }[];
}

const YEARS = [2023, 2024];
const UNITS = ['市自然资源和规划局', '县自然资源局', '产业集聚区管委会', '县发展改革委'];

/** Generates the demo survey for the demo parcels' attributes, deterministically. */
export function generateDemoSurvey(attributes: readonly Record<string, DbfValue>[], industries: (park: string) => readonly string[], seed = 20240501): DemoSurvey {
  const random = createSeededRandom(seed);
  const parcels: { index: number; values: Record<string, FieldValue> }[] = [];
  attributes.forEach((row, index) => {
    if (!row.QLR) {
      // Land not yet supplied: part of it is held in the government's reserve (储备).
      if (random() < 0.35) parcels.push({ index, values: { landReserve: true, surveyStatus: 'surveyed', surveyor: '孙核查', surveyDate: '2025-04-18' } });
      return;
    }
    if (random() > 0.55) return;
    const area = Number(row.ZDMJ) || 0;
    const mu = squareMetersToMu(area);
    const values: Record<string, FieldValue> = { industry: pick(random, industries(String(row.YQMC))) };
    const started = typeof row.SJKGSJ === 'string' && row.SJKGSJ !== '';
    values.contractedInvestment = round(mu * between(random, 200, 450));
    if (started) Object.assign(values, operating(random, area, mu));
    else if (random() < 0.5) values.expropriationDate = String(row.GDSJ);
    if (started && random() < 0.08) {
      // Building began, then stopped with little done: the 闲置 pattern of 53号令.
      values.constructionStoppedDate = `${2019 + Math.floor(random() * 4)}-0${1 + Math.floor(random() * 9)}-15`;
      values.developedAreaSquareMeters = round(area * between(random, 0.05, 0.3));
      values.productionStatus = 'stopped';
    }
    const troubled = !started || values.productionStatus !== 'normal' || Number(values['economics.2024.tax'] ?? 0) / mu < 8;
    if (troubled && random() < 0.7) Object.assign(values, disposal(random));
    values.surveyStatus = random() < 0.6 ? 'surveyed' : 'reviewed';
    values.surveyor = pick(random, ['赵普查', '钱外业', '孙核查']);
    values.surveyDate = `2025-0${3 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    parcels.push({ index, values });
  });
  return { author: '示例数据', deviceName: '示例', device: 'de00000000000001', enteredAt: '2025-09-01T08:00:00.000Z', parcels };
}

/** Buildings, yearly figures and production of a parcel in use. */
function operating(random: () => number, area: number, mu: number): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {
    floorAreaSquareMeters: round(area * between(random, 0.35, 1.8)),
    buildingFootprintSquareMeters: round(area * between(random, 0.2, 0.6)),
    greenAreaSquareMeters: round(area * between(random, 0.05, 0.2)),
    productionStatus: random() < 0.85 ? 'normal' : 'halfStopped',
  };
  // Tax per 亩 spread around the parks' targets (about 5–40 万元/亩), a few with none.
  const taxPerMu = random() < 0.06 ? 0 : between(random, 2, 40);
  let investment = mu * between(random, 120, 420);
  for (const year of YEARS) {
    const tax = round(mu * taxPerMu * between(random, 0.85, 1.15));
    investment *= between(random, 1, 1.05);
    values[`economics.${year}.fixedInvestment`] = round(investment);
    values[`economics.${year}.tax`] = tax;
    values[`economics.${year}.revenue`] = round(tax * between(random, 12, 25));
    values[`economics.${year}.output`] = round(tax * between(random, 14, 30));
    values[`economics.${year}.energyUse`] = round(mu * between(random, 0.5, 4));
    values[`economics.${year}.employees`] = Math.round(mu * between(random, 0.4, 3));
  }
  return values;
}

/** 一地一策: a disposal plan, part of them done. */
function disposal(random: () => number): Record<string, FieldValue> {
  const status = random() < 0.55 ? 'disposed' : random() < 0.6 ? 'inProgress' : 'planned';
  return {
    disposalMethod: pick(random, DISPOSAL_METHODS),
    disposalStatus: status,
    responsibleUnit: pick(random, UNITS),
    disposalDeadline: `${2024 + Math.floor(random() * 3)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-28`,
    supervisedListing: random() < 0.12,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
