import { z } from 'zod';

/**
 * 标准地 "3+N+1" control indicators as data: three required (投资强度, 亩均税收,
 * 容积率), N optional from a catalogue, and one open slot a park defines itself.
 * Each indicator is checked at completion (竣工验收) or production acceptance
 * (达产验收) against the contracted value.
 */

export const REQUIRED_INDICATOR_KEYS = ['investmentIntensity', 'taxPerMu', 'floorAreaRatio'] as const;

/** Optional indicators the N part chooses from. */
export const OPTIONAL_INDICATOR_KEYS = [
  'energyPerOutput', 'emissionsPerOutput', 'rdSharePercent', 'buildingCoverage', 'greenRatio', 'officeLandShare', 'revenuePerMu', 'outputPerMu',
] as const;

/** One control indicator of a set. */
export const StandardLandIndicatorSchema = z.object({
  /** A catalogue key, or 'custom.<name>' for the open slot. */
  key: z.string().regex(/^(custom\.)?[A-Za-z][A-Za-z0-9]*$/),
  slot: z.enum(['required', 'optional', 'open']),
  label: z.string().min(1),
  /** Unit as shown: 'wanYuanPerMu', 'ratio', 'percent', 'tcePerWanYuan', 'tonPerWanYuan', or free text for the open slot. */
  unit: z.string(),
  /** atLeast: actual ≥ contracted passes (投资强度); atMost: actual ≤ contracted passes (能耗, 绿地率). */
  direction: z.enum(['atLeast', 'atMost']),
  /** Which acceptance checks it. */
  stage: z.enum(['completion', 'production']),
  /** The set's control value (the default contracted value); null when each contract states it. */
  controlValue: z.number().min(0).nullable(),
}).strict();

export type StandardLandIndicator = z.infer<typeof StandardLandIndicatorSchema>;

/** A 3+N+1 set for a park and/or industry: exactly the three required indicators, N optional, at most one open slot. */
export const StandardLandSetSchema = z.object({
  format: z.literal('parceldesk-standard-land'),
  id: z.string().min(1),
  version: z.string().min(1),
  name: z.string().min(1),
  park: z.string().min(1).optional(),
  industry: z.string().min(1).optional(),
  indicators: z.array(StandardLandIndicatorSchema),
}).strict().superRefine((set, ctx) => {
  const keys = set.indicators.map((i) => i.key);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) ctx.addIssue({ code: 'custom', message: `indicator "${key}" is listed twice`, path: ['indicators', index, 'key'] });
  });
  const required = set.indicators.filter((i) => i.slot === 'required').map((i) => i.key).sort();
  if (required.join() !== [...REQUIRED_INDICATOR_KEYS].sort().join()) {
    ctx.addIssue({ code: 'custom', message: `the required indicators must be exactly ${REQUIRED_INDICATOR_KEYS.join(', ')}`, path: ['indicators'] });
  }
  set.indicators.forEach((indicator, index) => {
    const optionalOk = (OPTIONAL_INDICATOR_KEYS as readonly string[]).includes(indicator.key);
    if (indicator.slot === 'optional' && !optionalOk) {
      ctx.addIssue({ code: 'custom', message: `"${indicator.key}" is not an optional indicator (${OPTIONAL_INDICATOR_KEYS.join(', ')})`, path: ['indicators', index, 'key'] });
    }
    if (indicator.slot === 'open' && !indicator.key.startsWith('custom.')) {
      ctx.addIssue({ code: 'custom', message: 'the open slot\'s key starts with "custom."', path: ['indicators', index, 'key'] });
    }
  });
  if (set.indicators.filter((i) => i.slot === 'open').length > 1) ctx.addIssue({ code: 'custom', message: 'there is one open slot', path: ['indicators'] });
});

export type StandardLandSet = z.infer<typeof StandardLandSetSchema>;

/**
 * The set a Xuchang park starts from: the three required indicators (control
 * values per park, so null here), 建筑系数 ≥ 30%, 行政办公及生活服务设施用地
 * ≤ 7% and 绿地率 ≤ 20% (国土资发〔2008〕24号), 单位能耗 and 单位排放 at
 * production acceptance (values per park), and no open slot yet.
 */
export const XUCHANG_STANDARD_LAND_SET: StandardLandSet = {
  format: 'parceldesk-standard-land',
  id: 'xuchang-standard-land',
  version: '1',
  name: '许昌市工业用地“标准地”控制指标（3+N+1，默认）',
  indicators: [
    { key: 'investmentIntensity', slot: 'required', label: '投资强度', unit: 'wanYuanPerMu', direction: 'atLeast', stage: 'completion', controlValue: null },
    { key: 'taxPerMu', slot: 'required', label: '亩均税收', unit: 'wanYuanPerMu', direction: 'atLeast', stage: 'production', controlValue: null },
    { key: 'floorAreaRatio', slot: 'required', label: '容积率', unit: 'ratio', direction: 'atLeast', stage: 'completion', controlValue: null },
    { key: 'buildingCoverage', slot: 'optional', label: '建筑系数', unit: 'percent', direction: 'atLeast', stage: 'completion', controlValue: 30 },
    { key: 'officeLandShare', slot: 'optional', label: '行政办公及生活服务设施用地比例', unit: 'percent', direction: 'atMost', stage: 'completion', controlValue: 7 },
    { key: 'greenRatio', slot: 'optional', label: '绿地率', unit: 'percent', direction: 'atMost', stage: 'completion', controlValue: 20 },
    { key: 'energyPerOutput', slot: 'optional', label: '单位产值能耗', unit: 'tcePerWanYuan', direction: 'atMost', stage: 'production', controlValue: null },
    { key: 'emissionsPerOutput', slot: 'optional', label: '单位产值排放', unit: 'tonPerWanYuan', direction: 'atMost', stage: 'production', controlValue: null },
  ],
};
