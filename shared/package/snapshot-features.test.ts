import { describe, expect, it } from 'vitest';
import type { StoredFeature } from '../model/project.ts';
import { layerSnapshotText } from './layer-snapshot.ts';
import { snapshotFeatures } from './snapshot-features.ts';

describe('snapshotFeatures', () => {
  it('reads back what layerSnapshotText wrote: ids, geometry, attributes (also ones named like ours), area', () => {
    const features: Pick<StoredFeature, 'parcelId' | 'geometry' | 'attributes' | 'areaSquareMeters'>[] = [
      { parcelId: 'p:zd:0', geometry: { type: 'Polygon', coordinates: [[[113.8, 34], [113.81, 34], [113.81, 34.01], [113.8, 34]]] }, attributes: { ZDDM: '411002', QLR: '许昌瑞祥电气有限公司', parcelId: 'own', ZDMJ: 1234.5 }, areaSquareMeters: 1019.2 },
      { parcelId: 'p:zd:1', geometry: null, attributes: { ZDDM: '411003', QLR: null }, areaSquareMeters: undefined },
    ];
    const read = snapshotFeatures(layerSnapshotText(features), 'snapshot/layer-0.geojson');
    expect(read).toEqual([
      { parcelId: 'p:zd:0', geometry: features[0]?.geometry, attributes: { ZDDM: '411002', QLR: '许昌瑞祥电气有限公司', parcelId: 'own', ZDMJ: 1234.5 }, areaSquareMeters: 1019.2 },
      { parcelId: 'p:zd:1', geometry: null, attributes: { ZDDM: '411003', QLR: null } },
    ]);
  });

  it('refuses text that is not a snapshot', () => {
    expect(() => snapshotFeatures('{"type":"FeatureCollection","features":[{"properties":{}}]}', 'x')).toThrow(/no parcelId/);
    expect(() => snapshotFeatures('{"type":"Feature"', 'x')).toThrow(/malformedJson/);
    expect(() => snapshotFeatures('{"type":"FeatureCollection","features":[{"properties":{"parcelId":"a"},"geometry":{"type":"Circle"}}]}', 'x')).toThrow(/unknown geometry/);
  });
});
