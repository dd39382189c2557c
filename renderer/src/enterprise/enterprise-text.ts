/** The translate function as these helpers need it (i18next's `t` fits). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const UNITS = ['wanYuanPerMu', 'wanYuanPerTce', 'wanYuanPerTon', 'wanYuanPerPerson', 'percent', 'score'];

/** A scheme unit code as shown ('wanYuanPerMu' → 万元/亩); unknown codes as written. */
export function enterpriseUnit(t: Translate, unit: string): string {
  return UNITS.includes(unit) ? t(`enterpriseUnit_${unit}`) : unit;
}

/** A figure for the table: at most two decimals, grouped thousands; '—' when absent. */
export function figureText(value: number | undefined): string {
  return value === undefined ? '—' : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
