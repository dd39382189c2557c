import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/encoding/sha256.ts';
import { attachmentField, serializeAttachmentMeta } from '../../../shared/photo/attachment-meta.ts';
import { loadDeviceKeys } from '../exchange/device-keys.ts';
import { buildPackage } from '../exchange/export-package.ts';
import { importPackage } from '../exchange/import-package.ts';
import { createDevice, parcelId, PROJECT, seedProject, type TestDevice } from '../exchange/test-devices.ts';
import { loadParcelEdits, parcelHistory } from '../storage/survey-store.ts';
import { FakeHub } from './fake-hub.ts';
import { SyncFailure } from './sync-failure.ts';
import { syncRound } from './sync-round.ts';
import { readOutbox, readProgress } from './sync-store.ts';

const T0 = Date.parse('2026-11-26T08:00:00Z');

async function enrolledDevices() {
  let wall = T0;
  const hub = new FakeHub();
  const county = await createDevice('张三', 'aaaaaaaaaaaaaaaa', () => wall);
  const city = await createDevice('李四', 'bbbbbbbbbbbbbbbb', () => wall + 7);
  for (const device of [county, city]) {
    await seedProject(device.db);
    hub.register(device.identity.device, (await loadDeviceKeys(device.db)).publicKeyBase64);
  }
  const sync = (device: TestDevice) => syncRound(device.db, hub.transport(), device.identity, { onRemote: (ops) => device.session.receiveRemote(ops) });
  return { hub, county, city, sync, tick: () => (wall += 1000) };
}

async function addPhoto(device: TestDevice, parcel: string, bytes: Uint8Array) {
  const sha256 = await sha256Hex(bytes);
  await device.db.attachments.add({ sha256, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), mimeType: 'image/jpeg', name: '现场.jpg', byteLength: bytes.length, addedAt: '2026-11-26T08:00:00Z' });
  const meta = serializeAttachmentMeta({ name: '现场.jpg', takenAt: null, lon: null, lat: null, directionDegrees: null, directionReference: null, sha256, byteLength: bytes.length, mimeType: 'image/jpeg' });
  await device.session.edit(parcel, [{ field: attachmentField('photo', sha256), oldValue: null, newValue: meta }]);
  return sha256;
}

