import type { EnterpriseScheme, ScoredIndicator } from '../../../shared/evaluation/enterprise-scheme-schema.ts';
import { parseEnterpriseScheme } from '../../../shared/evaluation/scheme-parse.ts';
import { parseTypedNumber } from '../card/input-value.ts';

/** One indicator as typed: weight, benchmark ('' = the mean of the enterprises) and cap ('' = none). */
export interface IndicatorDraft {
  readonly indicator: ScoredIndicator;
  readonly weight: string;
  readonly benchmark: string;
  readonly cap: string;
}

/** One class as typed: its name and the cumulative share from the top, in percent. */
export interface ClassDraft {
  readonly name: string;
  readonly upToPercent: string;
}

export interface SchemeDraft {
  readonly indicators: readonly IndicatorDraft[];
  readonly classes: readonly ClassDraft[];
}

/** A problem in the form: a message key, where it is (indicator key or class index) and values for the message. */
export interface SchemeProblem {
  readonly message: string;
  readonly at?: string;
  readonly core?: string;
}

/** Figures the parcels give per enterprise (enterprise-figures.ts), offered when adding an indicator. */
export const PARCEL_FIGURES: readonly Pick<ScoredIndicator, 'key' | 'label' | 'unit' | 'direction'>[] = [
  { key: 'taxPerMu', label: '亩均税收', unit: 'wanYuanPerMu', direction: 'higherBetter' },
  { key: 'revenuePerMu', label: '亩均营业收入', unit: 'wanYuanPerMu', direction: 'higherBetter' },
  { key: 'outputPerMu', label: '亩均产值', unit: 'wanYuanPerMu', direction: 'higherBetter' },
  { key: 'outputPerEnergy', label: '单位能耗产值', unit: 'wanYuanPerTce', direction: 'higherBetter' },
  { key: 'revenuePerEmployee', label: '人均营业收入', unit: 'wanYuanPerPerson', direction: 'higherBetter' },
];

const text = (n: number) => String(Math.round(n * 1e9) / 1e9);

/** The form for a scheme. */
export function draftFromScheme(scheme: EnterpriseScheme): SchemeDraft {
  return {
    indicators: scheme.indicators.map((indicator) => ({
      indicator, weight: text(indicator.weight), benchmark: indicator.benchmark === 'mean' ? '' : text(indicator.benchmark), cap: indicator.capRatio === null ? '' : text(indicator.capRatio),
    })),
    classes: scheme.classes.map((c) => ({ name: c.name, upToPercent: text(c.upToShare * 100) })),
  };
}

/** A new indicator from a parcel figure: weight 10, divided by the mean, no cap. */
export function addIndicator(draft: SchemeDraft, key: string): SchemeDraft {
  const figure = PARCEL_FIGURES.find((f) => f.key === key);
  if (!figure || draft.indicators.some((d) => d.indicator.key === key)) return draft;
  const indicator: ScoredIndicator = { ...figure, weight: 10, benchmark: 'mean', capRatio: null };
  return { ...draft, indicators: [...draft.indicators, { indicator, weight: '10', benchmark: '', cap: '' }] };
}

function positive(typed: string, message: string, at: string, problems: SchemeProblem[]): number | undefined {
  const value = parseTypedNumber(typed);
  if (value === undefined || !(value > 0)) problems.push({ message, at });
  return value !== undefined && value > 0 ? value : undefined;
}

/**
 * The scheme the form describes (name, id and version of `base`), checked
 * field by field and then by the core's parse.
 */
export function schemeFromDraft(base: EnterpriseScheme, draft: SchemeDraft): { ok: true; scheme: EnterpriseScheme } | { ok: false; problems: SchemeProblem[] } {
  const problems: SchemeProblem[] = [];
  if (draft.indicators.length === 0) problems.push({ message: 'enterpriseProblemNoIndicator' });
  const indicators = draft.indicators.map((d): ScoredIndicator => {
    const weight = positive(d.weight, 'enterpriseProblemWeight', d.indicator.key, problems) ?? 1;
    const benchmark = d.benchmark.trim() === '' ? 'mean' : positive(d.benchmark, 'enterpriseProblemBenchmark', d.indicator.key, problems) ?? 'mean';
    const capRatio = d.cap.trim() === '' ? null : positive(d.cap, 'enterpriseProblemCap', d.indicator.key, problems) ?? null;
    return { ...d.indicator, weight, benchmark, capRatio };
  });
  const classes = draft.classes.map((c, i) => {
    if (c.name.trim() === '') problems.push({ message: 'enterpriseProblemClassName', at: String(i) });
    const percent = parseTypedNumber(c.upToPercent);
    if (percent === undefined || percent <= 0 || percent > 100) problems.push({ message: 'enterpriseProblemShare', at: String(i) });
    return { name: c.name.trim() || '?', upToShare: percent !== undefined && percent > 0 && percent <= 100 ? percent / 100 : 1 };
  });
  if (problems.length > 0) return { ok: false, problems };
  const edited = { ...base, indicators, classes };
  const parsed = parseEnterpriseScheme(edited);
  return parsed.ok ? { ok: true, scheme: parsed.value } : { ok: false, problems: parsed.problems.map((core) => ({ message: 'enterpriseProblemCore', core })) };
}
