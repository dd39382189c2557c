import { afterEach, describe, expect, it, vi } from 'vitest';
import { markParcelsDrawn, markParcelsPending, whenParcelsDrawn } from './parcels-drawn.ts';

describe('waiting for the map to draw the parcels', () => {
  afterEach(() => {
    vi.useRealTimers();
    markParcelsPending();
  });

  it('waits until the map says the parcels are drawn', async () => {
    vi.useFakeTimers();
    markParcelsPending();
    let done = false;
    void whenParcelsDrawn(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(false);
    markParcelsDrawn();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    // Drawn already: no wait at all.
    await expect(whenParcelsDrawn()).resolves.toBeUndefined();
  });

  it('gives up waiting after the limit, so nothing hangs without a map', async () => {
    vi.useFakeTimers();
    markParcelsPending();
    let done = false;
    void whenParcelsDrawn(3000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
