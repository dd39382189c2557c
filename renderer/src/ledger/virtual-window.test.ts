import { describe, expect, it } from 'vitest';
import { rangeIds, scrollTopToReveal, visibleRange } from './virtual-window.ts';

describe('virtual window', () => {
  it('renders the visible rows plus overscan', () => {
    expect(visibleRange(0, 280, 28, 100_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(2800, 280, 28, 100_000, 5)).toEqual({ start: 95, end: 115 });
  });

  it('stops at the last row when scrolled to the bottom', () => {
    const count = 100_000;
    const bottom = count * 28 - 280;
    expect(visibleRange(bottom, 280, 28, count, 5)).toEqual({ start: count - 15, end: count });
  });

  it('renders nothing for no rows and copes with a negative scrollTop (elastic scrolling)', () => {
    expect(visibleRange(0, 280, 28, 0, 5)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(-40, 280, 28, 50, 5)).toEqual({ start: 0, end: 15 });
  });

  it('scrolls up or down just enough to show a row, or not at all when it shows', () => {
    expect(scrollTopToReveal(10, 560, 280, 28)).toBe(280);
    expect(scrollTopToReveal(50, 560, 280, 28)).toBe(50 * 28 + 28 - 280);
    expect(scrollTopToReveal(25, 560, 280, 28)).toBeUndefined();
  });

  it('lists the ids of a range in display order either way round', () => {
    const order = [4, 2, 0, 1, 3];
    const id = (row: number) => `p${row}`;
    expect(rangeIds(order, 1, 3, id)).toEqual(['p2', 'p0', 'p1']);
    expect(rangeIds(order, 3, 1, id)).toEqual(['p2', 'p0', 'p1']);
  });
});
