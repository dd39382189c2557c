import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { deleteIncrement, loadIncrements, loadListYear, saveIncrement, saveListYear, type PlannedIncrement } from './available-land-store.ts';

let count = 0;
const createDb = () => new ParcelDeskDatabase(`land-list-store-${process.pid}-${count++}`);
const increment = (id: string, parcelCode: string): PlannedIncrement => ({ id, parcelCode, source: 'plannedIncrement', park: '魏都产业集聚区', areaSquareMeters: 20000 });

describe('planned increments and the list year, per project', () => {
  it('adds, replaces by id and deletes increments, each project on its own', async () => {
    const db = createDb();
    await saveIncrement(db, 'p', increment('1', 'Z-01'));
    await saveIncrement(db, 'p', increment('2', 'Z-02'));
    await saveIncrement(db, 'q', increment('9', 'Q-01'));
    await saveIncrement(db, 'p', { ...increment('1', 'Z-01'), landCostWanYuan: 4500 });
    expect((await loadIncrements(db, 'p')).map((i) => [i.parcelCode, i.landCostWanYuan])).toEqual([['Z-01', 4500], ['Z-02', undefined]]);
    expect(await deleteIncrement(db, 'p', '1')).toEqual([increment('2', 'Z-02')]);
    expect((await loadIncrements(db, 'q')).map((i) => i.parcelCode)).toEqual(['Q-01']);
  });

  it('remembers the year chosen for a project, the current year otherwise', async () => {
    const db = createDb();
    expect(await loadListYear(db, 'p', 2026)).toBe(2026);
    await saveListYear(db, 'p', 2025);
    expect(await loadListYear(db, 'p', 2026)).toBe(2025);
    expect(await loadListYear(db, 'q', 2026)).toBe(2026);
  });
});
