import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { loadParcelEdits, parcelHistory } from '../storage/survey-store.ts';
import { EditSession } from './edit-session.ts';

const identity = { author: '张三', deviceName: '县局笔记本-1', device: '0123456789abcdef' };
let dbCount = 0;
const createDb = () => new ParcelDeskDatabase(`edit-session-${dbCount++}`);

describe('EditSession', () => {
  it('stores each edit with author, device and clock, and shows it in history', async () => {
    const db = createDb();
    const session = await EditSession.open(db, 'p', identity);
    await session.edit('p:1', [{ field: 'landholder', oldValue: '甲', newValue: '乙' }]);
    const [op] = await parcelHistory(db, 'p', 'p:1');
    expect(op).toMatchObject({ field: 'landholder', oldValue: '甲', newValue: '乙', author: '张三', deviceName: '县局笔记本-1', device: identity.device, origin: 'local' });
    expect(op?.hlc).toMatch(/-0123456789abcdef$/);
    expect((await loadParcelEdits(db, 'p:1'))?.values).toEqual({ landholder: '乙' });
  });

  it('undoes and redoes through new operations, keeping every value in history', async () => {
    const db = createDb();
    const session = await EditSession.open(db, 'p', identity);
    await session.edit('p:1', [{ field: 'notes', oldValue: null, newValue: 'a' }]);
    await session.edit('p:1', [{ field: 'notes', oldValue: 'a', newValue: 'b' }]);
    await session.undo();
    expect((await loadParcelEdits(db, 'p:1'))?.values.notes).toBe('a');
    await session.redo();
    expect((await loadParcelEdits(db, 'p:1'))?.values.notes).toBe('b');
    const history = await parcelHistory(db, 'p', 'p:1');
    expect(history.map((op) => op.newValue)).toEqual(['b', 'a', 'b', 'a']);
    expect(history[1]?.undoOf).toBe(history[2]?.id);
    // Each edit records the clock of the value it replaced: a chain, oldest from the source value ('').
    expect(history.map((op) => op.baseHlc)).toEqual([history[1]?.hlc, history[2]?.hlc, history[3]?.hlc, '']);
    expect(session.canRedo).toBe(false);
  });

  it('continues the clock after a restart so later edits win', async () => {
    const db = createDb();
    let wall = Date.parse('2026-11-26T08:00:00Z');
    const first = await EditSession.open(db, 'p', identity, () => wall);
    await first.edit('p:1', [{ field: 'notes', oldValue: null, newValue: 'before' }]);
    wall -= 3_600_000; // the laptop's clock was set back an hour
    const second = await EditSession.open(db, 'p', identity, () => wall);
    await second.edit('p:1', [{ field: 'notes', oldValue: 'before', newValue: 'after' }]);
    expect((await loadParcelEdits(db, 'p:1'))?.values.notes).toBe('after');
    expect(second.canUndo).toBe(true);
  });
});
