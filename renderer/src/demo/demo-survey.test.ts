import { describe, expect, it } from 'vitest';
import { buildDemoSurvey } from '../../../scripts/generate-demo.ts';
import { fieldDefinition } from '../../../shared/survey/card-fields.ts';
import { validateValue } from '../../../shared/survey/card-validation.ts';
import { demoSurveyOperations } from './demo-survey.ts';

describe('demo survey', () => {
  const survey = buildDemoSurvey();
  const operations = demoSurveyOperations(survey, 'demo-xuchang', 'demo-xuchang:xuchang_parks_zd');

  it('fills about half the demo parcels with card values that pass the card checks', () => {
    expect(survey.parcels.length).toBeGreaterThan(1000);
    expect(survey.parcels.length).toBeLessThan(1500);
    for (const op of operations) {
      expect(fieldDefinition(op.field), op.field).toBeDefined();
      expect(validateValue(op.field, op.newValue), `${op.field}=${String(op.newValue)}`).toEqual([]);
    }
    const fields = new Set(operations.map((op) => op.field));
    for (const field of ['industry', 'economics.2024.tax', 'productionStatus', 'disposalStatus', 'supervisedListing', 'constructionStoppedDate']) expect(fields).toContain(field);
  });

  it('gives every operation its own id, the same on every device that opens the demo', () => {
    expect(new Set(operations.map((op) => op.id)).size).toBe(operations.length);
    const again = demoSurveyOperations(buildDemoSurvey(), 'demo-xuchang', 'demo-xuchang:xuchang_parks_zd');
    expect(again.map((op) => op.id)).toEqual(operations.map((op) => op.id));
    expect(operations.every((op) => op.author === '示例数据' && op.origin === 'remote' && op.baseHlc === '')).toBe(true);
    expect(operations[0]?.parcelId).toMatch(/^demo-xuchang:xuchang_parks_zd:\d+$/);
  });
});
