import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../../shared/model/geometry.ts';
import type { StoredFeature } from '../../../shared/model/project.ts';
import { parkNameIndex } from '../../../shared/parks/park-assignment.ts';
import { XUCHANG_PARK_PRESET } from '../../../shared/parks/park-preset.ts';
import { parkBoundaryOutlines } from './park-boundary-outlines.ts';
import { parkOutlines } from './park-outlines.ts';

const square = (west: number, south: number, size: number): LonLat[] =>
  [[west, south], [west, south + size], [west + size, south + size], [west + size, south], [west, south]];

function createBoundaries(): StoredFeature[] {
  return [
    { parcelId: 'b:0', attributes: { NAME: '魏都区产业集聚区' }, geometry: { type: 'Polygon', coordinates: [square(113.8, 34, 0.02)] } },
    { parcelId: 'b:1', attributes: { NAME: '魏都产业集聚区' }, geometry: { type: 'MultiPolygon', coordinates: [[square(113.85, 34.01, 0.01)], [square(113.9, 34.02, 0.01)]] } },
    { parcelId: 'b:2', attributes: { NAME: '' }, geometry: { type: 'Polygon', coordinates: [square(114, 34, 0.01)] } },
  ];
}

describe('park outlines from a park-boundary layer', () => {
  const index = parkNameIndex(XUCHANG_PARK_PRESET.parks);

  it('draws every boundary part under the preset park its name or alias stands for, with one label above them', () => {
    const outlines = parkBoundaryOutlines([{ features: createBoundaries(), nameColumn: 'NAME' }], index);
    expect([...outlines.parks]).toEqual(['魏都产业集聚区']);
    const polygons = outlines.features.filter((f) => f.geometry.type === 'Polygon');
    expect(polygons.map((f) => f.properties.name)).toEqual(['魏都产业集聚区', '魏都产业集聚区', '魏都产业集聚区']);
    const labels = outlines.features.filter((f) => f.geometry.type === 'Point');
    expect(labels).toHaveLength(1);
    const [lon, lat] = labels[0]?.geometry.coordinates as LonLat;
    expect(lon).toBeCloseTo(113.855, 12);
    expect(lat).toBeCloseTo(34.03, 12);
  });

  it('replaces the hull of parcels for a park with a boundary and keeps it for the others', () => {
    const { parks } = parkBoundaryOutlines([{ features: createBoundaries(), nameColumn: 'NAME' }], index);
    const hulls = parkOutlines([
      { park: '魏都产业集聚区', bbox: [113.80, 34.00, 113.81, 34.01] },
      { park: '禹州市产业集聚区', bbox: [113.50, 34.00, 113.51, 34.01] },
    ], parks);
    expect(hulls.features.map((f) => f.properties.name)).toEqual(['禹州市产业集聚区', '禹州市产业集聚区']);
  });
});
