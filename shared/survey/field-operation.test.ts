import { describe, expect, it } from 'vitest';
import { applyOperations, type FieldOperation } from './field-operation.ts';

const op = (field: string, newValue: string, hlc: string, id = hlc): FieldOperation => ({
  id, projectId: 'p', parcelId: 'x', field, oldValue: null, newValue, author: 'a', device: 'aaaaaaaaaaaaaaaa', deviceName: 'd', hlc, origin: 'local',
});

describe('applyOperations', () => {
  it('keeps the value with the highest clock per field, whatever the order applied', () => {
    const ops = [op('landholder', 'B', '2026-01-02'), op('landholder', 'A', '2026-01-01'), op('notes', 'n', '2026-01-01b')];
    const forward = applyOperations(undefined, ops, 'x', 'p');
    const backward = applyOperations(undefined, [...ops].reverse(), 'x', 'p');
    expect(forward.values).toEqual({ landholder: 'B', notes: 'n' });
    expect(backward).toEqual(forward);
    expect(forward.updatedHlc).toBe('2026-01-02');
  });

  it('refuses an operation for another parcel', () => {
    expect(() => applyOperations(undefined, [{ ...op('notes', 'n', '1'), parcelId: 'y' }], 'x', 'p')).toThrow(/parcel y/);
  });
});
