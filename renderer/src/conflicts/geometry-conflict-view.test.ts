import geodesicModule from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { ConflictSide } from './conflict-list.ts';
import { geometryConflictView, geometryPolygons, OUTLINE_SIZE } from './geometry-conflict-view.ts';

const geodesic = new geodesicModule.Geodesic.Geodesic(6378137, 1 / 298.257222101);

/** GeographicLib's geodesic polygon area of one ring on CGCS2000, m² (the reference). */
function referenceArea(ring: readonly (readonly number[])[]): number {
  const polygon = geodesic.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat as number, lon as number);
  return Math.abs(polygon.Compute(false, true).area ?? NaN);
}

/** A closed lon/lat rectangle ring near Xuchang, `dLon` × `dLat` degrees from (lon, lat). */
const box = (lon: number, lat: number, dLon: number, dLat: number) => [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat], [lon, lat]];

const side = (value: string | null, mine: boolean, hlc: string): ConflictSide => ({ hlc, value, author: mine ? '张三' : '李四', deviceName: mine ? '县局笔记本' : '市局台式机', millis: 0, mine });

/** Every x and y of an SVG path made of M/L/Z commands. */
function pathPoints(d: string | null): [number, number][] {
  const numbers = (d ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  return Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i] as number, numbers[2 * i + 1] as number]);
}

const baseRing = box(113.85, 34.03, 0.001, 0.001);
const mineRing = box(113.85, 34.03, 0.0015, 0.001);
const outerRing = box(113.8495, 34.0295, 0.002, 0.002);
const holeRing = box(113.85, 34.03, 0.0005, 0.0005);

describe('geometryConflictView', () => {
  it('gives base, mine and theirs their ellipsoidal areas in m² and 亩 (holes subtracted) and each side its change against the base', () => {
    const view = geometryConflictView({
      base: JSON.stringify({ type: 'Polygon', coordinates: [baseRing] }),
      sides: [
        side(JSON.stringify({ type: 'Polygon', coordinates: [mineRing] }), true, 'h1'),
        side(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[outerRing, holeRing]] } }), false, 'h2'),
      ],
    });
    const expected = [referenceArea(baseRing), referenceArea(mineRing), referenceArea(outerRing) - referenceArea(holeRing)];
    const outlines = [view.base, ...view.sides];
    expect(outlines.map((o) => o.role)).toEqual(['base', 'mine', 'theirs']);
    outlines.forEach((outline, i) => {
      expect(outline.areaSquareMeters).toBeCloseTo(expected[i] as number, 2);
      expect(outline.areaMu).toBeCloseTo(((expected[i] as number) * 15) / 10000, 5);
    });
    expect(view.base.deltaSquareMeters).toBeNull();
    expect(view.sides[0]?.deltaSquareMeters).toBeCloseTo((expected[1] as number) - (expected[0] as number), 2);
    expect(view.sides[1]?.deltaSquareMeters).toBeCloseTo((expected[2] as number) - (expected[0] as number), 2);
    expect(outlines.map((o) => o.vertexCount)).toEqual([4, 4, 8]);
    expect(view.sides[1]?.side?.author).toBe('李四');
  });

  it('draws every outline in one frame that fits the largest, north up, so the shapes compare in place', () => {
    const view = geometryConflictView({
      base: JSON.stringify({ type: 'Polygon', coordinates: [baseRing] }),
      sides: [side(JSON.stringify({ type: 'Polygon', coordinates: [mineRing] }), true, 'h1')],
    });
    const base = pathPoints(view.base.pathData);
    const mine = pathPoints(view.sides[0]?.pathData ?? null);
    expect(view.viewBox).toBe(`0 0 ${OUTLINE_SIZE} ${OUTLINE_SIZE}`);
    for (const [x, y] of [...base, ...mine]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(OUTLINE_SIZE);
      expect(y).toBeLessThanOrEqual(OUTLINE_SIZE);
    }
    const span = (points: [number, number][], axis: 0 | 1) => Math.max(...points.map((p) => p[axis])) - Math.min(...points.map((p) => p[axis]));
    // Both share the south-west corner; mine is 1.5 times as wide, so the base is two thirds of its width.
    expect(base[0]).toEqual(mine[0]);
    expect(span(base, 0) / span(mine, 0)).toBeCloseTo(2 / 3, 2);
    expect(span(base, 1)).toBeCloseTo(span(mine, 1), 5);
    // 0.0015° of longitude at 34°N is about 1.24 times 0.001° of latitude: width and height keep that ratio.
    const expectedRatio = (0.0015 * Math.cos((34.0305 * Math.PI) / 180)) / 0.001;
    expect(span(mine, 0) / span(mine, 1)).toBeCloseTo(expectedRatio, 2);
    // North up: the first corner (south) is lower on screen than the third (north).
    const [south, , north] = mine;
    expect((south as [number, number])[1]).toBeGreaterThan((north as [number, number])[1]);
  });

  it('gives a value that is no readable polygon no outline and no area, and still draws the others', () => {
    const view = geometryConflictView({
      base: null,
      sides: [side('{"type":"Polygon","coordinates":[[[113.85,134],[113.86,34],[113.86,34.01]]]}', true, 'h1'), side(JSON.stringify({ type: 'Polygon', coordinates: [mineRing] }), false, 'h2')],
    });
    expect([view.base.pathData, view.base.areaSquareMeters, view.sides[0]?.pathData, view.sides[0]?.areaMu]).toEqual([null, null, null, null]);
    expect(view.sides[1]?.deltaSquareMeters).toBeNull();
    expect(view.sides[1]?.areaSquareMeters).toBeCloseTo(referenceArea(mineRing), 2);
    expect(pathPoints(view.sides[1]?.pathData ?? null)).toHaveLength(5);
  });
});

describe('geometryPolygons', () => {
  it('reads Polygon, MultiPolygon and Feature text and refuses anything else', () => {
    expect(geometryPolygons(JSON.stringify({ type: 'Polygon', coordinates: [baseRing] }))).toHaveLength(1);
    expect(geometryPolygons({ type: 'MultiPolygon', coordinates: [[baseRing], [outerRing, holeRing]] })?.map((p) => p.length)).toEqual([1, 2]);
    for (const bad of ['not json', '{"type":"Point","coordinates":[113.8,34]}', '{"type":"Polygon","coordinates":[[[1,2],[3,4]]]}', '{"type":"Polygon","coordinates":[]}', '', 42, null]) {
      expect(geometryPolygons(bad)).toBeNull();
    }
  });
});
