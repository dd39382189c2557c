import { describe, expect, it } from 'vitest';
import { cardMessages } from './messages.ts';
import type { Translate } from './card-text.ts';
import { indicatorRows, siteAreaText } from './indicator-rows.ts';

const zh: Translate = (key, params = {}) =>
  ((cardMessages['zh-CN'] as Record<string, string>)[key] ?? key).replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));

describe('indicator rows', () => {
  const mu = 10000 / 15;

  it('shows each indicator with its unit and the year of yearly ones', () => {
    const rows = indicatorRows(zh, {
      floorAreaSquareMeters: 12_000, buildingFootprintSquareMeters: 4_000, greenAreaSquareMeters: 1_000,
      'economics.2022.tax': 100, 'economics.2023.tax': 150, 'economics.2022.fixedInvestment': 3_000, 'economics.2023.fixedInvestment': 1_000,
    }, 20 * mu);
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey.floorAreaRatio?.text).toBe('0.9');
    expect(byKey.buildingDensity?.text).toBe('30 %');
    expect(byKey.greenRatio?.text).toBe('7.5 %');
    expect(byKey.investmentIntensity?.text).toBe('200 万元/亩');
    expect(byKey.taxPerMu).toMatchObject({ label: '亩均税收（2023 年）', text: '7.5 万元/亩' });
  });

  it('leaves indicators without data empty instead of showing zero', () => {
    const rows = indicatorRows(zh, {}, 20 * mu);
    expect(rows.map((row) => row.text)).toEqual(new Array(7).fill(undefined));
    expect(rows.map((row) => row.label)).toContain('容积率');
  });

  it('gives the site area in m² and 亩', () => {
    expect(siteAreaText(zh, 20_000)).toBe('20,000 m²（30 亩）');
  });
});
