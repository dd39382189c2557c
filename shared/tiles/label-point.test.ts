import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-point.ts';

function inside(ring: number[], [x, y]: [number, number]): boolean {
  let odd = false;
  for (let i = 0, j = ring.length / 2 - 1; i < ring.length / 2; j = i++) {
    const xi = ring[i * 2] as number, yi = ring[i * 2 + 1] as number, xj = ring[j * 2] as number, yj = ring[j * 2 + 1] as number;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

describe('label point', () => {
  it('is the centroid of a convex parcel', () => {
    expect(labelPoint([0, 0, 4, 0, 4, 2, 0, 2, 0, 0])).toEqual([2, 1]);
  });

  it('falls inside a U-shaped parcel whose centroid is outside it', () => {
    // A U open to the top: the centroid lies in the notch.
    const ring = [0, 0, 10, 0, 10, 10, 8, 10, 8, 2, 2, 2, 2, 10, 0, 10, 0, 0];
    const point = labelPoint(ring);
    expect(inside(ring, point)).toBe(true);
  });

  it('keeps its precision far from the origin, as for a parcel of a few metres in world units', () => {
    const [x, y] = labelPoint([0.81625, 0.40125, 0.81626, 0.40125, 0.81626, 0.40126, 0.81625, 0.40126, 0.81625, 0.40125]);
    expect(x).toBeCloseTo(0.816255, 12);
    expect(y).toBeCloseTo(0.401255, 12);
  });

  it('does not mind the winding', () => {
    const ring = [0, 0, 0, 2, 4, 2, 4, 0];
    expect(labelPoint(ring)).toEqual([2, 1]);
  });
});
