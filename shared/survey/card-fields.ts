import { DISPOSAL_METHODS, DISPOSAL_STATUSES, PARCEL_CLASSES, PRODUCTION_STATUSES, SUPPLY_METHODS, SURVEY_STATUSES, type SurveyStatus } from './card-enums.ts';

/**
 * The parcel card (一宗一卡): every field a surveyor or reviewer fills, with its
 * kind, unit and allowed range. Yearly economics use keys `economics.<year>.<metric>`
 * (see ECONOMIC_METRICS); progress entries `progress.<id>`; attachments
 * `photo.<sha256>` / `document.<sha256>` (JSON metadata, null once removed).
 */

export type CardSection = 'identity' | 'supply' | 'landUse' | 'economics' | 'classification' | 'disposal' | 'survey' | 'notes';

export type FieldKind = 'text' | 'longText' | 'number' | 'date' | 'choice' | 'flag';

export interface CardFieldDefinition {
  readonly key: string;
  readonly section: CardSection;
  readonly kind: FieldKind;
  /** Unit shown beside numbers: 'm2', '%', 'year', 'wanYuan', 'tce', 'person', 'storey'. */
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  /** Statuses a parcel cannot move to while this field is empty. */
  readonly requiredFor?: readonly SurveyStatus[];
  /** Imported source column mapping (parcel-fields.ts) that gives the value before anyone edits it. */
  readonly sourceField?: string;
}

const FORWARD: readonly SurveyStatus[] = ['surveyed', 'pendingReview', 'reviewed'];

/** A land-use area in m², 0 to 1000 ha. */
const landUseArea = (key: string): CardFieldDefinition => ({ key, section: 'landUse', kind: 'number', unit: 'm2', min: 0, max: 10_000_000 });

export const CARD_FIELDS: readonly CardFieldDefinition[] = [
  { key: 'parcelCode', section: 'identity', kind: 'text', requiredFor: FORWARD, sourceField: 'parcelCode' },
  { key: 'realEstateUnitId', section: 'identity', kind: 'text', sourceField: 'realEstateUnitId' },
  { key: 'landholder', section: 'identity', kind: 'text', requiredFor: FORWARD, sourceField: 'landholder' },
  { key: 'location', section: 'identity', kind: 'text', sourceField: 'location' },
  { key: 'park', section: 'identity', kind: 'text', requiredFor: FORWARD, sourceField: 'park' },
  { key: 'county', section: 'identity', kind: 'text', sourceField: 'county' },
  { key: 'plannedUse', section: 'identity', kind: 'text', sourceField: 'plannedUse' },
  // 行业: matches the rule set's industry overrides (e.g. 医药, 装备制造).
  { key: 'industry', section: 'identity', kind: 'text' },

  { key: 'supplyMethod', section: 'supply', kind: 'choice', choices: SUPPLY_METHODS },
  { key: 'contractNumber', section: 'supply', kind: 'text' },
  { key: 'grantTermYears', section: 'supply', kind: 'number', unit: 'year', min: 0, max: 70 },
  { key: 'approvalNumber', section: 'supply', kind: 'text', sourceField: 'approvalNumber' },
  { key: 'approvalDate', section: 'supply', kind: 'date', sourceField: 'approvalDate' },
  // 征收完成日期: empty on approved land means 批而未征.
  { key: 'expropriationDate', section: 'supply', kind: 'date' },
  { key: 'supplyDate', section: 'supply', kind: 'date', sourceField: 'supplyDate' },
  { key: 'agreedStartDate', section: 'supply', kind: 'date', sourceField: 'agreedStartDate' },
  { key: 'actualStartDate', section: 'supply', kind: 'date', sourceField: 'actualStartDate' },
  { key: 'completionDate', section: 'supply', kind: 'date' },
  { key: 'completionAcceptanceDate', section: 'supply', kind: 'date' },
  { key: 'productionAcceptanceDate', section: 'supply', kind: 'date' },
  { key: 'contractedInvestment', section: 'supply', kind: 'number', unit: 'wanYuan', min: 0, max: 10_000_000 },
  { key: 'constructionStoppedDate', section: 'supply', kind: 'date' },
  { key: 'productionStatus', section: 'supply', kind: 'choice', choices: PRODUCTION_STATUSES },

  landUseArea('developedAreaSquareMeters'),
  landUseArea('dueAreaSquareMeters'),
  landUseArea('floorAreaSquareMeters'),
  landUseArea('tallStoreyFloorAreaSquareMeters'),
  landUseArea('buildingFootprintSquareMeters'),
  landUseArea('structureYardSquareMeters'),
  landUseArea('greenAreaSquareMeters'),
  { key: 'officeLandSharePercent', section: 'landUse', kind: 'number', unit: '%', min: 0, max: 100 },

  { key: 'landReserve', section: 'classification', kind: 'flag' },
  { key: 'parcelClass', section: 'classification', kind: 'choice', choices: PARCEL_CLASSES },
  { key: 'classReasons', section: 'classification', kind: 'longText' },
  { key: 'classOverride', section: 'classification', kind: 'choice', choices: PARCEL_CLASSES },
  { key: 'classOverrideReason', section: 'classification', kind: 'longText' },

  { key: 'disposalMethod', section: 'disposal', kind: 'choice', choices: DISPOSAL_METHODS },
  { key: 'disposalStatus', section: 'disposal', kind: 'choice', choices: DISPOSAL_STATUSES },
  { key: 'responsibleUnit', section: 'disposal', kind: 'text' },
  { key: 'disposalDeadline', section: 'disposal', kind: 'date' },
  { key: 'supervisedListing', section: 'disposal', kind: 'flag' },

  { key: 'surveyStatus', section: 'survey', kind: 'choice', choices: SURVEY_STATUSES },
  { key: 'surveyor', section: 'survey', kind: 'text' },
  { key: 'surveyDate', section: 'survey', kind: 'date', requiredFor: FORWARD },

  { key: 'notes', section: 'notes', kind: 'longText' },
];

