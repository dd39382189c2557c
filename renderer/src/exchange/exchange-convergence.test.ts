import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import { buildPackage } from './export-package.ts';
import { rememberHandoff } from './handoff-store.ts';
import { importPackage } from './import-package.ts';
import { createDevice, parcelId, PROJECT, seedProject, type TestDevice } from './test-devices.ts';

const DEVICE_IDS = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
const RECIPIENTS = ['县局', '市局', '园区'];

// Few parcels, fields and values, many exchanges: concurrent edits, conflicts and resolutions happen often.
const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), device: fc.nat(2), parcel: fc.nat(1), field: fc.constantFrom('landholder', 'notes', 'geometry'), value: fc.constantFrom('甲', '乙', '丙') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('resolve' as const), device: fc.nat(2), pick: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('send' as const), from: fc.nat(2), skip: fc.nat(1), full: fc.boolean() }) },
);

/** Sends a package file from one device to another, as a user would: export, save, import. */
async function send(from: TestDevice, to: TestDevice, full: boolean, recipient: string): Promise<void> {
  const built = await buildPackage(from.db, PROJECT, from.identity, full ? { kind: 'full' } : { kind: 'changes', recipient });
  if (!built) return;
  await rememberHandoff(from.db, PROJECT.id, recipient, built.operations, new Date().toISOString());
  const outcome = await importPackage(to.db, built.bytes);
  if (outcome.kind !== 'imported') throw new Error(`refused: ${outcome.problem.code} ${outcome.problem.detail}`);
  await to.session.receiveRemote(outcome.newOperations);
}

/** Settles the first conflict the device knows of: one of the heads, or a new value. */
async function resolveFirst(device: TestDevice, pick: number): Promise<FieldOperation[]> {
  const conflicted = (await device.db.parcelEdits.toArray()).find((e) => (e.conflicts?.length ?? 0) > 0);
  const field = conflicted?.conflicts?.[0];
  if (!conflicted || !field) return [];
  const heads = conflicted.heads?.[field]?.heads ?? [];
  const value = pick < heads.length ? (heads[pick]?.value ?? null) : '合并值';
  return device.session.resolve(conflicted.parcelId, { field, oldValue: conflicted.values[field] ?? null, newValue: value }, heads.map((h) => h.hlc));
}

describe('convergence by package files', () => {
  it('three devices, random edits and resolutions, packages exchanged in random order: all replicas end identical, nothing lost', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 8, maxLength: 30 }), fc.array(fc.nat(40), { minLength: 3, maxLength: 3 }), async (steps, drift) => {
      let wall = Date.parse('2026-11-26T08:00:00Z');
      const devices: TestDevice[] = [];
      for (const [i, id] of DEVICE_IDS.entries()) devices.push(await createDevice(`调查员${i}`, id, () => wall + (drift[i] ?? 0)));
      const [first, ...others] = devices as [TestDevice, ...TestDevice[]];
      await seedProject(first.db, 2);
      for (const other of others) await send(first, other, true, 'base');
      const written: FieldOperation[] = [];
      for (const s of steps) {
        wall += 1000;
        const device = devices[s.kind === 'send' ? s.from : s.device] as TestDevice;
        if (s.kind === 'edit') {
          const current = (await device.db.parcelEdits.get(parcelId(s.parcel)))?.values[s.field] ?? null;
          written.push(...await device.session.edit(parcelId(s.parcel), [{ field: s.field, oldValue: current, newValue: s.value }]));
        } else if (s.kind === 'resolve') written.push(...await resolveFirst(device, s.pick));
        else {
          const to = (s.from + 1 + s.skip) % 3;
          await send(device, devices[to] as TestDevice, s.full, RECIPIENTS[to] as string);
        }
      }
      // Everyone hands everything to the first device, which hands it all back.
      for (const other of others) await send(other, first, true, 'final');
      for (const other of others) await send(first, other, true, 'final');

      const views = async () => Promise.all(devices.map(async (d) => JSON.stringify(await d.db.parcelEdits.orderBy('parcelId').toArray())));
      expect(new Set(await views()).size).toBe(1);

      // A reviewer on the last device settles every conflict; after one more round nobody has any left.
      const reviewer = devices[2] as TestDevice;
      for (let settled = await resolveFirst(reviewer, 0); settled.length > 0; settled = await resolveFirst(reviewer, 1)) written.push(...settled);
      await send(reviewer, first, false, 'review');
      for (const other of others) await send(first, other, false, 'review-back');
      const settled = await views();
      expect(new Set(settled).size).toBe(1);
      expect(settled[0]).not.toMatch(/"conflicts":\["/);
      for (const device of devices) {
        const ids = new Set(await device.db.operations.toCollection().primaryKeys());
        expect(written.filter((op) => !ids.has(op.id))).toEqual([]);
        expect(ids.size).toBe(written.length);
      }
    }), { numRuns: 40 });
  }, 120_000);
});
