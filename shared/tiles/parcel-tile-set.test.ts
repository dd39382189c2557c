import { VectorTile, classifyRings } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodeFeatureChunk, type EncodableFeature } from '../model/feature-chunk-codec.ts';
import { buildParcelTileSet, LABEL_MIN_ZOOM, PARCEL_LABEL_LAYER, PARCEL_POINT_LAYER, PARCEL_TILE_LAYER, POLYGON_MIN_ZOOM } from './parcel-tile-set.ts';
import { worldX, worldY } from './web-mercator.ts';

type Ring = [number, number][];

function parcel(sourceIndex: number, rings: Ring[], attributes: Record<string, string> = {}): EncodableFeature {
  return { sourceIndex, geometry: { type: 'Polygon', coordinates: rings }, attributes, areaSquareMeters: 1, areaMismatch: false, issues: [] };
}

/** A square ring of `size` degrees at lon/lat, counter-clockwise as GeoJSON likes, or clockwise. */
function square(lon: number, lat: number, size: number, clockwise = false): Ring {
  const ring: Ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]];
  return clockwise ? ring.reverse() : ring;
}

/** The tile z/x/y holding a lon/lat. */
function tileOf(lon: number, lat: number, z: number): [number, number, number] {
  return [z, Math.floor(worldX(lon) * 2 ** z), Math.floor(worldY(lat) * 2 ** z)];
}

function decode(bytes: Uint8Array, layer = PARCEL_TILE_LAYER) {
  return new VectorTile(new PbfReader(bytes)).layers[layer];
}

