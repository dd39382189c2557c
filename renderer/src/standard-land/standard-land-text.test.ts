import { describe, expect, it } from 'vitest';
import { displayValue, fieldLabel } from '../card/card-text.ts';
import { cardMessages } from '../card/messages.ts';
import { standardLandMessages } from './messages.ts';
import { thresholdText } from './standard-land-text.ts';

const zh: Record<string, string> = { ...cardMessages['zh-CN'], ...standardLandMessages['zh-CN'] };
const t = (key: string, params?: Record<string, string | number>) =>
  (zh[key] ?? String(params?.defaultValue ?? key)).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));

describe('standard-land figures in the card history', () => {
  it('names the indicator and the stage, and shows the unit', () => {
    expect(fieldLabel(t, 'standardLand.completion.investmentIntensity')).toBe('标准地 投资强度（竣工验收实际值）');
    expect(fieldLabel(t, 'standardLand.production.custom.openSlot')).toBe('标准地 openSlot（达产验收实际值）');
    expect(displayValue(t, 'standardLand.contracted.taxPerMu', 25)).toBe('25 万元/亩');
    expect(displayValue(t, 'standardLand.completion.greenRatio', 18.5)).toBe('18.5 %');
  });

  it('writes the threshold with its direction and unit', () => {
    expect(thresholdText(t, 'atLeast', 300, 'wanYuanPerMu')).toBe('≥ 300 万元/亩');
    expect(thresholdText(t, 'atMost', 20, 'percent')).toBe('≤ 20 %');
    expect(thresholdText(t, 'atLeast', 1.2, 'ratio')).toBe('≥ 1.2');
    expect(thresholdText(t, 'atLeast', 0.5, '人/亩')).toBe('≥ 0.5 人/亩');
  });
});
