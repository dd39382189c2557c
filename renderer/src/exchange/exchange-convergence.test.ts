import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HubError } from '../../../shared/sync/hub-client.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import { FakeHub } from '../sync/fake-hub.ts';
import { syncRound } from '../sync/sync-round.ts';
import { loadDeviceKeys } from './device-keys.ts';
import { buildPackage } from './export-package.ts';
import { rememberHandoff } from './handoff-store.ts';
import { importPackage } from './import-package.ts';
import { createDevice, parcelId, PROJECT, seedProject, type TestDevice } from './test-devices.ts';

const DEVICE_IDS = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'];
const RECIPIENTS = ['县局', '市局', '园区'];

// Few parcels, fields and values, many exchanges: concurrent edits, conflicts and resolutions happen often.
const edit = fc.record({ kind: fc.constant('edit' as const), device: fc.nat(2), parcel: fc.nat(1), field: fc.constantFrom('landholder', 'notes', 'geometry'), value: fc.constantFrom('甲', '乙', '丙') });
const resolve = fc.record({ kind: fc.constant('resolve' as const), device: fc.nat(2), pick: fc.nat(3) });
const send = fc.record({ kind: fc.constant('send' as const), from: fc.nat(2), skip: fc.nat(1), full: fc.boolean() });
// A sync round with the hub; `cutAfter` drops the connection part-way through the push (resumed next round).
const hub = fc.record({ kind: fc.constant('hub' as const), device: fc.nat(2), cutAfter: fc.option(fc.nat(2000), { freq: 3 }) });

const fileSteps = fc.oneof({ weight: 3, arbitrary: edit }, { weight: 2, arbitrary: resolve }, { weight: 3, arbitrary: send });
const mixedSteps = fc.oneof({ weight: 3, arbitrary: edit }, { weight: 2, arbitrary: resolve }, { weight: 2, arbitrary: send }, { weight: 2, arbitrary: hub });
type Step = typeof mixedSteps extends fc.Arbitrary<infer T> ? T : never;

/** Sends a package file from one device to another, as a user would: export, save, import. */
async function sendFile(from: TestDevice, to: TestDevice, full: boolean, recipient: string): Promise<void> {
  const built = await buildPackage(from.db, PROJECT, from.identity, full ? { kind: 'full' } : { kind: 'changes', recipient });
  if (!built) return;
  await rememberHandoff(from.db, PROJECT.id, recipient, built.operations, new Date().toISOString());
  const outcome = await importPackage(to.db, built.bytes);
  if (outcome.kind !== 'imported') throw new Error(`refused: ${outcome.problem.code} ${outcome.problem.detail}`);
  await to.session.receiveRemote(outcome.newOperations);
}

/** One sync round with the hub, as the background engine runs it; a dropped connection is left for the next round. */
async function syncWithHub(device: TestDevice, fakeHub: FakeHub, cutAfter: number | null = null): Promise<void> {
  fakeHub.cutAfterBytes = cutAfter ?? undefined;
  try {
    await syncRound(device.db, fakeHub.transport(), device.identity, { onRemote: (ops) => device.session.receiveRemote(ops) });
  } catch (error) {
    if (!(error instanceof HubError && error.code === 'network')) throw error;
  } finally {
    fakeHub.cutAfterBytes = undefined;
  }
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

/** Everyone ends with everything: by files through the first device, or by two hub rounds each. */
async function spreadAll(devices: readonly TestDevice[], fakeHub: FakeHub, byHub: boolean, label: string): Promise<void> {
  const [first, ...others] = devices as [TestDevice, ...TestDevice[]];
  if (byHub) {
    for (let pass = 0; pass < 2; pass++) for (const device of devices) await syncWithHub(device, fakeHub);
    return;
  }
  for (const other of others) await sendFile(other, first, true, label);
  for (const other of others) await sendFile(first, other, true, `${label}-back`);
}

/**
 * Runs random steps on three devices, then brings every replica together, has
 * a reviewer settle every conflict and brings them together again. Checks all
 * replicas are identical each time, no conflict is left, and every operation
 * ever written is stored on every device (so every value is in history).
 */
async function runScenario(steps: readonly Step[], drift: readonly number[], finalByHub: readonly [boolean, boolean]): Promise<void> {
  let wall = Date.parse('2026-11-26T08:00:00Z');
  const fakeHub = new FakeHub();
  const devices: TestDevice[] = [];
  for (const [i, id] of DEVICE_IDS.entries()) {
    const device = await createDevice(`调查员${i}`, id, () => wall + (drift[i] ?? 0));
    fakeHub.register(id, (await loadDeviceKeys(device.db)).publicKeyBase64);
    devices.push(device);
  }
  const [first, ...others] = devices as [TestDevice, ...TestDevice[]];
  await seedProject(first.db, 2);
  for (const other of others) await sendFile(first, other, true, 'base');
  const written: FieldOperation[] = [];
  for (const s of steps) {
    wall += 1000;
    const device = devices[s.kind === 'send' ? s.from : s.device] as TestDevice;
    if (s.kind === 'edit') {
      const current = (await device.db.parcelEdits.get(parcelId(s.parcel)))?.values[s.field] ?? null;
      written.push(...await device.session.edit(parcelId(s.parcel), [{ field: s.field, oldValue: current, newValue: s.value }]));
    } else if (s.kind === 'resolve') written.push(...await resolveFirst(device, s.pick));
    else if (s.kind === 'hub') await syncWithHub(device, fakeHub, s.cutAfter);
    else {
      const to = (s.from + 1 + s.skip) % 3;
      await sendFile(device, devices[to] as TestDevice, s.full, RECIPIENTS[to] as string);
    }
  }
  await spreadAll(devices, fakeHub, finalByHub[0], 'final');
  const views = async () => Promise.all(devices.map(async (d) => JSON.stringify(await d.db.parcelEdits.orderBy('parcelId').toArray())));
  expect(new Set(await views()).size).toBe(1);

  // A reviewer on the last device settles every conflict; after one more exchange nobody has any left.
  const reviewer = devices[2] as TestDevice;
  for (let settled = await resolveFirst(reviewer, 0); settled.length > 0; settled = await resolveFirst(reviewer, 1)) written.push(...settled);
  if (finalByHub[1]) await spreadAll(devices, fakeHub, true, 'review');
  else {
    await sendFile(reviewer, first, false, 'review');
    for (const other of others) await sendFile(first, other, false, 'review-back');
  }
  const settled = await views();
  expect(new Set(settled).size).toBe(1);
  expect(settled[0]).not.toMatch(/"conflicts":\["/);
  for (const device of devices) {
    const ids = new Set(await device.db.operations.toCollection().primaryKeys());
    expect(written.filter((op) => !ids.has(op.id))).toEqual([]);
    expect(ids.size).toBe(written.length);
  }
}

const drifts = fc.array(fc.nat(40), { minLength: 3, maxLength: 3 });

describe('convergence by package files and by hub', () => {
  it('three devices, random edits and resolutions, packages exchanged in random order: all replicas end identical, nothing lost', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fileSteps, { minLength: 8, maxLength: 30 }), drifts,
      async (steps, drift) => runScenario(steps, drift, [false, false])), { numRuns: 40 });
  }, 120_000);

  it('the same with hub sync rounds (some cut off part-way) mixed with package files, ending by hub or by files: identical, nothing lost', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mixedSteps, { minLength: 8, maxLength: 30 }), drifts, fc.tuple(fc.boolean(), fc.boolean()),
      async (steps, drift, finalByHub) => runScenario(steps, drift, finalByHub)), { numRuns: 40 });
  }, 180_000);
});
