import { describe, expect, it } from 'vitest';
import { checkPolygonRings } from './geometry-check.ts';

const ring = (...xy: number[]) => Float64Array.from(xy);
// Clockwise square (x east, y north), closed: a valid shapefile outer ring.
const SQUARE = ring(0, 0, 0, 1, 1, 1, 1, 0, 0, 0);

describe('polygon ring checks', () => {
  it('passes a closed clockwise ring untouched, without copying it', () => {
    const check = checkPolygonRings([SQUARE]);
    expect(check.issues).toEqual([]);
    expect(check.repaired[0]).toBe(SQUARE);
  });

  it.each([
    ['unclosed-ring', [ring(0, 0, 0, 1, 1, 1, 1, 0)]],
    ['invalid-coordinate', [ring(0, 0, 0, 1, NaN, 5, 1, 1, 1, 0, 0, 0)]],
    ['out-of-range', [ring(0, 0, 0, 95, 1, 95, 1, 0, 0, 0)]],
    ['too-few-points', [ring(0, 0, 1, 1, 0, 0)]],
    ['wrong-winding', [ring(0, 0, 1, 0, 1, 1, 0, 1, 0, 0)]],
    ['self-intersection', [ring(0, 0, 1, 1, 1, 0, 0, 1, 0, 0)]],
  ])('reports %s', (code, rings) => {
    expect(checkPolygonRings(rings).issues).toContain(code);
  });

  it('repairs what can be repaired: closes rings and drops invalid vertices', () => {
    const check = checkPolygonRings([ring(0, 0, 0, 1, NaN, NaN, 1, 1, 1, 0)]);
    expect([...(check.repaired[0] ?? [])]).toEqual([0, 0, 0, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('repairs one ring of several, passing the others on as they are', () => {
    const hole = ring(0.2, 0.2, 0.4, 0.2, 0.4, 0.4, 0.2, 0.4);
    const check = checkPolygonRings([SQUARE, ring(0, 0, 1, 1, 0, 0), hole]);
    expect(check.issues).toEqual(['too-few-points', 'unclosed-ring']);
    expect(check.repaired).toHaveLength(2);
    expect(check.repaired[0]).toBe(SQUARE);
    expect([...(check.repaired[1] ?? [])]).toEqual([...hole, 0.2, 0.2]);
  });

  it('reports nothing for a valid ring checked after an invalid one', () => {
    checkPolygonRings([ring(0, 0, 0, 1, 1, 1, 1, 0)]);
    expect(checkPolygonRings([SQUARE]).issues).toEqual([]);
  });

  it('does not mistake repeated vertices for touching edges', () => {
    expect(checkPolygonRings([ring(0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0)]).issues).toEqual([]);
  });

  it('reports a feature without rings as null geometry', () => {
    expect(checkPolygonRings([]).issues).toEqual(['null-geometry']);
  });
});
