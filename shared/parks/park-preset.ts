import { z } from 'zod';

/** One park of a preset. */
export const ParkSchema = z.object({
  /** The park's name as the plan writes it; parcels' park attribute (YQMC) is matched against it and the aliases. */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** County-level division named in the park's name ('' when the name does not say). */
  county: z.string(),
  /** 亩均税收 target band, 万元/亩 (min ≤ max); null when the plan sets none. */
  taxPerMuTarget: z.object({ min: z.number().min(0), max: z.number().min(0) }).refine((t) => t.min <= t.max, { message: 'min must not exceed max' }).nullable(),
  /** 主导产业 from the plan's task 1. */
  leadIndustries: z.array(z.string().min(1)),
}).strict();

export type Park = z.infer<typeof ParkSchema>;

/** A set of parks a project starts from (versioned). */
export const ParkPresetSchema = z.object({
  format: z.literal('parceldesk-parks'),
  id: z.string().min(1),
  version: z.string().min(1),
  name: z.string().min(1),
  parks: z.array(ParkSchema).min(1),
}).strict();

export type ParkPreset = z.infer<typeof ParkPresetSchema>;

const park = (name: string, county: string, target: [number, number], leadIndustries: string[], aliases: string[] = []): Park => ({
  name, aliases, county, taxPerMuTarget: { min: target[0], max: target[1] }, leadIndustries,
});

/**
 * The ten parks of the Xuchang pilot (百园增效 implementation plan): 亩均税收
 * targets to reach in 2–3 years (万元/亩) and lead industries, as the plan
 * states them. Counties only where the park's name says.
 */
export const XUCHANG_PARK_PRESET: ParkPreset = {
  format: 'parceldesk-parks',
  id: 'xuchang-parks',
  version: '1',
  name: '许昌市产业集聚区（百园增效试点方案）',
  parks: [
    park('市经济技术产业集聚区', '', [25, 40], ['装备制造', '发制品'], ['许昌市经济技术产业集聚区', '许昌经济技术开发区', '经济技术开发区']),
    park('市高新技术产业集聚区', '', [25, 40], ['电力电气装备'], ['许昌市高新技术产业集聚区', '中原电气谷核心区', '许昌高新技术产业开发区']),
    park('长葛市产业集聚区', '长葛市', [25, 40], ['装备制造', '食品加工', '现代医药']),
    park('长葛市大周再生金属循环产业集聚区', '长葛市', [25, 40], ['再生金属', '金属制品'], ['大周再生金属循环产业集聚区']),
    park('禹州市产业集聚区', '禹州市', [18, 25], ['装备制造', '医药']),
    park('襄城县循环经济产业集聚区', '襄城县', [18, 25], ['煤化工', '新材料'], ['襄城县循环产业集聚区']),
    park('尚集产业集聚区', '', [18, 25], ['汽车及零部件', '发制品'], ['市尚集产业集聚区', '许昌市尚集产业集聚区']),
    park('鄢陵县产业集聚区', '鄢陵县', [16, 20], ['纺织箱包', '装备制造']),
    park('襄城县产业集聚区', '襄城县', [16, 20], ['装备制造', '纺织服装制鞋']),
    park('魏都产业集聚区', '魏都区', [16, 20], ['装备制造', '现代物流'], ['魏都区产业集聚区', '市魏都产业集聚区']),
  ],
};