describe('parcel vector tiles cut from stored chunks', () => {
  const features = [
    parcel(0, [square(113.85, 34.03, 0.001)], { ZDDM: '411002001001GB00001', QLR: '许昌瑞祥电气有限公司' }),
    // Clockwise outer ring with a hole: windings must come out right whatever the source did.
    parcel(1, [square(113.852, 34.03, 0.002, true), square(113.8525, 34.0305, 0.0005)], { ZDDM: '411002001001GB00002', QLR: '' }),
    { sourceIndex: 2, geometry: null, attributes: { ZDDM: 'none' }, areaSquareMeters: 0, areaMismatch: false, issues: ['null-geometry'] } as EncodableFeature,
  ];
  const set = buildParcelTileSet([encodeFeatureChunk(features)], 'p:zd');

  it('puts each parcel where it is, with its id; label points with code and landholder only where labels are drawn', () => {
    const [z, x, y] = tileOf(113.8505, 34.0305, 14);
    const layer = decode(set.tile(z, x, y));
    expect(layer?.length).toBe(2);
    const first = layer?.feature(0);
    expect(first?.properties).toEqual({ parcelId: 'p:zd:0' });
    expect(layer?.feature(1).properties).toEqual({ parcelId: 'p:zd:1' });
    expect(decode(set.tile(z, x, y), PARCEL_LABEL_LAYER)).toBeUndefined();
    const closeTile = tileOf(113.8505, 34.0305, LABEL_MIN_ZOOM);
    const close = decode(set.tile(...closeTile), PARCEL_LABEL_LAYER);
    expect(close?.feature(0).properties).toEqual({ parcelId: 'p:zd:0', code: '411002001001GB00001', holder: '许昌瑞祥电气有限公司' });
    const point = close?.feature(0).toGeoJSON(closeTile[1], closeTile[2], closeTile[0]).geometry as unknown as { coordinates: [number, number] };
    expect(point.coordinates[0]).toBeCloseTo(113.8505, 6);
    expect(point.coordinates[1]).toBeCloseTo(34.0305, 6);
    const geojson = first?.toGeoJSON(x, y, z);
    expect(geojson?.geometry.type).toBe('Polygon');
    const corners = (geojson?.geometry as unknown as { coordinates: Ring[] }).coordinates[0] as Ring;
    // Tile units at z14 are about 0.6 m: corners land within a few millionths of a degree.
    for (const [lon, lat] of corners) {
      expect(Math.min(Math.abs(lon - 113.85), Math.abs(lon - 113.851))).toBeLessThan(5e-6);
      expect(Math.min(Math.abs(lat - 34.03), Math.abs(lat - 34.031))).toBeLessThan(5e-6);
    }
  });

  it('writes outer rings clockwise and holes the other way, so the hole stays a hole', () => {
    const [z, x, y] = tileOf(113.853, 34.031, 16);
    const layer = decode(set.tile(z, x, y));
    const holed = [...Array(layer?.length ?? 0).keys()].map((i) => layer?.feature(i)).find((f) => f?.properties.parcelId === 'p:zd:1');
    const polygons = classifyRings(holed?.loadGeometry() ?? []);
    expect(polygons).toHaveLength(1);
    expect(polygons[0]).toHaveLength(2);
  });

  it('clips a parcel to the tile plus its buffer, and leaves tiles without parcels empty', () => {
    const big = buildParcelTileSet([encodeFeatureChunk([parcel(0, [square(113.0, 34.0, 1)])])], 'big');
    const [z, x, y] = tileOf(113.5, 34.5, 12);
    const layer = decode(big.tile(z, x, y));
    const points = layer?.feature(0).loadGeometry().flat() ?? [];
    expect(points.length).toBeGreaterThanOrEqual(4);
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual(-64);
      expect(p.x).toBeLessThanOrEqual(4096 + 64);
    }
    const far = tileOf(120, 30, 12);
    expect(decode(big.tile(...far))?.length ?? 0).toBe(0);
  });

  it('draws reference lines and points as lines and points', () => {
    const reference = buildParcelTileSet([encodeFeatureChunk([
      { sourceIndex: 0, geometry: { type: 'LineString', coordinates: [[113.85, 34.03], [113.86, 34.04]] }, attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: [] },
      { sourceIndex: 1, geometry: { type: 'Point', coordinates: [113.855, 34.035] }, attributes: {}, areaSquareMeters: 0, areaMismatch: false, issues: [] },
    ])], 'ref');
    const layer = decode(reference.tile(...tileOf(113.855, 34.035, 12)));
    expect([layer?.feature(0).type, layer?.feature(1).type]).toEqual([2, 1]);
    const point = layer?.feature(1).toGeoJSON(...tileOf(113.855, 34.035, 12).slice(1) as [number, number], 12);
    const [lon, lat] = (point?.geometry as unknown as { coordinates: [number, number] }).coordinates;
    expect(lon).toBeCloseTo(113.855, 4);
    expect(lat).toBeCloseTo(34.035, 4);
  });

  it('labels a parcel cut by tile edges once, in the tile that holds its label point', () => {
    // 0.01° is several z16 tiles wide and high.
    const wide = buildParcelTileSet([encodeFeatureChunk([parcel(0, [square(113.85, 34.03, 0.01)], { ZDDM: 'W' })])], 'w');
    const [z, x0, y0] = tileOf(113.85, 34.04, LABEL_MIN_ZOOM);
    const [, x1, y1] = tileOf(113.86, 34.03, LABEL_MIN_ZOOM);
    let labels = 0, tiles = 0;
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        tiles += decode(wide.tile(z, x, y))?.length ?? 0;
        labels += decode(wide.tile(z, x, y), PARCEL_LABEL_LAYER)?.length ?? 0;
      }
    }
    expect(tiles).toBeGreaterThan(4);
    expect(labels).toBe(1);
  });

  it('draws parcels as one point each (inside the parcel, with its id) further out than the polygon zoom', () => {
    const z = POLYGON_MIN_ZOOM - 1;
    const [, x, y] = tileOf(113.8505, 34.0305, z);
    const tile = set.tile(z, x, y);
    expect(decode(tile)).toBeUndefined();
    const points = decode(tile, PARCEL_POINT_LAYER);
    expect(points?.length).toBe(2);
    expect(points?.feature(0).type).toBe(1);
    expect(points?.feature(0).properties).toEqual({ parcelId: 'p:zd:0' });
    const [lon, lat] = (points?.feature(0).toGeoJSON(x, y, z).geometry as unknown as { coordinates: [number, number] }).coordinates;
    expect(lon).toBeCloseTo(113.8505, 3);
    expect(lat).toBeCloseTo(34.0305, 3);
    // From the polygon zoom on, polygons again and no points.
    const close = set.tile(...tileOf(113.8505, 34.0305, POLYGON_MIN_ZOOM));
    expect(decode(close)?.length).toBe(2);
    expect(decode(close, PARCEL_POINT_LAYER)).toBeUndefined();
  });

  it('keeps the parcels of several chunks in source order', () => {
    const chunks = [0, 1].map((c) => encodeFeatureChunk([0, 1, 2].map((i) => parcel(c * 3 + i, [square(113.85 + 0.001 * (c * 3 + i), 34.03, 0.0008)]))));
    const layer = decode(buildParcelTileSet(chunks, 'm').tile(...tileOf(113.853, 34.03, 12)));
    expect([...Array(layer?.length ?? 0).keys()].map((i) => layer?.feature(i).properties.parcelId)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `m:${i}`));
  });
});
