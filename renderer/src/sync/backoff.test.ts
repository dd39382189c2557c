import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff.ts';

const options = { baseMs: 1000, maxMs: 60_000 };

describe('retry backoff', () => {
  it('doubles after each failure from the base wait', () => {
    const top = (attempt: number) => backoffDelayMs(attempt, options, () => 1);
    expect([1, 2, 3, 4, 5].map(top)).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(backoffDelayMs(7, options, () => 1)).toBe(60_000);
    expect(backoffDelayMs(500, options, () => 1)).toBe(60_000);
  });

  it('spreads the wait over the upper half so devices do not retry in step', () => {
    expect(backoffDelayMs(3, options, () => 0)).toBe(2000);
    expect(backoffDelayMs(3, options, () => 0.5)).toBe(3000);
  });
});
