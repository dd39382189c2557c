import type { EnterpriseScheme, ScoredIndicator } from './enterprise-scheme-schema.ts';

/** One enterprise's figures by indicator key (units as the scheme states). */
export interface EnterpriseFigures {
  readonly id: string;
  readonly values: Readonly<Record<string, number | undefined>>;
}

/** One indicator's part of an enterprise's score. */
export interface IndicatorScore {
  readonly key: string;
  readonly value: number;
  readonly benchmark: number;
  /** value ÷ benchmark (or benchmark ÷ value), after the cap. */
  readonly ratio: number;
  /** weight × ratio. */
  readonly points: number;
}

/** An enterprise's score, rank and class under a scheme. */
export interface EnterpriseEvaluation {
  readonly id: string;
  /** Sum of the indicators' points; undefined when a figure is missing. */
  readonly score: number | undefined;
  /** The class by rank percentile; undefined when not scored. */
  readonly rankClass: string | undefined;
  /** 1 = best; equal scores share a rank. */
  readonly rank: number | undefined;
  readonly indicators: readonly IndicatorScore[];
  /** Indicator keys without a usable figure. */
  readonly missing: readonly string[];
}

const usable = (value: number | undefined): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Each indicator's benchmark: the fixed one, or the mean of the enterprises that have the figure. */
export function schemeBenchmarks(scheme: EnterpriseScheme, enterprises: readonly EnterpriseFigures[]): Map<string, number | undefined> {
  return new Map(scheme.indicators.map((indicator) => {
    if (indicator.benchmark !== 'mean') return [indicator.key, indicator.benchmark];
    const values = enterprises.map((e) => e.values[indicator.key]).filter(usable);
    const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
    return [indicator.key, mean !== undefined && mean > 0 ? mean : undefined];
  }));
}

function indicatorScore(indicator: ScoredIndicator, value: number, benchmark: number): IndicatorScore | undefined {
  if (indicator.direction === 'lowerBetter' && value === 0 && indicator.capRatio === null) return undefined;
  const raw = indicator.direction === 'higherBetter' ? value / benchmark : value === 0 ? Infinity : benchmark / value;
  const ratio = indicator.capRatio === null ? raw : Math.min(raw, indicator.capRatio);
  return { key: indicator.key, value, benchmark, ratio, points: indicator.weight * ratio };
}

/**
 * Scores every enterprise (Σ weight × value ÷ benchmark) and classes them by
 * rank: sorted best first, an enterprise at position i of n (0-based; ties take
 * the first position of their score) falls in the first class whose upToShare
 * exceeds i ÷ n. So with 20 firms and A = 0.15, positions 0–2 are A. Firms with
 * a missing figure get no score and no class, and do not count in n.
 */
export function evaluateEnterprises(scheme: EnterpriseScheme, enterprises: readonly EnterpriseFigures[]): EnterpriseEvaluation[] {
  const benchmarks = schemeBenchmarks(scheme, enterprises);
  const scored = enterprises.map((enterprise) => {
    const indicators: IndicatorScore[] = [];
    const missing: string[] = [];
    for (const indicator of scheme.indicators) {
      const value = enterprise.values[indicator.key];
      const benchmark = benchmarks.get(indicator.key);
      const score = usable(value) && benchmark !== undefined ? indicatorScore(indicator, value, benchmark) : undefined;
      if (score) indicators.push(score);
      else missing.push(indicator.key);
    }
    const score = missing.length === 0 ? indicators.reduce((sum, i) => sum + i.points, 0) : undefined;
    return { id: enterprise.id, score, indicators, missing };
  });
  const ranked = scored.filter((e) => e.score !== undefined).sort((a, b) => (b.score as number) - (a.score as number));
  const positionOf = new Map<string, number>();
  ranked.forEach((e, i) => {
    const previous = ranked[i - 1];
    positionOf.set(e.id, previous && previous.score === e.score ? (positionOf.get(previous.id) as number) : i);
  });
  return scored.map((e) => {
    const position = positionOf.get(e.id);
    if (position === undefined) return { ...e, rank: undefined, rankClass: undefined };
    const share = position / ranked.length;
    return { ...e, rank: position + 1, rankClass: scheme.classes.find((c) => share < c.upToShare)?.name };
  });
}
