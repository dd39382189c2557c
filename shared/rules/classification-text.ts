import type { ParcelClass } from '../survey/card-enums.ts';
import { firedRules, type ClassificationResult } from './classify-parcel.ts';
import type { RuleId, RuleResult, RuleUnit } from './rule-result.ts';

/** Languages the explanations are written in. */
export type TextLanguage = 'zh-CN' | 'en';

const RULE_LABELS: Record<RuleId, [zh: string, en: string]> = {
  'approvedUnsupplied.noSupply': ['批而未供：已批准未供应', 'approved but not supplied'],
  'reserve.landBank': ['政府储备土地', 'government land reserve'],
  'idle.notStarted': ['闲置：超过约定动工日期满一年未动工', 'idle: not started a full year after the agreed start'],
  'idle.stalledDevelopedArea': ['闲置：已开发面积不足应开发面积三分之一且停工满一年', 'idle: developed area share below the limit and stopped a year'],
  'idle.stalledInvestment': ['闲置：已投资额不足总投资25%且停工满一年', 'idle: investment share below the limit and stopped a year'],
  'inefficient.floorAreaRatio': ['低效：容积率低于控制值', 'inefficient: floor-area ratio below the minimum'],
  'inefficient.buildingCoverage': ['低效：建筑系数低于控制值', 'inefficient: building coverage below the minimum'],
  'inefficient.investmentIntensity': ['低效：投资强度低于控制值', 'inefficient: investment intensity below the minimum'],
  'inefficient.taxPerMu': ['低效：亩均税收低于标准', 'inefficient: tax per mu below the standard'],
  'inefficient.revenuePerMu': ['低效：亩均营业收入低于标准', 'inefficient: revenue per mu below the standard'],
  'inefficient.productionStopped': ['低效：停产或半停产', 'inefficient: stopped or half-stopped production'],
  'inefficient.noTax': ['低效：连续多年无税收', 'inefficient: no tax for consecutive years'],
};

const UNITS: Record<RuleUnit, [zh: string, en: string]> = {
  ratio: ['', ''], share: ['%', '%'], percent: ['%', '%'], wanYuanPerMu: [' 万元/亩', ' 10k CNY/mu'],
  wanYuan: [' 万元', ' 10k CNY'], day: [' 天', ' days'], year: [' 年', ' years'], none: ['', ''],
};

/** A number in a rule's unit for reading: shares as percent, at most 2 decimals. */
export function formatRuleValue(value: number, unit: RuleUnit, language: TextLanguage): string {
  const shown = unit === 'share' ? value * 100 : value;
  const rounded = Math.round(shown * 100) / 100;
  return `${rounded}${UNITS[unit][language === 'zh-CN' ? 0 : 1]}`;
}

/** The rule's name in the language. */
export function ruleLabel(ruleId: RuleId, language: TextLanguage): string {
  return RULE_LABELS[ruleId][language === 'zh-CN' ? 0 : 1];
}

/**
 * One line explaining a rule's outcome, e.g. "低效：容积率低于控制值：0.42 < 0.7（industry:装备制造）"
 * or "… 资料不足：floorAreaSquareMeters".
 */
export function describeRuleResult(rule: RuleResult, language: TextLanguage): string {
  const zh = language === 'zh-CN';
  const label = ruleLabel(rule.ruleId, language);
  if (rule.outcome === 'insufficientData') return `${label}${zh ? '：资料不足，缺 ' : ': insufficient data, missing '}${(rule.missing ?? []).join(', ')}`;
  const parts: string[] = [];
  if (rule.actual !== undefined && rule.threshold !== undefined && rule.comparison) {
    parts.push(`${formatRuleValue(rule.actual, rule.unit, language)} ${rule.comparison === '<' ? '<' : '≥'} ${formatRuleValue(rule.threshold, rule.unit, language)}`);
  } else if (rule.actual !== undefined) {
    parts.push(formatRuleValue(rule.actual, rule.unit, language));
  }
  if (rule.condition) {
    parts.push(`${zh ? '停工' : 'stopped'} ${formatRuleValue(rule.condition.actual, rule.condition.unit, language)} ≥ ${formatRuleValue(rule.condition.threshold, rule.condition.unit, language)}`);
  }
  if (rule.year !== undefined) parts.push(zh ? `${rule.year} 年度` : `year ${rule.year}`);
  if (rule.note) parts.push(rule.note);
  if (rule.thresholdSource && rule.thresholdSource !== 'project') parts.push(rule.thresholdSource);
  return parts.length > 0 ? `${label}${zh ? '：' : ': '}${parts.join(zh ? '；' : '; ')}` : label;
}

/** The rules that explain a result: those that fired, else those that lacked data. */
export function reasonRules(result: ClassificationResult): RuleResult[] {
  const fired = firedRules(result);
  return fired.length > 0 ? fired : result.rules.filter((rule) => rule.outcome === 'insufficientData');
}

/** The explanation stored on the card: fired rules (or the missing data), the override, and the rule-set version. */
export function classificationReasons(result: ClassificationResult, language: TextLanguage): string {
  const zh = language === 'zh-CN';
  const lines = reasonRules(result).map((rule) => describeRuleResult(rule, language));
  if (result.override) lines.unshift(`${zh ? '人工认定' : 'manual override'}: ${result.override.parcelClass}（${result.override.reason}）`);
  lines.push(`${zh ? '认定标准' : 'rule set'} ${result.ruleSetId} v${result.ruleSetVersion}，${zh ? '认定日期' : 'as of'} ${result.asOf}`);
  return lines.join('\n');
}

/**
 * The card's classification values from a result: `parcelClass` is the
 * evaluated class ('insufficientData' is stored as 'unsurveyed', 未认定) and
 * `classReasons` the explanation. The override fields stay the user's.
 */
export function classificationCardValues(result: ClassificationResult, language: TextLanguage = 'zh-CN'): { parcelClass: ParcelClass; classReasons: string } {
  const parcelClass = result.evaluatedClass === 'insufficientData' ? 'unsurveyed' : result.evaluatedClass;
  return { parcelClass, classReasons: classificationReasons(result, language) };
}
