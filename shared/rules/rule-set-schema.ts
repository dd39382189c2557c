import { z } from 'zod';
import { PRODUCTION_STATUSES } from '../survey/card-enums.ts';

/**
 * 认定标准 as data: one rule set per project with thresholds, plus overrides per
 * park, per industry or per park and industry. A threshold set to null switches
 * its rule off (the result says so; it never passes silently).
 */

const share = z.number().gt(0).max(1);
const positiveYears = z.number().gt(0).max(50);
const optionalMinimum = z.number().min(0).nullable();

// The production states (生产状态) a card records; the rule set names which count as 停产/半停产.
export { PRODUCTION_STATUSES } from '../survey/card-enums.ts';

/** Every threshold of a rule set (units in each name or comment). */
export const ThresholdsSchema = z.object({
  /** 闲置: not started this many full years after the agreed start date (53号令: 1). */
  idleNotStartedYears: positiveYears,
  /** 闲置: development stopped at least this many years (53号令: 1). */
  idleStoppedYears: positiveYears,
  /** 闲置: developed area ÷ area due below this share (0–1; 53号令: 1/3). */
  idleDevelopedShareBelow: share,
  /** 闲置: investment made ÷ total investment below this share (0–1; 53号令: 0.25). */
  idleInvestmentShareBelow: share,
  /** 低效 indicators apply once a parcel is completed, has economic figures, or started this many years ago. */
  inefficientAfterStartYears: positiveYears,
  /** 容积率 minimum (ratio); 国土资发〔2008〕24号: 0.5–1.0 by industry. */
  minFloorAreaRatio: optionalMinimum,
  /** 建筑系数 minimum, % (24号: 30). */
  minBuildingCoveragePercent: optionalMinimum,
  /** 投资强度 minimum, 万元/亩. */
  minInvestmentIntensity: optionalMinimum,
  /** 亩均税收 minimum, 万元/亩 (a parcel's contracted value, when recorded, takes precedence). */
  minTaxPerMu: optionalMinimum,
  /** 亩均营业收入 minimum, 万元/亩. */
  minRevenuePerMu: optionalMinimum,
  /** Production states that make a parcel 低效 (停产 / 半停产); empty switches the rule off. */
  inefficientProductionStatuses: z.array(z.enum(PRODUCTION_STATUSES)),
  /** 低效: no tax in each of this many complete years before the as-of date; null switches it off. */
  noTaxYears: z.number().int().min(1).max(20).nullable(),
  /** Landholder names containing one of these count as 政府储备 (e.g. 土地储备中心). */
  reserveLandholderPatterns: z.array(z.string().min(1)),
}).strict();

export type Thresholds = z.infer<typeof ThresholdsSchema>;
export type ThresholdKey = keyof Thresholds;

/** Thresholds replaced for a park, an industry, or a park and industry. */
export const ThresholdOverrideSchema = z.object({
  /** Unique within the rule set; results name it when one of its thresholds applied. */
  id: z.string().min(1),
  label: z.string().optional(),
  /** Park name as parcels record it (YQMC). */
  park: z.string().min(1).optional(),
  /** Industry name as parcels record it. */
  industry: z.string().min(1).optional(),
  thresholds: ThresholdsSchema.partial(),
}).strict().refine((o) => o.park !== undefined || o.industry !== undefined, {
  message: 'an override needs a park, an industry or both', path: ['park'],
});

export type ThresholdOverride = z.infer<typeof ThresholdOverrideSchema>;

/** A versioned rule set as stored in a project and in a rules file. */
export const RuleSetSchema = z.object({
  format: z.literal('parceldesk-rules'),
  /** Stable id of the rule set, e.g. 'xuchang-default'. */
  id: z.string().min(1),
  /** Bumped on every change; each result records it. */
  version: z.string().min(1),
  name: z.string().min(1),
  /** The date the criteria were published or adopted, 'YYYY-MM-DD'. */
  adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  thresholds: ThresholdsSchema,
  overrides: z.array(ThresholdOverrideSchema),
}).strict().superRefine((set, ctx) => {
  const seen = new Set<string>();
  set.overrides.forEach((override, index) => {
    if (seen.has(override.id)) ctx.addIssue({ code: 'custom', message: `override id "${override.id}" is used twice`, path: ['overrides', index, 'id'] });
    seen.add(override.id);
  });
});

export type RuleSet = z.infer<typeof RuleSetSchema>;
