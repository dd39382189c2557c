import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { recordOperations } from '../storage/survey-store.ts';
import { createDevice, parcelId, PROJECT } from '../exchange/test-devices.ts';
import { loadConflicts } from './conflict-list.ts';

describe('loadConflicts', () => {
  it('lists each conflicted field with base, both sides (mine marked) with author, device and time', async () => {
    const me = await createDevice('张三', 'aaaaaaaaaaaaaaaa', () => Date.parse('2026-11-26T08:00:00Z'));
    await me.session.edit(parcelId(1), [{ field: 'landholder', oldValue: '原公司', newValue: '甲公司' }]);
    await me.session.edit(parcelId(2), [{ field: 'notes', oldValue: null, newValue: '无冲突' }]);
    const hlc = '2026-11-26T08:05:00.000Z-0000-bbbbbbbbbbbbbbbb';
    await recordOperations(me.db, [{
      id: hlc, hlc, projectId: PROJECT.id, parcelId: parcelId(1), field: 'landholder', oldValue: '原公司', newValue: '乙公司',
      author: '李四', device: 'bbbbbbbbbbbbbbbb', deviceName: '市局台式机', origin: 'remote', baseHlc: '',
    }]);
    const conflicts = await loadConflicts(me.db, PROJECT.id, me.identity.device);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ parcelId: parcelId(1), field: 'landholder', base: '原公司', shown: '乙公司' });
    expect(conflicts[0]?.sides.map((s) => [s.value, s.author, s.deviceName, s.mine])).toEqual([
      ['甲公司', '张三', '张三的笔记本', true], ['乙公司', '李四', '市局台式机', false],
    ]);
    expect(conflicts[0]?.sides[1]?.millis).toBe(Date.parse('2026-11-26T08:05:00Z'));
  });
});
