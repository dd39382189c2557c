import { describe, expect, it } from 'vitest';
import { placePointInParts, placePointInRing } from './point-in-polygon.ts';

/** A closed ring from [lon, lat] corners. */
const ring = (...corners: [number, number][]) => new Float64Array([...corners, corners[0] as [number, number]].flat());
const square = (west: number, south: number, size: number) =>
  ring([west, south], [west + size, south], [west + size, south + size], [west, south + size]);

describe('placePointInRing', () => {
  const unit = square(113.8, 34.0, 0.01);

  it('tells inside, outside and edge apart', () => {
    expect(placePointInRing(113.805, 34.005, unit)).toBe('inside');
    expect(placePointInRing(113.815, 34.005, unit)).toBe('outside');
    expect(placePointInRing(113.805, 34.0, unit)).toBe('boundary');
    expect(placePointInRing(113.81, 34.01, unit)).toBe('boundary'); // a corner
  });

  it('is not fooled by a ray through a vertex of a concave ring', () => {
    // A "V" notch from the top: the horizontal ray at the notch tip's latitude passes through that vertex.
    const notched = ring([0, 0], [4, 0], [4, 4], [2, 2], [0, 4]);
    expect(placePointInRing(1, 2, notched)).toBe('inside');
    expect(placePointInRing(3, 2, notched)).toBe('inside');
    expect(placePointInRing(2, 3, notched)).toBe('outside');
    expect(placePointInRing(5, 2, notched)).toBe('outside');
  });

  it('accepts open rings (last point not repeated)', () => {
    const open = new Float64Array([0, 0, 2, 0, 2, 2, 0, 2]);
    expect(placePointInRing(1, 1, open)).toBe('inside');
    expect(placePointInRing(0, 1, open)).toBe('boundary'); // on the implicit closing edge
  });

  it('counts a point a hair off the edge as outside', () => {
    expect(placePointInRing(113.805, 34.0 - 1e-7, unit)).toBe('outside');
  });
});

describe('placePointInParts', () => {
  const withHole = [[square(0, 0, 10), square(4, 4, 2)]];

  it('puts a point inside a hole outside the polygon, and on the hole edge on the boundary', () => {
    expect(placePointInParts(1, 1, withHole)).toBe('inside');
    expect(placePointInParts(5, 5, withHole)).toBe('outside');
    expect(placePointInParts(4, 5, withHole)).toBe('boundary');
  });

  it('finds a point in any part of a multipolygon, including an island inside another part\'s hole', () => {
    const island = [square(4.5, 4.5, 1)];
    const multi = [...withHole, [square(20, 20, 1)], island];
    expect(placePointInParts(20.5, 20.5, multi)).toBe('inside');
    expect(placePointInParts(5, 5, multi)).toBe('inside');
    expect(placePointInParts(4.2, 4.2, multi)).toBe('outside');
    expect(placePointInParts(15, 15, multi)).toBe('outside');
  });

  it('has nothing inside an empty geometry', () => {
    expect(placePointInParts(0, 0, [])).toBe('outside');
  });
});
