import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { groupSourceFiles } from '../../../shared/import/layer-grouping.ts';
import { importLayer } from '../../../shared/import/import-layer.ts';
import { buildGbkParcelZip } from '../../../tests/fixtures/gbk-parcel-zip.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import { findPreviousImports, loadLatestProject, loadLayerFeatures } from '../storage/project-store.ts';
import type { LayerPreview } from './import-protocol.ts';
import { readRememberedMapping, storeImportedLayer } from './store-imported-layer.ts';

let counter = 0;
const PROJECT = { id: 'p', name: '项目', createdAt: '2026-01-01T00:00:00.000Z' };

function importFixture(fieldMapping?: LayerPreview['fieldMapping']) {
  const [source] = groupSourceFiles([{ path: 'a.zip', bytes: buildGbkParcelZip() }]).layers;
  const layer = importLayer(source as NonNullable<typeof source>, fieldMapping ? { fieldMapping } : {});
  const { features, ...summary } = layer;
  return { preview: { ...summary, sourceSha256: 'abc123' } as LayerPreview, features };
}

describe('storing an imported layer', () => {
  it('stores features with their areas and the import record, and remembers the field mapping per schema', async () => {
    const db = new ParcelDeskDatabase(`store-test-${process.pid}-${++counter}`);
    const { preview, features } = importFixture({ parcelCode: 'ZDDM', landholder: 'ZL' });
    await storeImportedLayer(db, PROJECT, preview, encodeFeatureChunks(features));
    const loaded = await loadLatestProject(db);
    const stored = await loadLayerFeatures(db, loaded?.layers[0]?.id ?? '');
    expect(stored).toHaveLength(features.length);
    expect(stored[0]?.areaSquareMeters).toBeCloseTo(features[0]?.areaSquareMeters ?? NaN, 6);
    expect(stored[1]?.attributes.QLR).toBe(features[1]?.attributes.QLR);
    expect(loaded?.layers[0]).toMatchObject({ role: 'parcels', crs: { code: 'EPSG:4547' }, encoding: { name: 'gbk', source: 'ldid' } });
    expect(await findPreviousImports(db, 'p', 'abc123')).toHaveLength(1);
    expect(await findPreviousImports(db, 'other-project', 'abc123')).toHaveLength(0);
    expect(await readRememberedMapping(db, preview.fields)).toEqual({ parcelCode: 'ZDDM', landholder: 'ZL' });
    expect(await readRememberedMapping(db, [{ name: 'OTHER' }])).toBeUndefined();
    db.close();
  });
});
