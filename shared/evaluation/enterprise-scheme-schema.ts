import { z } from 'zod';

/**
 * An enterprise evaluation scheme (亩均效益综合评价) as data: a weighted score
 * of indicators, each divided by a benchmark, and classes by rank percentile.
 */

export const ScoredIndicatorSchema = z.object({
  /** The enterprise figure's key, e.g. 'taxPerMu'. */
  key: z.string().min(1),
  label: z.string().min(1),
  /** Unit as shown, e.g. 'wanYuanPerMu'. */
  unit: z.string(),
  /** Points for a value equal to the benchmark. */
  weight: z.number().gt(0),
  /** higherBetter: weight × value ÷ benchmark; lowerBetter: weight × benchmark ÷ value. */
  direction: z.enum(['higherBetter', 'lowerBetter']),
  /** A fixed divisor, or 'mean': the mean of the evaluated enterprises' values. */
  benchmark: z.union([z.number().gt(0), z.literal('mean')]),
  /** Caps value ÷ benchmark (e.g. 2 = at most twice the weight); null for no cap. */
  capRatio: z.number().gt(0).nullable(),
}).strict();

export type ScoredIndicator = z.infer<typeof ScoredIndicatorSchema>;

/** One class of a percentile scheme (A, B, …). */
export const RankClassSchema = z.object({
  name: z.string().min(1),
  /** Cumulative share from the top this class reaches (0–1): A 0.15 means the top 15%. */
  upToShare: z.number().gt(0).max(1),
}).strict();

/** A whole scheme: indicators with weights and benchmarks, and classes by rank share. */
export const EnterpriseSchemeSchema = z.object({
  format: z.literal('parceldesk-enterprise-evaluation'),
  id: z.string().min(1),
  version: z.string().min(1),
  name: z.string().min(1),
  indicators: z.array(ScoredIndicatorSchema).min(1),
  /** Best class first; shares increase and the last one is 1. */
  classes: z.array(RankClassSchema).min(1),
}).strict().superRefine((scheme, ctx) => {
  const shares = scheme.classes.map((c) => c.upToShare);
  if (shares.some((share, i) => i > 0 && share <= (shares[i - 1] as number))) {
    ctx.addIssue({ code: 'custom', message: 'class shares must increase from the best class to the last', path: ['classes'] });
  }
  if (shares[shares.length - 1] !== 1) ctx.addIssue({ code: 'custom', message: 'the last class must reach share 1 (everyone)', path: ['classes'] });
  const keys = scheme.indicators.map((i) => i.key);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) ctx.addIssue({ code: 'custom', message: `indicator "${key}" is listed twice`, path: ['indicators', index, 'key'] });
  });
});

export type EnterpriseScheme = z.infer<typeof EnterpriseSchemeSchema>;
