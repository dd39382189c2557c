import { computeIndicators, type ParcelIndicators } from '../survey/indicators.ts';
import { parseEconomicKey } from '../survey/card-fields.ts';
import type { FieldValue, FieldValues } from '../survey/field-value.ts';
import { isIsoDate, yearOf } from './iso-date.ts';

/**
 * Card value keys the rules read beyond the card's own fields (stored like any
 * edited value). They name the facts 国土资源部令第53号 and the 低效 criteria need.
 */
export const RULE_INPUT_KEYS = {
  /** 行业 (industry name, matches rule-set overrides). */
  industry: 'industry',
  /** 征收完成日期: set → 征而未供, empty → 批而未征. */
  expropriationDate: 'expropriationDate',
  /** 停工日期: the date development stopped. */
  constructionStoppedDate: 'constructionStoppedDate',
  /** 已开发面积, m². */
  developedAreaSquareMeters: 'developedAreaSquareMeters',
  /** 应动工开发建设总面积 when it differs from the site, m². */
  dueAreaSquareMeters: 'dueAreaSquareMeters',
  /** 约定总投资, 万元. */
  contractedInvestment: 'contractedInvestment',
  /** 生产状态: 'normal' | 'halfStopped' | 'stopped'. */
  productionStatus: 'productionStatus',
  /** 政府储备土地 flag. */
  landReserve: 'landReserve',
  /** 出让合同约定亩均税收, 万元/亩 (standard-land contracted value). */
  contractedTaxPerMu: 'standardLand.contracted.taxPerMu',
} as const;

/** What the classifier is given for one parcel. */
export interface ParcelFacts {
  readonly parcelId: string;
  /** Card values: source values with edits applied (source-values.ts effectiveValues). */
  readonly values: FieldValues;
  /** Ellipsoidal site area on CGCS2000, m². */
  readonly siteAreaSquareMeters: number;
  /** The FAR the source records (RJL), used when the card has no floor area. */
  readonly recordedFloorAreaRatio?: number;
  /** The park the parcel was assigned to (boundary or preset alias); else the card's park value. */
  readonly park?: string;
}

/** A parcel's situation on the as-of date: what happened by then, and its indicators from complete years. */
export interface ParcelSituation {
  readonly asOf: string;
  readonly park: string;
  readonly industry: string;
  readonly siteAreaSquareMeters: number;
  /** A date ≤ as-of, or undefined (absent, invalid or later). */
  readonly dates: Readonly<Record<'approval' | 'expropriation' | 'supply' | 'agreedStart' | 'actualStart' | 'completed' | 'constructionStopped', string | undefined>>;
  readonly approved: boolean;
  readonly supplied: boolean;
  /** Indicators from economic figures of years that ended before the as-of date. */
  readonly indicators: ParcelIndicators;
  /** Whether the FAR came from the source's recorded value. */
  readonly floorAreaRatioRecorded: boolean;
  /** Cumulative fixed investment of complete years, 万元; undefined when none recorded. */
  readonly investmentMade: number | undefined;
  /** Tax by complete year, 万元. */
  readonly taxByYear: ReadonlyMap<number, number>;
  /** Any tax, revenue, output, energy or employee figure of a complete year (fixed investment alone is construction). */
  readonly hasOperatingFigures: boolean;
  readonly values: FieldValues;
}

const text = (value: FieldValue | undefined) => (typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value));

/** Values of keys that are dates on or before `asOf`. */
function dateBy(values: FieldValues, key: string, asOf: string): string | undefined {
  const value = values[key];
  return isIsoDate(value) && value <= asOf ? value : undefined;
}

/**
 * The situation of a parcel on `asOf` ('YYYY-MM-DD'): dates after it are
 * ignored, and economic figures count only for years that ended before it.
 */
export function parcelSituation(facts: ParcelFacts, asOf: string): ParcelSituation {
  const { values } = facts;
  const lastCompleteYear = yearOf(asOf) - 1;
  const filtered: Record<string, FieldValue> = {};
  const taxByYear = new Map<number, number>();
  let investmentMade: number | undefined;
  let hasOperatingFigures = false;
  for (const [key, value] of Object.entries(values)) {
    const economic = parseEconomicKey(key);
    if (!economic) {
      filtered[key] = value;
      continue;
    }
    if (economic.year > lastCompleteYear || typeof value !== 'number' || !Number.isFinite(value)) continue;
    filtered[key] = value;
    if (economic.metric !== 'fixedInvestment') hasOperatingFigures = true;
    if (economic.metric === 'tax') taxByYear.set(economic.year, value);
    if (economic.metric === 'fixedInvestment') investmentMade = (investmentMade ?? 0) + value;
  }
  const computed = computeIndicators(filtered, facts.siteAreaSquareMeters);
  const useRecorded = computed.floorAreaRatio.value === undefined && typeof facts.recordedFloorAreaRatio === 'number' && Number.isFinite(facts.recordedFloorAreaRatio);
  const indicators = useRecorded ? { ...computed, floorAreaRatio: { value: facts.recordedFloorAreaRatio, unit: 'ratio' as const } } : computed;
  const completed = dateBy(values, 'completionDate', asOf) ?? dateBy(values, 'completionAcceptanceDate', asOf) ?? dateBy(values, 'productionAcceptanceDate', asOf);
  const dates = {
    approval: dateBy(values, 'approvalDate', asOf),
    expropriation: dateBy(values, RULE_INPUT_KEYS.expropriationDate, asOf),
    supply: dateBy(values, 'supplyDate', asOf),
    agreedStart: isIsoDate(values.agreedStartDate) ? values.agreedStartDate : undefined,
    actualStart: dateBy(values, 'actualStartDate', asOf),
    completed,
    constructionStopped: dateBy(values, RULE_INPUT_KEYS.constructionStoppedDate, asOf),
  };
  const supplyDateLater = isIsoDate(values.supplyDate) && values.supplyDate > asOf;
  const supplied = dates.supply !== undefined || (!supplyDateLater && (text(values.contractNumber) !== '' || text(values.supplyMethod) !== ''));
  const approvalDateLater = isIsoDate(values.approvalDate) && values.approvalDate > asOf;
  const approved = dates.approval !== undefined || (!approvalDateLater && text(values.approvalNumber) !== '');
  return {
    asOf, park: facts.park ?? text(values.park), industry: text(values[RULE_INPUT_KEYS.industry]), siteAreaSquareMeters: facts.siteAreaSquareMeters,
    dates, approved, supplied, indicators, floorAreaRatioRecorded: useRecorded, investmentMade, taxByYear, hasOperatingFigures, values,
  };
}
