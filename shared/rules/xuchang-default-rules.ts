import type { RuleSet, ThresholdOverride } from './rule-set-schema.ts';

/**
 * 容积率 minimums of 国土资发〔2008〕24号 (工业项目建设用地控制指标, table 2) for
 * the lead industries of the Xuchang parks, by the national industry they fall
 * under. Industries whose national class is ambiguous (发制品, 纺织箱包, 煤化工,
 * 新材料) are left to the project default until a county sets them.
 */
const INDUSTRY_FLOOR_AREA_RATIOS: readonly [industry: string, nationalIndustry: string, minimum: number][] = [
  ['装备制造', '通用/专用设备制造业', 0.7],
  ['电力电气装备', '电气机械及器材制造业', 0.7],
  ['汽车及零部件', '交通运输设备制造业', 0.7],
  ['金属制品', '金属制品业', 0.7],
  ['再生金属', '废弃资源和废旧材料回收加工业', 0.7],
  ['医药', '医药制造业', 0.7],
  ['现代医药', '医药制造业', 0.7],
  ['食品加工', '农副食品加工业', 1.0],
  ['纺织服装制鞋', '纺织服装、鞋、帽制造业', 1.0],
];

const industryOverrides: ThresholdOverride[] = INDUSTRY_FLOOR_AREA_RATIOS.map(([industry, nationalIndustry, minimum]) => ({
  id: `industry:${industry}`,
  label: `${industry}（${nationalIndustry}，国土资发〔2008〕24号 容积率 ≥ ${minimum}）`,
  industry,
  thresholds: { minFloorAreaRatio: minimum },
}));

/**
 * The rule set a Xuchang project starts from. 闲置 follows 国土资源部令第53号
 * (1 year, 1/3, 25%, 1 year); 建筑系数 30% and 容积率 0.5 (the lowest national
 * minimum; industries above) follow 24号; 亩均税收 11 万元/亩 is Henan's 2020
 * provincial target (a parcel's contracted value replaces it); no tax for 2
 * years is the common practice criterion. 投资强度 and 亩均营业收入 minimums
 * depend on city grade and county rules and start switched off (null).
 * `inefficientAfterStartYears` (2) is this product's default grace before a
 * started parcel's indicators are judged.
 */
export const XUCHANG_DEFAULT_RULE_SET: RuleSet = {
  format: 'parceldesk-rules',
  id: 'xuchang-default',
  version: '1',
  name: '许昌市产业集聚区批而未供、闲置、低效用地认定标准（默认）',
  thresholds: {
    idleNotStartedYears: 1,
    idleStoppedYears: 1,
    idleDevelopedShareBelow: 1 / 3,
    idleInvestmentShareBelow: 0.25,
    inefficientAfterStartYears: 2,
    minFloorAreaRatio: 0.5,
    minBuildingCoveragePercent: 30,
    minInvestmentIntensity: null,
    minTaxPerMu: 11,
    minRevenuePerMu: null,
    inefficientProductionStatuses: ['stopped', 'halfStopped'],
    noTaxYears: 2,
    reserveLandholderPatterns: ['土地储备'],
  },
  overrides: industryOverrides,
};
