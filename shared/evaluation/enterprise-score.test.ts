import { describe, expect, it } from 'vitest';
import { EnterpriseSchemeSchema, type EnterpriseScheme } from './enterprise-scheme-schema.ts';
import { ENTERPRISE_SCHEME_PRESETS, HENAN_ABC_SCHEME, HUAIAN_ABCD_SCHEME, ZHEJIANG_SIX_SCHEME } from './enterprise-presets.ts';
import { evaluateEnterprises, type EnterpriseFigures } from './enterprise-score.ts';
import { parseEnterpriseScheme } from './scheme-parse.ts';

/** n firms with tax per mu n, n-1, …, 1 (firm f1 is best). */
const ladder = (n: number, key = 'taxPerMu'): EnterpriseFigures[] =>
  Array.from({ length: n }, (_, i) => ({ id: `f${i + 1}`, values: { [key]: n - i } }));

const classesOf = (scheme: EnterpriseScheme, firms: EnterpriseFigures[]) => evaluateEnterprises(scheme, firms).map((e) => e.rankClass).join('');

describe('enterprise scheme presets', () => {
  it.each(ENTERPRISE_SCHEME_PRESETS.map((scheme) => ({ id: scheme.id, scheme })))('$id passes its schema', ({ scheme }) => {
    expect(EnterpriseSchemeSchema.parse(scheme)).toEqual(scheme);
  });

  it('weights the Zhejiang six indicators 30/20/20/10/10/10 and 淮安 45/35/20', () => {
    expect(ZHEJIANG_SIX_SCHEME.indicators.map((i) => i.weight)).toEqual([30, 20, 20, 10, 10, 10]);
    expect(HUAIAN_ABCD_SCHEME.indicators.map((i) => i.weight)).toEqual([45, 35, 20]);
  });

  it('refuses class shares that do not rise to 1', () => {
    const bad = { ...HENAN_ABC_SCHEME, classes: [{ name: 'A', upToShare: 0.5 }, { name: 'B', upToShare: 0.4 }] };
    const issues = EnterpriseSchemeSchema.safeParse(bad).error?.issues.map((i) => i.message);
    expect(issues).toEqual(['class shares must increase from the best class to the last', 'the last class must reach share 1 (everyone)']);
  });
});

describe('parseEnterpriseScheme', () => {
  it('names an edited weight that is not a positive number', () => {
    const edited = { ...HENAN_ABC_SCHEME, indicators: [{ ...HENAN_ABC_SCHEME.indicators[0], weight: 0 }] };
    expect(parseEnterpriseScheme(edited)).toEqual({ ok: false, problems: ['indicators #1 → weight must be more than 0'] });
    expect(parseEnterpriseScheme(HENAN_ABC_SCHEME)).toEqual({ ok: true, value: HENAN_ABC_SCHEME });
  });
});

describe('percentile classes', () => {
  it('Henan with 20 firms: A the top 3 (15%), C the bottom 2 (10%)', () => {
    expect(classesOf(HENAN_ABC_SCHEME, ladder(20))).toBe(`AAA${'B'.repeat(15)}CC`);
  });

  it('淮安 with 20 firms: A 4, B 8, C 7, D 1', () => {
    const firms = ladder(20).map((f) => ({ id: f.id, values: { taxPerMu: f.values.taxPerMu, revenuePerMu: 10, greenIndicator: 10 } }));
    expect(classesOf(HUAIAN_ABCD_SCHEME, firms)).toBe(`AAAA${'B'.repeat(8)}${'C'.repeat(7)}D`);
  });

  it('gives equal scores the same rank and class', () => {
    const firms = [...ladder(20)];
    firms[3] = { id: 'f4', values: { taxPerMu: 18 } }; // ties with f3
    const result = evaluateEnterprises(HENAN_ABC_SCHEME, firms);
    expect(result[2]).toMatchObject({ rank: 3, rankClass: 'A' });
    expect(result[3]).toMatchObject({ rank: 3, rankClass: 'A' });
    expect(result[4]).toMatchObject({ rank: 5, rankClass: 'B' });
  });

  it('leaves a firm with a missing figure unscored and out of the count', () => {
    const firms = [...ladder(20), { id: 'unknown', values: {} }];
    const result = evaluateEnterprises(HENAN_ABC_SCHEME, firms);
    expect(result[20]).toMatchObject({ score: undefined, rankClass: undefined, missing: ['taxPerMu'] });
    expect(result.slice(0, 20).map((e) => e.rankClass).join('')).toBe(`AAA${'B'.repeat(15)}CC`);
  });
});

describe('weighted score', () => {
  const scheme: EnterpriseScheme = {
    ...HENAN_ABC_SCHEME,
    indicators: [
      { key: 'taxPerMu', label: '亩均税收', unit: 'wanYuanPerMu', weight: 60, direction: 'higherBetter', benchmark: 20, capRatio: 2 },
      { key: 'energyPerOutput', label: '单位产值能耗', unit: 'tcePerWanYuan', weight: 40, direction: 'lowerBetter', benchmark: 'mean', capRatio: null },
    ],
  };

  it('divides by fixed and mean benchmarks, inverts lower-is-better and caps', () => {
    const [a, b] = evaluateEnterprises(scheme, [
      { id: 'a', values: { taxPerMu: 30, energyPerOutput: 0.1 } },
      { id: 'b', values: { taxPerMu: 50, energyPerOutput: 0.3 } },
    ]);
    // energy mean 0.2: a 40 × 0.2/0.1 = 80, b 40 × 0.2/0.3; tax a 60 × 1.5 = 90, b 60 × min(2.5, 2) = 120.
    expect(a?.score).toBeCloseTo(170, 9);
    expect(b?.score).toBeCloseTo(120 + 40 * (0.2 / 0.3), 9);
    expect(b?.indicators[0]).toMatchObject({ ratio: 2, points: 120, benchmark: 20 });
    expect(a?.rankClass).toBe('A');
  });

  it('treats a zero for a lower-is-better figure without a cap as missing', () => {
    const [a] = evaluateEnterprises(scheme, [{ id: 'a', values: { taxPerMu: 30, energyPerOutput: 0 } }, { id: 'b', values: { taxPerMu: 30, energyPerOutput: 1 } }]);
    expect(a?.missing).toEqual(['energyPerOutput']);
  });
});
