import type { ThresholdKey } from './rule-set-schema.ts';

/**
 * How a settings form edits each threshold: its unit, whether null (rule off)
 * is allowed, and its kind. Units: 'year', 'share' (0–1, shown as %), 'ratio',
 * 'percent', 'wanYuanPerMu' (万元/亩); lists are edited as lists.
 */
export interface ThresholdField {
  readonly key: ThresholdKey;
  readonly kind: 'number' | 'productionStatuses' | 'textList';
  readonly unit?: 'year' | 'share' | 'ratio' | 'percent' | 'wanYuanPerMu';
  /** null switches the rule off. */
  readonly nullable: boolean;
  /** The class the threshold belongs to, to group the form. */
  readonly group: 'idle' | 'inefficient' | 'reserve';
}

/** Every threshold in the order a settings screen lists them. */
export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  { key: 'idleNotStartedYears', kind: 'number', unit: 'year', nullable: false, group: 'idle' },
  { key: 'idleStoppedYears', kind: 'number', unit: 'year', nullable: false, group: 'idle' },
  { key: 'idleDevelopedShareBelow', kind: 'number', unit: 'share', nullable: false, group: 'idle' },
  { key: 'idleInvestmentShareBelow', kind: 'number', unit: 'share', nullable: false, group: 'idle' },
  { key: 'inefficientAfterStartYears', kind: 'number', unit: 'year', nullable: false, group: 'inefficient' },
  { key: 'minFloorAreaRatio', kind: 'number', unit: 'ratio', nullable: true, group: 'inefficient' },
  { key: 'minBuildingCoveragePercent', kind: 'number', unit: 'percent', nullable: true, group: 'inefficient' },
  { key: 'minInvestmentIntensity', kind: 'number', unit: 'wanYuanPerMu', nullable: true, group: 'inefficient' },
  { key: 'minTaxPerMu', kind: 'number', unit: 'wanYuanPerMu', nullable: true, group: 'inefficient' },
  { key: 'minRevenuePerMu', kind: 'number', unit: 'wanYuanPerMu', nullable: true, group: 'inefficient' },
  { key: 'inefficientProductionStatuses', kind: 'productionStatuses', nullable: false, group: 'inefficient' },
  { key: 'noTaxYears', kind: 'number', unit: 'year', nullable: true, group: 'inefficient' },
  { key: 'reserveLandholderPatterns', kind: 'textList', nullable: false, group: 'reserve' },
];
