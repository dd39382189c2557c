import { describe, expect, it } from 'vitest';
import { applyOperations, type FieldOperation } from './field-operation.ts';

const DEVICE_A = 'aaaaaaaaaaaaaaaa', DEVICE_B = 'bbbbbbbbbbbbbbbb';
const stamp = (second: number, device: string) => `2026-11-26T08:00:${String(second).padStart(2, '0')}.000Z-0000-${device}`;

function op(field: string, newValue: string, second: number, device: string, extra: Partial<FieldOperation> = {}): FieldOperation {
  const hlc = stamp(second, device);
  return {
    id: hlc, projectId: 'p', parcelId: 'x', field, oldValue: null, newValue, author: device === DEVICE_A ? '张三' : '李四',
    device, deviceName: device === DEVICE_A ? '县局笔记本-1' : '市局台式机', hlc, origin: 'remote', baseHlc: '', ...extra,
  };
}

const permutations = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

describe('applyOperations: the three-way field merge', () => {
  it('successive edits: the later one replaces the one it was based on, whatever order they arrive in', () => {
    const first = op('landholder', '甲公司', 1, DEVICE_A);
    const second = op('landholder', '乙公司', 2, DEVICE_B, { baseHlc: first.hlc });
    for (const order of permutations([first, second])) {
      const edits = applyOperations(undefined, order, 'x', 'p');
      expect(edits.values.landholder).toBe('乙公司');
      expect(edits.conflicts).toEqual([]);
    }
  });

  it('concurrent different values on the same base are a conflict, both heads kept, the same on every replica', () => {
    const base = op('landholder', '甲公司', 1, DEVICE_A);
    const mine = op('landholder', '乙公司', 2, DEVICE_A, { baseHlc: base.hlc });
    const theirs = op('landholder', '丙公司', 3, DEVICE_B, { baseHlc: base.hlc });
    const results = permutations([base, mine, theirs]).map((order) => applyOperations(undefined, order, 'x', 'p'));
    for (const edits of results) expect(edits).toEqual(results[0]);
    expect(results[0]?.conflicts).toEqual(['landholder']);
    expect(results[0]?.heads?.landholder?.heads.map((h) => [h.value, h.author])).toEqual([['乙公司', '张三'], ['丙公司', '李四']]);
  });

  it('the same value written on both sides is no conflict', () => {
    const mine = op('park', '魏都产业集聚区', 2, DEVICE_A);
    const theirs = op('park', '魏都产业集聚区', 3, DEVICE_B);
    const edits = applyOperations(undefined, [mine, theirs], 'x', 'p');
    expect(edits.conflicts).toEqual([]);
    expect(edits.values.park).toBe('魏都产业集聚区');
  });

  it('a resolution replaces every head it names and converges, also when it arrives before the heads', () => {
    const mine = op('landholder', '乙公司', 2, DEVICE_A);
    const theirs = op('landholder', '丙公司', 3, DEVICE_B);
    const resolution = op('landholder', '乙丙联合体', 4, DEVICE_B, { baseHlc: theirs.hlc, resolves: [mine.hlc, theirs.hlc] });
    for (const order of permutations([mine, theirs, resolution])) {
      const edits = applyOperations(undefined, order, 'x', 'p');
      expect(edits.conflicts).toEqual([]);
      expect(edits.values.landholder).toBe('乙丙联合体');
      expect(edits.heads?.landholder?.heads).toHaveLength(1);
    }
  });

  it('geometry edits merge like any field: concurrent different outlines conflict', () => {
    const outline = (dx: number) => JSON.stringify({ type: 'Polygon', coordinates: [[[113.8 + dx, 34], [113.81, 34], [113.81, 34.01], [113.8 + dx, 34]]] });
    const edits = applyOperations(undefined, [op('geometry', outline(0), 2, DEVICE_A), op('geometry', outline(0.001), 3, DEVICE_B)], 'x', 'p');
    expect(edits.conflicts).toEqual(['geometry']);
    expect(edits.values.geometry).toBe(outline(0.001));
  });

  it('applying an operation twice changes nothing', () => {
    const once = applyOperations(undefined, [op('notes', 'n', 1, DEVICE_A)], 'x', 'p');
    expect(applyOperations(once, [op('notes', 'n', 1, DEVICE_A)], 'x', 'p')).toEqual(once);
  });

  it('refuses an operation for another parcel', () => {
    expect(() => applyOperations(undefined, [{ ...op('notes', 'n', 1, DEVICE_A), parcelId: 'y' }], 'x', 'p')).toThrow(/parcel y/);
  });
});
