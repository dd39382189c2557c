import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeProblem } from '../shared/import/import-messages.ts';
import { layerSnapshotText } from '../shared/package/layer-snapshot.ts';
import { writePackage } from '../shared/package/package-writer.ts';
import { loadOrCreateDevice } from './device-key-file.ts';
import { importFromPath } from './import-path.ts';

export interface PackOptions {
  readonly source: string;
  readonly out: string;
  readonly keyFile?: string;
}

/**
 * Runs `pack`: imports SOURCE like `inspect` and writes a full-project package
 * (layer snapshots, no edits yet) signed with this machine's device key.
 */
export async function runPack(options: PackOptions, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  try {
    const { layers, problems } = importFromPath(options.source);
    if (layers.length === 0) {
      err(problems.map((p) => describeProblem(p, 'en')).join('; ') || `${options.source}: nothing to pack`);
      return 1;
    }
    const device = await loadOrCreateDevice(options.keyFile);
    const projectId = `cli:${basename(options.source)}`;
    const now = new Date().toISOString();
    const bytes = await writePackage({
      packageId: crypto.randomUUID(), projectId, projectName: basename(options.source), createdAt: now,
      producer: { device: device.device, deviceName: device.deviceName, author: device.author }, scope: { kind: 'full' },
      operations: [], attachments: [],
      layers: layers.map((layer) => {
        const id = `${projectId}:${layer.name}`;
        return {
          record: { id, projectId, name: layer.name, featureCount: layer.features.length, bbox: layer.bboxLonLat ?? [0, 0, 0, 0], importedAt: now, role: layer.role, areaSquareMeters: layer.areaSquareMeters },
          // Features may compute attributes and geometry on first read (getters): pass them explicitly.
          geojsonText: layerSnapshotText(layer.features.map((f) => ({ parcelId: `${id}:${f.sourceIndex}`, geometry: f.geometry, attributes: f.attributes, areaSquareMeters: f.areaSquareMeters }))),
        };
      }),
    }, device.keys);
    writeFileSync(options.out, bytes);
    out(JSON.stringify({ out: options.out, bytes: bytes.length, layers: layers.length, features: layers.reduce((n, l) => n + l.features.length, 0), device: device.device }));
    return 0;
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
