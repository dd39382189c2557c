import { describe, expect, it } from 'vitest';
import { HubError } from '../../../shared/sync/hub-client.ts';
import { SyncEngine, type SyncRound, type Timers } from './sync-engine.ts';
import type { SyncStatus } from './sync-status.ts';

/** A clock and timers the test moves by hand. */
function createFakeTime(start = 1_000_000) {
  let now = start;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
  };
  /** Moves time forward, running due timers in order and letting their promises settle. */
  const advance = async (ms: number) => {
    const until = now + ms;
    for (let i = 0; i < 20; i++) await Promise.resolve();
    for (;;) {
      const due = [...pending].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
      for (let i = 0; i < 20; i++) await Promise.resolve();
    }
    now = until;
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  return { timers, now: () => now, advance, nextAt: () => Math.min(...[...pending.values()].map((t) => t.at)) };
}

/** A round whose outcome each call takes from `outcomes` (an error to throw, or conflicts left). */
function scriptedRound(outcomes: (Error | number)[]) {
  const calls: number[] = [];
  const round: SyncRound = async () => {
    calls.push(calls.length);
    const outcome = outcomes.shift() ?? 0;
    if (outcome instanceof Error) throw outcome;
    return { conflicts: outcome };
  };
  return { round, calls };
}

function createEngine(outcomes: (Error | number)[], online = { value: true }) {
  const time = createFakeTime();
  const { round, calls } = scriptedRound(outcomes);
  const engine = new SyncEngine({
    round, isOnline: () => online.value, intervalMs: 60_000, backoff: { baseMs: 1000, maxMs: 8000 },
    timers: time.timers, now: time.now, random: () => 1,
  });
  const seen: SyncStatus['kind'][] = [];
  engine.subscribe((s) => seen.push(s.kind));
  return { engine, time, calls, seen, online };
}

const unreachable = () => new HubError(0, 'network', 'connect ECONNREFUSED 127.0.0.1:8787');

describe('sync engine', () => {
  it('syncs at start, then on the interval, and shows syncing → up to date', async () => {
    const { engine, time, calls, seen } = createEngine([0, 0]);
    engine.start();
    await time.advance(0);
    expect(calls).toHaveLength(1);
    expect(seen).toEqual(['syncing', 'upToDate']);
    await time.advance(59_000);
    expect(calls).toHaveLength(1);
    await time.advance(1_000);
    expect(calls).toHaveLength(2);
  });

  it('shows the number of conflicts left after a round', async () => {
    const { engine, time } = createEngine([2]);
    engine.start();
    await time.advance(0);
    expect(engine.status).toMatchObject({ kind: 'conflicts', count: 2 });
  });

  it('retries a failed round with doubling waits up to the cap, showing the reason, and calms down after a success', async () => {
    const { engine, time, calls } = createEngine([unreachable(), unreachable(), unreachable(), unreachable(), unreachable(), 0]);
    engine.start();
    await time.advance(0);
    expect(engine.status).toMatchObject({ kind: 'error', code: 'unreachable', attempt: 1, retryAt: time.now() + 1000 });
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = time.now();
      await time.advance(time.nextAt() - before);
      waits.push(time.now() - before);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(calls).toHaveLength(6);
    expect(engine.status.kind).toBe('upToDate');
    expect(time.nextAt() - time.now()).toBe(60_000);
  });

  it('a refused token is an error with its own reason', async () => {
    const { engine, time } = createEngine([new HubError(401, 'unauthorized', 'unknown or revoked token')]);
    engine.start();
    await time.advance(0);
    expect(engine.status).toMatchObject({ kind: 'error', code: 'unauthorized', detail: 'unknown or revoked token' });
  });

  it('a local edit asks for a round soon, but never cuts a backoff short', async () => {
    const { engine, time, calls } = createEngine([0, unreachable(), 0]);
    engine.start();
    await time.advance(0);
    engine.requestSync(2000);
    await time.advance(2000);
    expect(calls).toHaveLength(2);
    expect(engine.status.kind).toBe('error');
    engine.requestSync(0);
    await time.advance(500);
    expect(calls).toHaveLength(2);
    await time.advance(500);
    expect(calls).toHaveLength(3);
  });

  it('offline: shows offline and runs nothing; back online it syncs at once, backoff forgotten', async () => {
    const online = { value: false };
    const { engine, time, calls, seen } = createEngine([unreachable(), 0], online);
    engine.start();
    await time.advance(600_000);
    expect(calls).toHaveLength(0);
    expect(engine.status.kind).toBe('offline');
    online.value = true;
    engine.setOnline(true);
    await time.advance(0);
    expect(engine.status.kind).toBe('error');
    engine.setOnline(true);
    await time.advance(0);
    expect(calls).toHaveLength(2);
    expect(seen).toEqual(['offline', 'syncing', 'error', 'syncing', 'upToDate']);
  });

  it('a round failing because the network dropped mid-way shows offline, not an error', async () => {
    const online = { value: true };
    const time = createFakeTime();
    const engine = new SyncEngine({
      round: async () => {
        online.value = false;
        throw unreachable();
      },
      isOnline: () => online.value, timers: time.timers, now: time.now,
    });
    engine.start();
    await time.advance(0);
    expect(engine.status.kind).toBe('offline');
    await time.advance(3_600_000);
    expect(engine.status.kind).toBe('offline');
  });

  it('an edit during a round brings another round right after it; stop ends the schedule', async () => {
    const time = createFakeTime();
    let release: () => void = () => {};
    const calls: number[] = [];
    const engine = new SyncEngine({
      round: () => new Promise((resolve) => {
        calls.push(time.now());
        release = () => resolve({ conflicts: 0 });
      }),
      isOnline: () => true, timers: time.timers, now: time.now,
    });
    engine.start();
    await time.advance(0);
    engine.requestSync();
    release();
    await time.advance(0);
    expect(calls).toHaveLength(2);
    release();
    engine.stop();
    await time.advance(600_000);
    expect(calls).toHaveLength(2);
  });
});
