import { describe, expect, it } from 'vitest';
import { readShp } from './shp-reader.ts';
import { writeShpRecords } from './shp-record-writer.ts';

const ring = (...xy: number[]) => Float64Array.from(xy);
const A = ring(0, 0, 0, 4, 4, 4, 4, 0, 0, 0);
const HOLE = ring(1, 1, 2, 1, 2, 2, 1, 2, 1, 1);
const B = ring(10, 0, 10, 1, 11, 1, 11, 0, 10, 0);
const C = ring(20, 0, 20, 2, 22, 2, 22, 0, 20, 0);

describe('.shp reading', () => {
  const { shp } = writeShpRecords('polygon', [[A, HOLE], [B], [C]]);

  it('reads every shape, its parts in order, all points in one buffer', () => {
    const file = readShp(shp);
    expect(file).toMatchObject({ recordCount: 3, firstRecord: 0, shapeCount: 3, kind: 'polygon' });
    expect(file.shapes.map((s) => s?.parts.map((p) => [...p]))).toEqual([[[...A], [...HOLE]], [[...B]], [[...C]]]);
    expect([...file.coordinates]).toEqual([...A, ...HOLE, ...B, ...C]);
  });

  it('reads only a record range, numbering from the range’s start', () => {
    const file = readShp(shp, { start: 1, end: 3 });
    expect(file).toMatchObject({ recordCount: 3, firstRecord: 1, shapeCount: 2 });
    expect(file.shapeAt(0)?.parts.map((p) => [...p])).toEqual([[...B]]);
    expect([...file.coordinates]).toEqual([...B, ...C]);
  });

  it('gives parts over converted points laid out like the coordinates', () => {
    const file = readShp(shp);
    const shifted = file.coordinates.map((v) => v + 100);
    expect(file.shapeAt(0, shifted)?.parts.map((p) => [...p])).toEqual([[...A].map((v) => v + 100), [...HOLE].map((v) => v + 100)]);
  });

  it('reads an empty range as no shapes', () => {
    expect(readShp(shp, { start: 3, end: 5 })).toMatchObject({ shapeCount: 0, kind: 'null', shapes: [] });
  });
});
