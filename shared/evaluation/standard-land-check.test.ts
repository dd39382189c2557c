import { describe, expect, it } from 'vitest';
import { checkStandardLand } from './standard-land-check.ts';
import { StandardLandSetSchema, XUCHANG_STANDARD_LAND_SET, type StandardLandSet } from './standard-land-schema.ts';

const check = (values: Record<string, string | number>, set: StandardLandSet = XUCHANG_STANDARD_LAND_SET) =>
  new Map(checkStandardLand(set, values).map((c) => [c.key, c]));

describe('标准地 3+N+1 set', () => {
  it('the Xuchang set passes its schema with the three required indicators', () => {
    expect(StandardLandSetSchema.parse(XUCHANG_STANDARD_LAND_SET)).toEqual(XUCHANG_STANDARD_LAND_SET);
    expect(XUCHANG_STANDARD_LAND_SET.indicators.filter((i) => i.slot === 'required').map((i) => i.key)).toEqual(['investmentIntensity', 'taxPerMu', 'floorAreaRatio']);
  });

  it.each([
    { name: 'a required indicator dropped', change: (s: StandardLandSet) => s.indicators.filter((i) => i.key !== 'taxPerMu'), message: 'the required indicators must be exactly investmentIntensity, taxPerMu, floorAreaRatio' },
    { name: 'two open slots', change: (s: StandardLandSet) => [...s.indicators, open('custom.a'), open('custom.b')], message: 'there is one open slot' },
    { name: 'an unknown optional indicator', change: (s: StandardLandSet) => [...s.indicators, { ...open('parking'), slot: 'optional' as const }], message: '"parking" is not an optional indicator' },
  ])('refuses $name', ({ change, message }) => {
    const result = StandardLandSetSchema.safeParse({ ...XUCHANG_STANDARD_LAND_SET, indicators: change(XUCHANG_STANDARD_LAND_SET) });
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});

function open(key: string) {
  return { key, slot: 'open' as const, label: '亩均研发人员', unit: '人/亩', direction: 'atLeast' as const, stage: 'production' as const, controlValue: 1 };
}

describe('contracted vs actual at acceptance', () => {
  const contract = { 'standardLand.contracted.investmentIntensity': 300, 'standardLand.contracted.taxPerMu': 25, 'standardLand.contracted.floorAreaRatio': 1.2 };

  it.each([
    { actual: 299, outcome: 'fail' },
    { actual: 300, outcome: 'pass' },
    { actual: 301, outcome: 'pass' },
  ])('投资强度 at completion: $actual against 300 (at least) → $outcome', ({ actual, outcome }) => {
    const result = check({ ...contract, completionAcceptanceDate: '2023-06-30', 'standardLand.completion.investmentIntensity': actual });
    expect(result.get('investmentIntensity')).toMatchObject({ outcome, contracted: 300, contractedSource: 'contract', actual, stage: 'completion' });
  });

  it.each([
    { actual: 19, outcome: 'pass' },
    { actual: 20, outcome: 'pass' },
    { actual: 21, outcome: 'fail' },
  ])('绿地率 at completion: $actual% against the set\'s 20% (at most) → $outcome', ({ actual, outcome }) => {
    const result = check({ completionAcceptanceDate: '2023-06-30', 'standardLand.completion.greenRatio': actual });
    expect(result.get('greenRatio')).toMatchObject({ outcome, contracted: 20, contractedSource: 'set' });
  });

  it('is pending before the acceptance, and insufficient data once accepted without the figure', () => {
    expect(check(contract).get('taxPerMu')?.outcome).toBe('pending');
    expect(check({ ...contract, productionAcceptanceDate: '2024-12-31' }).get('taxPerMu')).toMatchObject({
      outcome: 'insufficientData', missing: ['standardLand.production.taxPerMu'],
    });
  });

  it('needs a contracted value where the set has none', () => {
    const result = check({ productionAcceptanceDate: '2024-12-31', 'standardLand.production.taxPerMu': 30 });
    expect(result.get('taxPerMu')).toMatchObject({ outcome: 'insufficientData', missing: ['standardLand.contracted.taxPerMu'] });
  });

  it('checks the open slot like any other indicator', () => {
    const set = { ...XUCHANG_STANDARD_LAND_SET, indicators: [...XUCHANG_STANDARD_LAND_SET.indicators, open('custom.rdStaffPerMu')] };
    expect(check({ productionAcceptanceDate: '2024-12-31', 'standardLand.production.custom.rdStaffPerMu': 0.8 }, set).get('custom.rdStaffPerMu')).toMatchObject({ outcome: 'fail', slot: 'open' });
  });
});
