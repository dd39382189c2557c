import { importZip } from '../../../shared/import/zip-import.ts';

import type { ParcelDeskDatabase } from '../storage/database.ts';
import { encodeFeatureChunks } from '../../../shared/import/layer-part.ts';
import { saveProjectLayer } from '../storage/project-store.ts';
import { storeDemoSurvey } from './demo-survey.ts';

export const DEMO_PROJECT_ID = 'demo-xuchang';
const DEMO_URL = 'demo/xuchang-demo.zip';
const DEMO_LAYER = 'xuchang_parks_zd';

/**
 * Opens the bundled demo: six Xuchang parks, EPSG:4547, GBK DBF without .cpg,
 * read by the shared shapefile reader the importer uses; then its survey in
 * progress (about half the parcels filled in by "示例数据", demo-survey.ts).
 */
export async function openDemoProject(db: ParcelDeskDatabase, projectName: string): Promise<number> {
  const response = await fetch(DEMO_URL);
  if (!response.ok) throw new Error(`demo data missing (${response.status})`);
  const [layer] = importZip('xuchang-demo.zip', new Uint8Array(await response.arrayBuffer()));
  if (!layer?.bboxLonLat) throw new Error('demo data has no geometry');
  const bbox = layer.bboxLonLat;
  const now = new Date().toISOString();
  const layerId = `${DEMO_PROJECT_ID}:${DEMO_LAYER}`;
  await saveProjectLayer(db, { id: DEMO_PROJECT_ID, name: projectName, createdAt: now },
    { id: layerId, name: DEMO_LAYER, bbox, importedAt: now, role: layer.role }, encodeFeatureChunks(layer.features, layer.attributeColumns));
  await storeDemoSurvey(db, DEMO_PROJECT_ID, layerId);
  return layer.features.length;
}
