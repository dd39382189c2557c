import { describe, expect, it } from 'vitest';
import { parseEnterpriseScheme, parseStandardLandSet } from '../../../shared/evaluation/scheme-parse.ts';
import { HENAN_ABC_SCHEME } from '../../../shared/evaluation/enterprise-presets.ts';
import { XUCHANG_STANDARD_LAND_SET } from '../../../shared/evaluation/standard-land-schema.ts';
import { standardLandMessages } from './messages.ts';
import { coreProblemText } from './core-problems.ts';

const zh = standardLandMessages['zh-CN'] as Record<string, string>;
const t = (key: string, params?: Record<string, string | number>) =>
  (zh[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
const problemsOf = (result: { ok: boolean; problems?: readonly string[] }) => (result.ok ? [] : (result.problems ?? []));

describe('coreProblemText', () => {
  it('puts a bad weight and bad class shares of an enterprise scheme in Chinese', () => {
    const edited = { ...HENAN_ABC_SCHEME, indicators: [{ ...HENAN_ABC_SCHEME.indicators[0], weight: 0 }], classes: [{ name: 'A', upToShare: 0.5 }, { name: 'B', upToShare: 0.4 }] };
    expect(problemsOf(parseEnterpriseScheme(edited)).map((p) => coreProblemText(t, p))).toEqual([
      '第 1 项指标 → 权重须大于 0',
      '类别：各类别的累计比例须从最好的类别起逐级增加',
      '类别：最后一类的累计比例须为 100%',
    ]);
  });

  it('puts a standard-land set without 亩均税收 in Chinese', () => {
    const edited = { ...XUCHANG_STANDARD_LAND_SET, indicators: XUCHANG_STANDARD_LAND_SET.indicators.filter((i) => i.key !== 'taxPerMu') };
    expect(problemsOf(parseStandardLandSet(edited)).map((p) => coreProblemText(t, p))).toEqual(['指标：必选指标须为投资强度、亩均税收、容积率三项']);
  });

  it('keeps wording it does not know as the core wrote it', () => {
    expect(coreProblemText(t, 'something unexpected')).toBe('something unexpected');
  });
});
