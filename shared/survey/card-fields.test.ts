import { describe, expect, it } from 'vitest';
import { standardLandKey } from '../evaluation/standard-land-check.ts';
import { fieldDefinition, parseStandardLandKey } from './card-fields.ts';
import { validateValue } from './card-validation.ts';

describe('standard-land card keys', () => {
  it('parses the keys the standard-land check reads', () => {
    expect(parseStandardLandKey(standardLandKey('completion', 'floorAreaRatio'))).toEqual({ kind: 'completion', indicatorKey: 'floorAreaRatio' });
    expect(parseStandardLandKey('standardLand.production.custom.rdStaffPerMu')).toEqual({ kind: 'production', indicatorKey: 'custom.rdStaffPerMu' });
    expect(parseStandardLandKey('standardLand.signed.taxPerMu')).toBeUndefined();
    expect(parseStandardLandKey('standardLand.contracted.parking')).toBeUndefined();
  });

  it('gives each indicator its unit and range, so the card flags what is out of range', () => {
    expect(fieldDefinition('standardLand.contracted.taxPerMu')).toMatchObject({ kind: 'number', unit: 'wanYuanPerMu', min: 0 });
    expect(validateValue('standardLand.completion.greenRatio', 100)).toEqual([]);
    expect(validateValue('standardLand.completion.greenRatio', 101)).toEqual([{ field: 'standardLand.completion.greenRatio', code: 'aboveMax', params: { max: 100 } }]);
    expect(validateValue('standardLand.completion.floorAreaRatio', -0.1)).toEqual([{ field: 'standardLand.completion.floorAreaRatio', code: 'belowMin', params: { min: 0 } }]);
    expect(validateValue('standardLand.production.custom.rdStaffPerMu', '很多')).toEqual([{ field: 'standardLand.production.custom.rdStaffPerMu', code: 'notANumber' }]);
  });
});