/** Yearly economic figures (按年度): metric → unit and range. */
export const ECONOMIC_METRICS: readonly CardFieldDefinition[] = [
  { key: 'fixedInvestment', section: 'economics', kind: 'number', unit: 'wanYuan', min: 0, max: 10_000_000 },
  { key: 'revenue', section: 'economics', kind: 'number', unit: 'wanYuan', min: 0, max: 100_000_000 },
  { key: 'tax', section: 'economics', kind: 'number', unit: 'wanYuan', min: 0, max: 10_000_000 },
  { key: 'output', section: 'economics', kind: 'number', unit: 'wanYuan', min: 0, max: 100_000_000 },
  { key: 'energyUse', section: 'economics', kind: 'number', unit: 'tce', min: 0, max: 10_000_000 },
  { key: 'employees', section: 'economics', kind: 'number', unit: 'person', min: 0, max: 1_000_000 },
];

const BY_KEY = new Map(CARD_FIELDS.map((field) => [field.key, field]));
const METRIC_BY_KEY = new Map(ECONOMIC_METRICS.map((field) => [field.key, field]));

/** The key of a yearly economic figure. */
export function economicKey(year: number, metric: string): string {
  return `economics.${year}.${metric}`;
}

/** Parses `economics.<year>.<metric>`; undefined for other keys. */
export function parseEconomicKey(key: string): { year: number; metric: string } | undefined {
  const match = /^economics\.(\d{4})\.(\w+)$/.exec(key);
  return match && METRIC_BY_KEY.has(match[2] as string) ? { year: Number(match[1]), metric: match[2] as string } : undefined;
}

/** Stages of a standard-land (标准地) figure: the contract, completion and production acceptance. */
export const STANDARD_LAND_KINDS = ['contracted', 'completion', 'production'] as const;

/** Units and ranges of the standard-land catalogue indicators; an open-slot indicator (`custom.<name>`) is any number ≥ 0. */
const STANDARD_LAND_UNITS: Readonly<Record<string, { unit: string; max: number }>> = {
  investmentIntensity: { unit: 'wanYuanPerMu', max: 1_000_000 }, taxPerMu: { unit: 'wanYuanPerMu', max: 1_000_000 },
  revenuePerMu: { unit: 'wanYuanPerMu', max: 10_000_000 }, outputPerMu: { unit: 'wanYuanPerMu', max: 10_000_000 },
  floorAreaRatio: { unit: 'ratio', max: 20 }, energyPerOutput: { unit: 'tcePerWanYuan', max: 1000 }, emissionsPerOutput: { unit: 'tonPerWanYuan', max: 1000 },
  rdSharePercent: { unit: '%', max: 100 }, buildingCoverage: { unit: '%', max: 100 }, greenRatio: { unit: '%', max: 100 }, officeLandShare: { unit: '%', max: 100 },
};

/** Parses `standardLand.<contracted|completion|production>.<indicator>` (indicator a catalogue key or `custom.<name>`); undefined for other keys. */
export function parseStandardLandKey(key: string): { kind: (typeof STANDARD_LAND_KINDS)[number]; indicatorKey: string } | undefined {
  const match = /^standardLand\.(contracted|completion|production)\.((?:custom\.)?[A-Za-z][A-Za-z0-9]*)$/.exec(key);
  if (!match) return undefined;
  const indicatorKey = match[2] as string;
  if (!indicatorKey.startsWith('custom.') && !STANDARD_LAND_UNITS[indicatorKey]) return undefined;
  return { kind: match[1] as (typeof STANDARD_LAND_KINDS)[number], indicatorKey };
}

function standardLandDefinition(key: string, indicatorKey: string): CardFieldDefinition {
  const known = STANDARD_LAND_UNITS[indicatorKey];
  return { key, section: 'supply', kind: 'number', min: 0, max: known?.max ?? 1_000_000_000, ...(known ? { unit: known.unit } : {}) };
}

/** The definition governing a key (a card field, a yearly metric or a standard-land figure); undefined when unknown. */
export function fieldDefinition(key: string): CardFieldDefinition | undefined {
  const economic = parseEconomicKey(key);
  if (economic) return { ...(METRIC_BY_KEY.get(economic.metric) as CardFieldDefinition), key };
  const standardLand = parseStandardLandKey(key);
  if (standardLand) return standardLandDefinition(key, standardLand.indicatorKey);
  return BY_KEY.get(key);
}

/** The years that have any economic figure, newest first. */
export function economicYears(keys: Iterable<string>): number[] {
  const years = new Set<number>();
  for (const key of keys) {
    const parsed = parseEconomicKey(key);
    if (parsed) years.add(parsed.year);
  }
  return [...years].sort((a, b) => b - a);
}
