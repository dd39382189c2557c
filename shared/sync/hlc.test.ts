import { describe, expect, it } from 'vitest';
import { ClockDriftError, formatHlc, HybridLogicalClock, MAX_DRIFT_MS, parseHlc } from './hlc.ts';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

describe('hybrid logical clock', () => {
  it('stamps increase even when the wall clock stands still or goes back', () => {
    let wall = Date.parse('2026-11-26T08:00:00.000Z');
    const clock = new HybridLogicalClock(A, () => wall);
    const first = clock.tick();
    const second = clock.tick();
    wall -= 10_000;
    const third = clock.tick();
    expect(first < second && second < third).toBe(true);
    expect(third).toBe(`2026-11-26T08:00:00.000Z-0002-${A}`);
  });

  it('orders a local event after a received remote one from a clock running ahead', () => {
    const wall = Date.parse('2026-11-26T08:00:00.000Z');
    const local = new HybridLogicalClock(A, () => wall);
    const remote = new HybridLogicalClock(B, () => wall + 60_000);
    const remoteStamp = remote.tick();
    local.receive(remoteStamp);
    expect(local.tick() > remoteStamp).toBe(true);
  });

  it('refuses a remote clock beyond the drift limit', () => {
    const wall = Date.parse('2026-11-26T08:00:00.000Z');
    const local = new HybridLogicalClock(A, () => wall);
    const stamp = formatHlc({ millis: wall + MAX_DRIFT_MS + 1, counter: 0, device: B });
    expect(() => local.receive(stamp)).toThrow(ClockDriftError);
  });

  it('round-trips its text form and rejects others', () => {
    const text = `2026-11-26T08:15:30.123Z-00ff-${B}`;
    expect(formatHlc(parseHlc(text)!)).toBe(text);
    expect(parseHlc('2026-11-26T08:15:30Z-0000-x')).toBeUndefined();
  });

  it('resumes after the last persisted stamp', () => {
    const wall = Date.parse('2026-11-26T08:00:00.000Z');
    const saved = `2026-11-26T09:00:00.000Z-0003-${A}`;
    const clock = new HybridLogicalClock(A, () => wall, saved);
    expect(clock.tick()).toBe(`2026-11-26T09:00:00.000Z-0004-${A}`);
  });
});
