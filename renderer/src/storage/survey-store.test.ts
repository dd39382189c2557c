import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import { EditSession } from '../survey/edit-session.ts';
import { ParcelDeskDatabase } from './database.ts';
import { loadParcelEdits, parcelHistory, recordOperations } from './survey-store.ts';

const mineId = { author: '张三', deviceName: '县局笔记本-1', device: 'aaaaaaaaaaaaaaaa' };
let count = 0;
const createDb = () => new ParcelDeskDatabase(`survey-store-${process.pid}-${count++}`);

/** An operation from another device, as a package brings it. */
function remote(field: string, newValue: string, baseHlc: string, second = 30): FieldOperation {
  const hlc = `2026-11-26T08:00:${second}.000Z-0000-bbbbbbbbbbbbbbbb`;
  return {
    id: hlc, projectId: 'p', parcelId: 'p:1', field, oldValue: null, newValue, author: '李四', device: 'bbbbbbbbbbbbbbbb',
    deviceName: '市局台式机', hlc, origin: 'remote', baseHlc,
  };
}

describe('recordOperations with the field merge', () => {
  it('keeps a concurrent remote value beside the local one as a conflict; a local edit typed over it settles it', async () => {
    const db = createDb();
    const session = await EditSession.open(db, 'p', mineId, () => Date.parse('2026-11-26T08:00:00Z'));
    const [mine] = await session.edit('p:1', [{ field: 'landholder', oldValue: '甲', newValue: '乙' }]);
    expect(mine?.baseHlc).toBe('');
    await recordOperations(db, [remote('landholder', '丙', '')]);
    const conflicted = await loadParcelEdits(db, 'p:1');
    expect(conflicted?.conflicts).toEqual(['landholder']);
    expect(conflicted?.heads?.landholder?.heads.map((h) => h.value)).toEqual(['乙', '丙']);
    const [typed] = await session.edit('p:1', [{ field: 'landholder', oldValue: '丙', newValue: '乙丙' }]);
    expect(typed?.resolves).toEqual([mine?.hlc, remote('landholder', '丙', '').hlc]);
    expect((await loadParcelEdits(db, 'p:1'))?.conflicts).toEqual([]);
    expect((await parcelHistory(db, 'p', 'p:1')).map((op) => op.newValue).sort()).toEqual(['丙', '乙', '乙丙']);
  });

  it('storing the same remote operations again changes nothing', async () => {
    const db = createDb();
    const ops = [remote('notes', 'a', '', 10), remote('notes', 'b', remote('notes', 'a', '', 10).hlc, 11)];
    expect(await recordOperations(db, ops)).toHaveLength(2);
    const before = await loadParcelEdits(db, 'p:1');
    expect(await recordOperations(db, [...ops].reverse())).toEqual([]);
    expect(await loadParcelEdits(db, 'p:1')).toEqual(before);
    expect(before?.values.notes).toBe('b');
  });

  it('remote operations never enter undo: undo takes back only the local edit', async () => {
    const db = createDb();
    const session = await EditSession.open(db, 'p', mineId, () => Date.parse('2026-11-26T08:00:00Z'));
    await session.edit('p:1', [{ field: 'notes', oldValue: null, newValue: '本地' }]);
    const fresh = await recordOperations(db, [remote('floorAreaSquareMeters', '900', '')]);
    await session.receiveRemote(fresh);
    await session.undo();
    const edits = await loadParcelEdits(db, 'p:1');
    expect(edits?.values).toMatchObject({ notes: null, floorAreaSquareMeters: '900' });
    expect(session.canUndo).toBe(false);
  });

  it('edits stored before heads were kept are rebuilt from the operations', async () => {
    const db = createDb();
    const old = { ...remote('notes', 'a', '', 10), origin: 'local' as const };
    await db.operations.add(old);
    await db.parcelEdits.put({ parcelId: 'p:1', projectId: 'p', values: { notes: 'a' }, clocks: { notes: old.hlc }, updatedHlc: old.hlc });
    await recordOperations(db, [remote('notes', 'b', old.hlc, 11)]);
    const edits = await loadParcelEdits(db, 'p:1');
    expect(edits?.values.notes).toBe('b');
    expect(edits?.conflicts).toEqual([]);
  });

  it('stores a large batch over many new parcels in one transaction (a package or the demo survey)', async () => {
    const db = createDb();
    const ops = Array.from({ length: 3000 }, (_, i): FieldOperation => {
      const hlc = `2026-11-26T08:00:00.000Z-${(i % 4).toString(16).padStart(4, '0')}-${String(Math.floor(i / 4)).padStart(16, '0')}`;
      return { ...remote('industry', `行业${i}`, ''), id: hlc, hlc, parcelId: `p:${Math.floor(i / 2)}`, field: i % 2 ? 'industry' : 'notes' };
    });
    expect(await recordOperations(db, ops)).toHaveLength(3000);
    expect(await db.parcelEdits.count()).toBe(1500);
    expect((await loadParcelEdits(db, 'p:1499'))?.values.industry).toBe('行业2999');
  });
});
