/**
 * Hybrid logical clock (Kulkarni et al., 2014), as Actual Budget uses it for sync.
 *
 * A timestamp is physical wall time in milliseconds, a counter for events within
 * the same millisecond, and the id of the device that made it. Its text form,
 * `2026-11-26T08:15:30.123Z-0000-3f9a2b7c1d4e5f60`, sorts in causal order as a
 * plain string: ISO time (fixed width), counter (4 hex digits), device (16 hex).
 *
 * - `tick` stamps a local event: max(wall clock, last) and bumps the counter when
 *   time has not moved.
 * - `receive` merges a remote timestamp so every later local stamp sorts after it.
 * - A remote clock more than MAX_DRIFT_MS ahead of ours is refused (a device with
 *   a wrong date would otherwise win every merge for as long as its error lasts).
 */

export const MAX_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;

export interface HlcTimestamp {
  readonly millis: number;
  readonly counter: number;
  readonly device: string;
}

export class ClockDriftError extends Error {
  constructor(readonly remoteMillis: number, readonly localMillis: number) {
    super(`remote clock is ${Math.round((remoteMillis - localMillis) / 1000)} s ahead of this device`);
    this.name = 'ClockDriftError';
  }
}

/** A device id as the clock needs it: 16 lowercase hex digits. */
export function isDeviceId(text: string): boolean {
  return /^[0-9a-f]{16}$/.test(text);
}

/** Text form; sorts as the clock orders. */
export function formatHlc(stamp: HlcTimestamp): string {
  const counter = stamp.counter.toString(16).padStart(4, '0');
  return `${new Date(stamp.millis).toISOString()}-${counter}-${stamp.device}`;
}

/** Parses the text form; undefined when it is not one. */
export function parseHlc(text: string): HlcTimestamp | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/.exec(text);
  if (!match) return undefined;
  const millis = Date.parse(match[1] as string);
  if (Number.isNaN(millis)) return undefined;
  return { millis, counter: parseInt(match[2] as string, 16), device: match[3] as string };
}

/** One device's clock. `now` is injectable for tests. */
export class HybridLogicalClock {
  private last: HlcTimestamp;

  constructor(readonly device: string, private readonly now: () => number = Date.now, last?: string) {
    if (!isDeviceId(device)) throw new Error(`device id must be 16 hex digits: ${device}`);
    this.last = (last && parseHlc(last)) || { millis: 0, counter: 0, device };
  }

  /** Stamps a local event. */
  tick(): string {
    const wall = this.now();
    const millis = Math.max(wall, this.last.millis);
    const counter = millis === this.last.millis ? this.last.counter + 1 : 0;
    if (counter > MAX_COUNTER) throw new Error('clock counter overflow: more than 65535 events in one millisecond');
    this.last = { millis, counter, device: this.device };
    return formatHlc(this.last);
  }

  /** Takes in a remote stamp; later local stamps sort after it. */
  receive(remoteText: string): void {
    const remote = parseHlc(remoteText);
    if (!remote) throw new Error(`not a clock timestamp: ${remoteText}`);
    const wall = this.now();
    if (remote.millis - wall > MAX_DRIFT_MS) throw new ClockDriftError(remote.millis, wall);
    const millis = Math.max(wall, this.last.millis, remote.millis);
    let counter = 0;
    if (millis === this.last.millis && millis === remote.millis) counter = Math.max(this.last.counter, remote.counter) + 1;
    else if (millis === this.last.millis) counter = this.last.counter + 1;
    else if (millis === remote.millis) counter = remote.counter + 1;
    if (counter > MAX_COUNTER) throw new Error('clock counter overflow');
    this.last = { millis, counter, device: this.device };
  }

  /** The latest stamp issued or seen, to persist between sessions. */
  current(): string {
    return formatHlc(this.last);
  }
}
