import { describe, expect, it } from 'vitest';
import { planStatusMove } from './status-move.ts';

const complete = { parcelCode: '411002001001GB00001', landholder: '许昌瑞祥电气有限公司', park: '魏都产业集聚区' };

describe('planStatusMove', () => {
  it('stamps surveyor and survey date when moving to 已调查, in one step with the status', () => {
    const plan = planStatusMove(complete, 'surveyed', 10_000, '张三', '2026-11-26');
    expect(plan.issues).toEqual([]);
    expect(plan.changes).toEqual([
      { field: 'surveyStatus', oldValue: null, newValue: 'surveyed' },
      { field: 'surveyor', oldValue: null, newValue: '张三' },
      { field: 'surveyDate', oldValue: null, newValue: '2026-11-26' },
    ]);
  });

  it('keeps a surveyor and date already entered', () => {
    const plan = planStatusMove({ ...complete, surveyor: '李四', surveyDate: '2026-10-01' }, 'surveyed', 10_000, '张三', '2026-11-26');
    expect(plan.changes).toEqual([{ field: 'surveyStatus', oldValue: null, newValue: 'surveyed' }]);
  });

  it('refuses a move with empty required fields or invalid values, and stores nothing', () => {
    const plan = planStatusMove({ parcelCode: 'X', grantTermYears: 80 }, 'surveyed', 10_000, '张三', '2026-11-26');
    expect(plan.changes).toEqual([]);
    expect(plan.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(['grantTermYears:aboveMax', 'landholder:required', 'park:required']);
  });

  it('refuses moves the workflow does not allow', () => {
    const plan = planStatusMove({ ...complete, surveyStatus: 'unsurveyed' }, 'reviewed', 10_000, '张三', '2026-11-26');
    expect(plan.issues).toEqual([{ field: 'surveyStatus', code: 'statusMove', params: { from: 'unsurveyed', to: 'reviewed' } }]);
    expect(planStatusMove({ ...complete, surveyStatus: 'surveyed', surveyDate: '2026-11-01' }, 'pendingReview', 10_000, '张三', '2026-11-26').changes)
      .toEqual([{ field: 'surveyStatus', oldValue: 'surveyed', newValue: 'pendingReview' }]);
  });
});
