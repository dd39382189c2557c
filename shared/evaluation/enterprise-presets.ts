import type { EnterpriseScheme, ScoredIndicator } from './enterprise-scheme-schema.ts';

const indicator = (key: string, label: string, unit: string, weight: number): ScoredIndicator => ({
  key, label, unit, weight, direction: 'higherBetter', benchmark: 'mean', capRatio: null,
});

/**
 * 河南 A/B/C (郑州 practice): A the top 15%, C the bottom 10%, B between. The
 * brief gives no Henan weights, so the preset scores 亩均税收 alone; add
 * indicators and weights in the settings.
 */
export const HENAN_ABC_SCHEME: EnterpriseScheme = {
  format: 'parceldesk-enterprise-evaluation',
  id: 'henan-abc',
  version: '1',
  name: '河南省 A/B/C 类（郑州：A 类前 15%，C 类后 10%）',
  indicators: [indicator('taxPerMu', '亩均税收', 'wanYuanPerMu', 100)],
  classes: [{ name: 'A', upToShare: 0.15 }, { name: 'B', upToShare: 0.9 }, { name: 'C', upToShare: 1 }],
};

/**
 * Zhejiang-style six indicators (亩均税收 30, 亩均增加值 20, 单位能耗增加值 20,
 * 单位排放增加值 10, 全员劳动生产率 10, 研发经费占比 10), each ÷ the mean.
 * The brief gives no Zhejiang class cut-offs: the classes copy 淮安's until set.
 */
export const ZHEJIANG_SIX_SCHEME: EnterpriseScheme = {
  format: 'parceldesk-enterprise-evaluation',
  id: 'zhejiang-six',
  version: '1',
  name: '浙江式六项指标加权评价',
  indicators: [
    indicator('taxPerMu', '亩均税收', 'wanYuanPerMu', 30),
    indicator('valueAddedPerMu', '亩均增加值', 'wanYuanPerMu', 20),
    indicator('valueAddedPerEnergy', '单位能耗增加值', 'wanYuanPerTce', 20),
    indicator('valueAddedPerEmission', '单位排放增加值', 'wanYuanPerTon', 10),
    indicator('labourProductivity', '全员劳动生产率', 'wanYuanPerPerson', 10),
    indicator('rdSharePercent', '研发经费支出占主营业务收入比重', 'percent', 10),
  ],
  classes: [{ name: 'A', upToShare: 0.2 }, { name: 'B', upToShare: 0.6 }, { name: 'C', upToShare: 0.95 }, { name: 'D', upToShare: 1 }],
};

/** 淮安 A/B/C/D: 税收 45, 销售 35, 绿色 20; A top 20%, B 20–60%, C 60–95%, D bottom 5%. */
export const HUAIAN_ABCD_SCHEME: EnterpriseScheme = {
  format: 'parceldesk-enterprise-evaluation',
  id: 'huaian-abcd',
  version: '1',
  name: '淮安 A/B/C/D 类',
  indicators: [
    indicator('taxPerMu', '亩均税收', 'wanYuanPerMu', 45),
    indicator('revenuePerMu', '亩均销售收入', 'wanYuanPerMu', 35),
    indicator('greenIndicator', '绿色发展指标', 'score', 20),
  ],
  classes: [{ name: 'A', upToShare: 0.2 }, { name: 'B', upToShare: 0.6 }, { name: 'C', upToShare: 0.95 }, { name: 'D', upToShare: 1 }],
};

/** The presets a project can start from. */
export const ENTERPRISE_SCHEME_PRESETS: readonly EnterpriseScheme[] = [HENAN_ABC_SCHEME, ZHEJIANG_SIX_SCHEME, HUAIAN_ABCD_SCHEME];
