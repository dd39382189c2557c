import { describe, expect, it } from 'vitest';
import type { BboxLonLat } from '../model/geometry.ts';
import { matchPhotoToParcel, parcelsWithExtentHolding, type ParcelExtent } from './photo-parcel-match.ts';
import type { FlatPolygonParts } from './point-in-polygon.ts';

const ring = (...corners: [number, number][]) => new Float64Array([...corners, corners[0] as [number, number]].flat());

interface TestParcel extends ParcelExtent {
  readonly parts: FlatPolygonParts;
}

function parcel(parcelId: string, parts: FlatPolygonParts): TestParcel {
  const xs = parts.flatMap((p) => [...(p[0] ?? [])].filter((_, i) => i % 2 === 0));
  const ys = parts.flatMap((p) => [...(p[0] ?? [])].filter((_, i) => i % 2 === 1));
  const bbox: BboxLonLat = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  return { parcelId, bbox, parts };
}

// Two neighbours sharing the edge lon = 113.801, an L-shaped parcel whose extent covers
// a gap, a parcel with a courtyard hole, and a two-part parcel.
const west = parcel('west', [[ring([113.8, 34.0], [113.801, 34.0], [113.801, 34.001], [113.8, 34.001])]]);
const east = parcel('east', [[ring([113.801, 34.0], [113.802, 34.0], [113.802, 34.001], [113.801, 34.001])]]);
const ell = parcel('ell', [[ring([113.81, 34.0], [113.812, 34.0], [113.812, 34.001], [113.811, 34.001], [113.811, 34.002], [113.81, 34.002])]]);
const courtyard = parcel('courtyard', [[
  ring([113.82, 34.0], [113.823, 34.0], [113.823, 34.003], [113.82, 34.003]),
  ring([113.821, 34.001], [113.822, 34.001], [113.822, 34.002], [113.821, 34.002]),
]]);
const twoPart = parcel('two-part', [
  [ring([113.83, 34.0], [113.831, 34.0], [113.831, 34.001], [113.83, 34.001])],
  [ring([113.84, 34.0], [113.841, 34.0], [113.841, 34.001], [113.84, 34.001])],
]);
// A small parcel drawn inside the courtyard (e.g. a later subdivision).
const inner = parcel('inner', [[ring([113.8212, 34.0012], [113.8218, 34.0012], [113.8218, 34.0018], [113.8212, 34.0018])]]);
const parcels = [west, east, ell, courtyard, twoPart, inner];
const partsOf = (id: string) => parcels.find((p) => p.parcelId === id)?.parts;

describe('matchPhotoToParcel', () => {
  it('matches a position strictly inside one parcel', () => {
    expect(matchPhotoToParcel([113.8005, 34.0005], parcels, partsOf))
      .toEqual({ status: 'matched', parcelId: 'west', onBoundary: false, otherParcelIds: [] });
  });

  it('reports a photo without a position as such', () => {
    expect(matchPhotoToParcel(null, parcels, partsOf)).toEqual({ status: 'noPosition' });
  });

  it('puts a position inside an extent but outside the polygon outside every parcel', () => {
    expect(parcelsWithExtentHolding(parcels, [113.8115, 34.0015]).map((p) => p.parcelId)).toEqual(['ell']);
    expect(matchPhotoToParcel([113.8115, 34.0015], parcels, partsOf)).toEqual({ status: 'outside' });
    expect(matchPhotoToParcel([113.9, 34.5], parcels, partsOf)).toEqual({ status: 'outside' });
  });

  it('does not match a position in a hole to the parcel around it', () => {
    expect(matchPhotoToParcel([113.8215, 34.0011], parcels, partsOf)).toEqual({ status: 'outside' });
    expect(matchPhotoToParcel([113.8205, 34.0005], parcels, partsOf)).toMatchObject({ parcelId: 'courtyard', onBoundary: false });
  });

  it('matches the parcel inside a hole rather than the one around it', () => {
    expect(matchPhotoToParcel([113.8215, 34.0015], parcels, partsOf)).toMatchObject({ parcelId: 'inner', otherParcelIds: [] });
  });

  it('matches either part of a multipolygon, and not the gap between them', () => {
    expect(matchPhotoToParcel([113.8405, 34.0005], parcels, partsOf)).toMatchObject({ parcelId: 'two-part' });
    expect(matchPhotoToParcel([113.8305, 34.0005], parcels, partsOf)).toMatchObject({ parcelId: 'two-part' });
    expect(matchPhotoToParcel([113.835, 34.0005], parcels, partsOf)).toEqual({ status: 'outside' });
  });

  it('flags a position on a shared edge and names both parcels', () => {
    const match = matchPhotoToParcel([113.801, 34.0005], parcels, partsOf);
    expect(match).toMatchObject({ status: 'matched', onBoundary: true });
    if (match.status !== 'matched') throw new Error('unmatched');
    expect([match.parcelId, ...match.otherParcelIds].sort()).toEqual(['east', 'west']);
  });

  it('prefers a parcel holding the point strictly over one whose edge it lies on', () => {
    const overlap = parcel('overlap', [[ring([113.8, 34.0], [113.8015, 34.0], [113.8015, 34.002], [113.8, 34.002])]]);
    // On west's top edge, strictly inside the larger overlapping parcel.
    expect(matchPhotoToParcel([113.8005, 34.001], [west, overlap], (id) => (id === 'west' ? west.parts : overlap.parts)))
      .toEqual({ status: 'matched', parcelId: 'overlap', onBoundary: false, otherParcelIds: ['west'] });
  });

  it('skips candidates whose geometry cannot be read', () => {
    expect(matchPhotoToParcel([113.8005, 34.0005], parcels, (id) => (id === 'west' ? undefined : partsOf(id)))).toEqual({ status: 'outside' });
  });
});
