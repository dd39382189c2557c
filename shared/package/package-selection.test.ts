import { describe, expect, it } from 'vitest';
import type { FieldOperation } from '../survey/field-operation.ts';
import { attachedHashes, operationsToSend } from './package-selection.ts';

const SHA = 'ab'.repeat(32);
const op = (id: string, field: string, newValue: string | null): FieldOperation => ({
  id, projectId: 'p', parcelId: 'x', field, oldValue: null, newValue, author: 'a', device: 'aaaaaaaaaaaaaaaa', deviceName: 'd', hlc: id, origin: 'local',
});

describe('package selection', () => {
  it('sends what the recipient has not had yet, relayed operations included, oldest first', () => {
    const all = [op('3', 'notes', 'c'), op('1', 'notes', 'a'), op('2', 'landholder', 'b')];
    expect(operationsToSend(all).map((o) => o.id)).toEqual(['1', '2', '3']);
    expect(operationsToSend(all, new Set(['1', '3'])).map((o) => o.id)).toEqual(['2']);
    expect(operationsToSend(all, new Set(['1', '2', '3']))).toEqual([]);
  });

  it('finds the files attached by photo and document fields, not removed ones or other fields', () => {
    const other = 'cd'.repeat(32);
    expect(attachedHashes([op('1', `photo.${SHA}`, '{}'), op('2', `document.${other}`, '{}'), op('3', `photo.${SHA}`, null), op('4', 'notes', SHA)]))
      .toEqual([SHA, other]);
    expect(attachedHashes([op('1', `photo.${SHA}`, null)])).toEqual([]);
  });
});
