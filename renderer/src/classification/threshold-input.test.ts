import { describe, expect, it } from 'vitest';
import { THRESHOLD_FIELDS } from '../../../shared/rules/threshold-fields.ts';
import { parseTextList, parseThresholdText, thresholdText } from './threshold-input.ts';

const field = (key: string) => {
  const found = THRESHOLD_FIELDS.find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('threshold input', () => {
  it('shows and reads shares as percent', () => {
    expect(thresholdText(field('idleInvestmentShareBelow'), 0.25)).toBe('25');
    expect(parseThresholdText(field('idleInvestmentShareBelow'), '25')).toEqual({ value: 0.25 });
    expect(thresholdText(field('idleDevelopedShareBelow'), 1 / 3)).toBe('33.333333333');
  });

  it('reads an empty nullable threshold as off, an empty required one as a problem', () => {
    expect(parseThresholdText(field('minTaxPerMu'), '')).toEqual({ value: null });
    expect(parseThresholdText(field('idleStoppedYears'), ' ')).toEqual({ problem: { key: 'classifyProblemNumber' } });
    expect(thresholdText(field('minTaxPerMu'), null)).toBe('');
  });

  it('names the schema bound that was crossed, in the unit typed', () => {
    expect(parseThresholdText(field('minFloorAreaRatio'), '-0.1')).toEqual({ problem: { key: 'classifyProblemMin', value: '0' } });
    expect(parseThresholdText(field('minFloorAreaRatio'), '0')).toEqual({ value: 0 });
    expect(parseThresholdText(field('idleStoppedYears'), '0')).toEqual({ problem: { key: 'classifyProblemGt', value: '0' } });
    expect(parseThresholdText(field('idleStoppedYears'), '51')).toEqual({ problem: { key: 'classifyProblemMax', value: '50' } });
    expect(parseThresholdText(field('idleInvestmentShareBelow'), '101')).toEqual({ problem: { key: 'classifyProblemMax', value: '100%' } });
    expect(parseThresholdText(field('noTaxYears'), '1.5')).toEqual({ problem: { key: 'classifyProblemInteger' } });
    expect(parseThresholdText(field('minTaxPerMu'), '十一')).toEqual({ problem: { key: 'classifyProblemNumber' } });
  });

  it('splits a typed list on Chinese and Latin separators', () => {
    expect(parseTextList('土地储备， 收储中心、 ;')).toEqual(['土地储备', '收储中心']);
  });
});