describe('sync rounds through a hub', () => {
  it('two devices editing the same field offline both see one conflict after syncing; one settles it and both end identical with every value in history', async () => {
    const { hub, county, city, sync, tick } = await enrolledDevices();
    await county.session.edit(parcelId(1), [{ field: 'landholder', oldValue: '许昌第1机械有限公司', newValue: '许昌甲机械有限公司' }]);
    await city.session.edit(parcelId(1), [{ field: 'landholder', oldValue: '许昌第1机械有限公司', newValue: '许昌乙电气有限公司' }]);
    expect((await sync(county)).conflicts).toBe(0);
    const cityRound = await sync(city);
    expect(cityRound.pushed.operations).toBe(1);
    expect(cityRound.pulled.newOperations.map((op) => [op.newValue, op.origin])).toEqual([['许昌甲机械有限公司', 'remote']]);
    expect(cityRound.conflicts).toBe(1);
    expect((await sync(county)).conflicts).toBe(1);
    // Pulled edits never enter undo: undo takes back only the device's own edit.
    expect(city.session.canUndo).toBe(true);

    tick();
    const conflict = await loadParcelEdits(county.db, parcelId(1));
    const heads = conflict?.heads?.landholder?.heads.map((h) => h.hlc) ?? [];
    await county.session.resolve(parcelId(1), { field: 'landholder', oldValue: conflict?.values.landholder ?? null, newValue: '许昌甲乙联合有限公司' }, heads);
    expect((await sync(county)).conflicts).toBe(0);
    expect((await sync(city)).conflicts).toBe(0);
    for (const device of [county, city]) {
      expect((await loadParcelEdits(device.db, parcelId(1)))?.values.landholder).toBe('许昌甲乙联合有限公司');
      const values = (await parcelHistory(device.db, 'demo-xuchang', parcelId(1))).map((op) => op.newValue).sort();
      expect(values).toEqual(['许昌乙电气有限公司', '许昌甲乙联合有限公司', '许昌甲机械有限公司']);
    }
    expect(hub.operations).toHaveLength(3);
    // Nothing new: a round pushes nothing and pulls nothing.
    const quiet = await sync(city);
    expect([quiet.pushed.packages, quiet.pulled.newOperations.length]).toEqual([0, 0]);
  });

  it('a push cut off part-way resumes at the hub\'s offset with the same package on the next round, and the hub stores each edit once', async () => {
    const { hub, county, city, sync } = await enrolledDevices();
    for (let i = 0; i < 3; i++) await county.session.edit(parcelId(i), [{ field: 'notes', oldValue: null, newValue: `第${i}宗备注`.repeat(20) }]);
    hub.cutAfterBytes = 256;
    await expect(sync(county)).rejects.toMatchObject({ code: 'network' });
    const kept = await readOutbox(county.db);
    expect(kept?.sentBytes).toBe(256);
    expect(hub.operations).toHaveLength(0);

    const round = await sync(county);
    expect(round.pushed).toMatchObject({ packages: 1, operations: 3 });
    expect(hub.pushStarts).toEqual([{ packageId: kept?.packageId, offset: 0 }, { packageId: kept?.packageId, offset: 256 }]);
    expect(await readOutbox(county.db)).toBeUndefined();
    expect(hub.operations).toHaveLength(3);
    expect((await sync(city)).pulled.newOperations).toHaveLength(3);
    expect((await loadParcelEdits(city.db, parcelId(2)))?.values.notes).toBe('第2宗备注'.repeat(20));
  });

  it('a photo counts as synced only once the hub has verified it; a hub that lost it gets it again', async () => {
    const { hub, county, city, sync } = await enrolledDevices();
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    hub.loseFiles = true;
    const sha256 = await addPhoto(county, parcelId(0), photo);
    const failed = await sync(county).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(SyncFailure);
    expect(failed).toMatchObject({ code: 'attachmentUnverified' });
    expect((await readProgress(county.db)).verified).toEqual([]);

    hub.loseFiles = false;
    const round = await sync(county);
    expect(round.pushed).toMatchObject({ packages: 1, operations: 1, attachments: 1 });
    expect((await readProgress(county.db)).verified).toEqual([sha256]);
    expect(hub.operations).toHaveLength(1);

    const pulled = await sync(city);
    expect(pulled.pulled.newAttachments).toBe(1);
    expect(new Uint8Array(await (await city.db.attachments.get(sha256))!.blob.arrayBuffer())).toEqual(photo);
    expect((await readProgress(city.db)).verified).toEqual([sha256]);
    // Verified files are not sent again.
    expect((await sync(county)).pushed.packages).toBe(0);
  });

  it('edits received by file from another device are relayed to the hub; ones pulled from the hub are not pushed back', async () => {
    const { hub, county, city, sync } = await enrolledDevices();
    await city.session.edit(parcelId(2), [{ field: 'notes', oldValue: null, newValue: '市局备注' }]);
    const file = await buildPackage(city.db, PROJECT, city.identity, { kind: 'changes', recipient: '县局' });
    expect(await importPackage(county.db, file?.bytes as Uint8Array)).toMatchObject({ kind: 'imported' });
    const relayed = await sync(county);
    expect(relayed.pushed).toMatchObject({ packages: 1, operations: 1 });
    expect(hub.operations.map((op) => [op.device, op.newValue])).toEqual([['bbbbbbbbbbbbbbbb', '市局备注']]);

    const third = await createDevice('王五', 'cccccccccccccccc', () => T0);
    hub.register(third.identity.device, (await loadDeviceKeys(third.db)).publicKeyBase64);
    const first = await sync(third);
    expect([first.pushed.packages, first.pulled.newOperations.length]).toEqual([0, 1]);
    expect((await sync(third)).pushed.packages).toBe(0);
    expect((await loadParcelEdits(third.db, parcelId(2)))?.values.notes).toBe('市局备注');
    expect(hub.operations).toHaveLength(1);
  });

  it('a package the hub refuses is reported as refused and made afresh on the next round, not sent again unchanged', async () => {
    const { hub, county, sync } = await enrolledDevices();
    const stranger = await createDevice('赵六', 'dddddddddddddddd', () => T0);
    await stranger.session.edit(parcelId(0), [{ field: 'notes', oldValue: null, newValue: '未注册设备' }]);
    await expect(sync(stranger)).rejects.toMatchObject({ code: 'badPackage' });
    expect(await readOutbox(stranger.db)).toBeUndefined();
    hub.register(stranger.identity.device, (await loadDeviceKeys(stranger.db)).publicKeyBase64);
    expect((await sync(stranger)).pushed).toMatchObject({ packages: 1, operations: 1 });
    expect(new Set(hub.pushStarts.map((p) => p.packageId)).size).toBe(2);
    expect((await sync(county)).pulled.newOperations.map((op) => op.newValue)).toEqual(['未注册设备']);
  });
});
