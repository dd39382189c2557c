import type { StandardLandIndicator } from '../../../shared/evaluation/standard-land-schema.ts';

/** The translate function as these helpers need it (i18next's `t` fits). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const UNIT_KEYS: Readonly<Record<string, string>> = {
  wanYuanPerMu: 'standardLandUnit_wanYuanPerMu', ratio: 'standardLandUnit_ratio', percent: 'standardLandUnit_percent',
  tcePerWanYuan: 'standardLandUnit_tcePerWanYuan', tonPerWanYuan: 'standardLandUnit_tonPerWanYuan',
};

/** A set's unit code as shown ('wanYuanPerMu' → 万元/亩); an open slot's free-text unit as typed. */
export function standardLandUnit(t: Translate, unit: string): string {
  const key = UNIT_KEYS[unit];
  return key ? t(key) : unit;
}

/** A catalogue indicator by its translated name; the open slot by the name the project gave it. */
export function indicatorLabel(t: Translate, indicator: Pick<StandardLandIndicator, 'key' | 'slot' | 'label'>): string {
  return indicator.slot === 'open' ? indicator.label : t(`standardLandIndicator_${indicator.key}`, { defaultValue: indicator.label });
}

/** "≥ 300 万元/亩": the threshold an actual figure must meet. */
export function thresholdText(t: Translate, direction: StandardLandIndicator['direction'], value: number, unit: string): string {
  const shown = `${direction === 'atLeast' ? '≥' : '≤'} ${value.toLocaleString('zh-CN', { maximumFractionDigits: 4 })}`;
  const unitText = standardLandUnit(t, unit);
  return unitText ? `${shown} ${unitText}` : shown;
}
