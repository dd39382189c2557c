import { describe, expect, it } from 'vitest';
import { cardMessages } from './messages.ts';
import { choiceLabel, displayValue, fieldLabel, issueMessage, type Translate } from './card-text.ts';
import { progressValue } from './progress-log.ts';

/** The card's real messages with {{name}} interpolation, as i18next renders them. */
const translator = (language: 'zh-CN' | 'en'): Translate => (key, params = {}) => {
  const text = (cardMessages[language] as Record<string, string>)[key];
  if (text === undefined) throw new Error(`missing message ${key}`);
  return text.replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));
};
const zh = translator('zh-CN');

describe('card texts', () => {
  it('says what is wrong in Chinese, with units and the other field', () => {
    expect(issueMessage(zh, { field: 'grantTermYears', code: 'aboveMax', params: { max: 70 } })).toBe('不能大于 70 年');
    expect(issueMessage(zh, { field: 'officeLandSharePercent', code: 'belowMin', params: { min: 0 } })).toBe('不能小于 0 %');
    expect(issueMessage(zh, { field: 'actualStartDate', code: 'dateOrder', params: { other: 'supplyDate' } })).toBe('不能早于 供地日期');
    expect(issueMessage(zh, { field: 'economics.2023.tax', code: 'notANumber' })).toBe('不是有效数字');
    expect(issueMessage(zh, { field: 'surveyStatus', code: 'statusMove', params: { from: 'unsurveyed', to: 'reviewed' } }))
      .toBe('不能从「未调查」改为「已核查」');
  });

  it('labels yearly figures, progress entries and choices', () => {
    expect(fieldLabel(zh, 'economics.2023.tax')).toBe('2023 年 税收');
    expect(fieldLabel(zh, 'progress.abc')).toBe('进展记录');
    expect(fieldLabel(zh, 'ZDDM')).toBe('ZDDM');
    expect(choiceLabel(zh, 'disposalMethod', 'judicialDisposal')).toBe('司法处置（执转破）');
    expect(choiceLabel(zh, 'classOverride', 'idle')).toBe('闲置');
    expect(choiceLabel(zh, 'disposalMethod', '自拟方式')).toBe('自拟方式');
  });

  it('shows stored values as a reader expects them', () => {
    expect(displayValue(zh, 'supervisedListing', true)).toBe('是');
    expect(displayValue(zh, 'grantTermYears', 50)).toBe('50 年');
    expect(displayValue(zh, 'floorAreaSquareMeters', 12345.5)).toBe('12,345.5 m²');
    expect(displayValue(zh, 'progress.a', progressValue('2021-05-01', '约谈企业'))).toBe('2021-05-01 约谈企业');
    expect(displayValue(zh, 'notes', null)).toBe('—');
    expect(displayValue(translator('en'), 'surveyStatus', 'pendingReview')).toBe('Pending review');
  });
});
