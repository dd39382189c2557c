import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../shared/model/geometry.ts';
import { metersPerDegree, projectOutline, roundScaleLength } from './parcel-outline.ts';

/** A rectangle of widthM × heightM metres with its south-west corner at (lon, lat). */
function rectangle(lon: number, lat: number, widthM: number, heightM: number): LonLat[] {
  const perDegree = metersPerDegree(lat + heightM / 2 / 111_000);
  const dLon = widthM / perDegree.lon, dLat = heightM / perDegree.lat;
  return [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat], [lon, lat]];
}

/** The x/y extent of an SVG path made of M/L commands. */
function pathExtent(path: string) {
  const numbers = path.replace(/[MLZ]/g, ' ').trim().split(/\s+/).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0), ys = numbers.filter((_, i) => i % 2 === 1);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys), minY: Math.min(...ys), maxX: Math.max(...xs) };
}

describe('projectOutline', () => {
  it('keeps a square square at Xuchang’s latitude (longitude scaled by cos φ)', () => {
    const drawing = projectOutline([[rectangle(113.85, 34.03, 200, 200)]], 400, 300, 20);
    const extent = pathExtent(drawing.paths[0] as string);
    expect(extent.width / extent.height).toBeCloseTo(1, 3);
    expect(extent.height).toBeCloseTo(260, 6); // the taller dimension fills the box less padding
    expect(drawing.unitsPerMeter).toBeCloseTo(260 / 200, 4);
  });

  it('draws north up and a wide parcel across the width', () => {
    const drawing = projectOutline([[rectangle(113.85, 34.03, 600, 100)]], 400, 300, 20);
    const extent = pathExtent(drawing.paths[0] as string);
    expect(extent.width).toBeCloseTo(360, 6);
    expect(extent.width / extent.height).toBeCloseTo(6, 3);
    // The first vertex is the south-west corner: at the bottom of the drawn shape.
    const [, firstY] = (drawing.paths[0] as string).slice(1).split(/[ L]/).map(Number);
    expect(firstY).toBeCloseTo(extent.minY + extent.height, 6);
  });

  it('sizes the scale bar in round metres that match the drawing', () => {
    const drawing = projectOutline([[rectangle(113.85, 34.03, 600, 100)]], 400, 300, 20);
    // 360 units for 600 m: a quarter of the width (100 units) is 166.7 m, so the bar is 100 m.
    expect(drawing.scaleBar.meters).toBe(100);
    expect(drawing.scaleBar.length).toBeCloseTo(60, 4);
  });

  it('draws each part and hole as sub-paths and survives an empty geometry', () => {
    const outer = rectangle(113.85, 34.03, 100, 100), hole = rectangle(113.8502, 34.0302, 20, 20);
    const drawing = projectOutline([[outer, hole], [rectangle(113.86, 34.03, 50, 50)]], 400, 300, 20);
    expect(drawing.paths).toHaveLength(2);
    expect((drawing.paths[0] as string).match(/M/g)).toHaveLength(2);
    expect(projectOutline([], 400, 300, 20).paths).toEqual([]);
  });
});

describe('roundScaleLength', () => {
  it('rounds down to 1, 2 or 5 × 10ⁿ metres', () => {
    expect([0.3, 1, 1.9, 2.5, 7, 49, 51, 180, 999, 2400].map(roundScaleLength)).toEqual([1, 1, 1, 2, 5, 20, 50, 100, 500, 2000]);
  });

  it('gives the known ground lengths of a degree near Xuchang', () => {
    const perDegree = metersPerDegree(34);
    expect(perDegree.lat).toBeCloseTo(110_922, -1);
    expect(perDegree.lon).toBeCloseTo(92_385, -1);
  });
});
