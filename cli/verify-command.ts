import { readFileSync } from 'node:fs';
import { readPackage } from '../shared/package/package-reader.ts';

/**
 * Runs `verify`: checks a package completely (structure, limits, signature,
 * every entry's SHA-256) and prints `{"valid": …}` with the manifest summary or
 * the reason. Exit 0 when valid, 1 when not.
 */
export async function runVerify(path: string, out: (text: string) => void): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    out(JSON.stringify({ valid: false, reasons: [`cannot read ${path}: ${(error as Error).message}`] }, null, 2));
    return 1;
  }
  const result = await readPackage(bytes);
  if (!result.ok) {
    out(JSON.stringify({ valid: false, reasons: [`${result.problem.code}: ${result.problem.detail}`] }, null, 2));
    return 1;
  }
  const { manifest } = result.value;
  out(JSON.stringify({
    valid: true,
    reasons: [],
    manifest: {
      packageId: manifest.packageId, formatVersion: manifest.formatVersion, projectId: manifest.projectId, projectName: manifest.projectName,
      producer: manifest.producer, createdAt: manifest.createdAt, scope: manifest.scope, counts: manifest.counts,
      bboxLonLat: manifest.bboxLonLat, entries: manifest.entries.length, bytes: bytes.length,
    },
  }, null, 2));
  return 0;
}
