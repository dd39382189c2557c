import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { groupSourceFiles } from '../../../shared/import/layer-grouping.ts';
import { importLayer } from '../../../shared/import/import-layer.ts';
import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import { buildGbkParcelZip } from '../../../tests/fixtures/gbk-parcel-zip.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { loadLatestProject } from '../storage/project-store.ts';
import { buildParcelIndex } from '../survey/parcel-index.ts';
import type { LayerPreview } from './import-protocol.ts';
import { asStoredPreview } from './layer-use.ts';
import { readRememberedMapping, storeImportedLayer } from './store-imported-layer.ts';

let counter = 0;
const PROJECT = { id: 'p', name: '项目', createdAt: '2026-01-01T00:00:00.000Z' };

function importFixture() {
  const [source] = groupSourceFiles([{ path: 'a.zip', bytes: buildGbkParcelZip() }]).layers;
  const { features, ...summary } = importLayer(source as NonNullable<typeof source>);
  return { preview: { ...summary, sourceSha256: 'abc123' } as LayerPreview, features };
}

describe('a polygon layer imported as park boundaries', () => {
  it('is stored with role parkBoundaries and its name column, is no parcel, and leaves the schema mapping alone', async () => {
    const db = new ParcelDeskDatabase(`layer-use-test-${process.pid}-${++counter}`);
    const { preview, features } = importFixture();
    await storeImportedLayer(db, PROJECT, asStoredPreview(preview, { role: 'parkBoundaries', parkNameColumn: 'QLR' }), encodeFeatureChunks(features));
    const loaded = await loadLatestProject(db);
    expect(loaded?.layers[0]).toMatchObject({ role: 'parkBoundaries', fieldMapping: { park: 'QLR' }, featureCount: features.length });
    expect(await readRememberedMapping(db, preview.fields)).toBeUndefined();
    expect((await buildParcelIndex(db, 'p', loaded?.layers ?? [])).rows).toHaveLength(0);
    db.close();
  });

  it('stays parcels unless marked as boundaries with a name column', () => {
    const { preview } = importFixture();
    expect(asStoredPreview(preview, { role: 'parcels' })).toBe(preview);
    expect(asStoredPreview(preview, { role: 'parkBoundaries' })).toBe(preview);
  });
});
