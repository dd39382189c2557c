import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../shared/encoding/sha256.ts';
import { createDeviceKeys, type DeviceKeys } from '../../shared/package/device-signature.ts';
import { writePackage } from '../../shared/package/package-writer.ts';
import type { FieldOperation } from '../../shared/survey/field-operation.ts';
import { HubClient } from '../../shared/sync/hub-client.ts';
import type { HubRole } from '../../shared/sync/hub-protocol.ts';
import { HybridLogicalClock } from '../../shared/sync/hlc.ts';
import { startHub, type RunningHub } from '../../server/start-hub.ts';
import { createCounty, createEnrollmentCode, createProject, createUser } from '../../server/store/accounts-store.ts';
import { postgresUnavailableReason, startPostgres, type PostgresServer } from './postgres-cluster.ts';

export type Backend = 'pglite' | 'postgres';

/** Hooks start databases (PGlite's first start runs initdb in WebAssembly): generous on a busy machine. */
export const HOOK_MS = 120_000;

const pgReason = postgresUnavailableReason();
if (pgReason) console.warn(`Hub tests on PostgreSQL skipped: ${pgReason}`);

/** The backends the hub suites run on here: PGlite always, PostgreSQL when it can be had. */
export const BACKENDS: readonly Backend[] = pgReason ? ['pglite'] : ['pglite', 'postgres'];

let postgres: Promise<PostgresServer> | undefined;

/** Stops this test file's PostgreSQL cluster (call in afterAll). */
export async function releasePostgres(): Promise<void> {
  const server = postgres;
  postgres = undefined;
  if (server) (await server).stop();
}

export interface TestHub extends RunningHub {
  readonly backend: Backend;
  /** Makes a user (in a fresh county unless one is given) and enrolls a new device for them. */
  device(role: HubRole, countyId?: string | null): Promise<TestDevice>;
  /** A county of the test project. */
  county(name: string): Promise<string>;
}

export interface TestDevice {
  readonly device: string;
  readonly deviceName: string;
  readonly keys: DeviceKeys;
  readonly countyId: string | null;
  readonly client: HubClient;
  readonly userToken: string;
  /** Operations by this device with real clock stamps. */
  edits(count: number, parcel?: (i: number) => string): FieldOperation[];
  /** A signed package of these operations and attachments; with `bboxLonLat`, one empty layer covering it. */
  pack(operations: readonly FieldOperation[], attachments?: readonly Uint8Array[], bboxLonLat?: [number, number, number, number]): Promise<{ bytes: Uint8Array; packageId: string; operations: readonly FieldOperation[] }>;
}

export const PROJECT = 'xuchang';

/** A hub on loopback (free port) with a fresh database of the backend, and the test project. */
export async function startTestHub(backend: Backend): Promise<TestHub> {
  const folder = mkdtempSync(join(tmpdir(), 'hub-test-'));
  let databaseUrl: string | undefined;
  if (backend === 'postgres') {
    postgres ??= startPostgres();
    databaseUrl = await (await postgres).createDatabase();
  }
  const hub = await startHub({ host: '127.0.0.1', port: 0, dataFolder: folder, ...(databaseUrl ? { databaseUrl } : {}), maxPackageBytes: 64 * 1024 * 1024, logger: false });
  await createProject(hub.db, { id: PROJECT, name: '许昌市' });
  let serial = 0;
  const testHub: TestHub = {
    ...hub,
    backend,
    close: async () => {
      await hub.close();
      rmSync(folder, { recursive: true, force: true });
    },
    county: async (name) => (await createCounty(hub.db, { projectId: PROJECT, name })).id,
    device: async (role, countyId) => {
      const county = role === 'city' ? null : countyId ?? await testHub.county(`county-${++serial}`);
      const user = await createUser(hub.db, { name: `${role}-${++serial}`, role, countyId: county });
      const { code } = await createEnrollmentCode(hub.db, { userId: user.id });
      const keys = await createDeviceKeys(false);
      const device = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
      const deviceName = `${role}-device-${serial}`;
      const enrolled = await new HubClient({ baseUrl: hub.url }).enroll(code, { device, deviceName, publicKey: keys.publicKeyBase64 });
      return testDevice({ device, deviceName, keys, countyId: county, client: new HubClient({ baseUrl: hub.url, token: enrolled.token }), userToken: user.token });
    },
  };
  return testHub;
}

function testDevice(base: Omit<TestDevice, 'edits' | 'pack'>): TestDevice {
  const clock = new HybridLogicalClock(base.device);
  return {
    ...base,
    edits: (count, parcel = (i) => `parcel-${i % 50}`) => Array.from({ length: count }, (_, i): FieldOperation => ({
      id: crypto.randomUUID(), projectId: PROJECT, parcelId: parcel(i), field: i % 2 ? 'landholder' : 'surveyNote',
      oldValue: null, newValue: `${base.deviceName} value ${i}`, author: `author of ${base.deviceName}`,
      device: base.device, deviceName: base.deviceName, hlc: clock.tick(), origin: 'local', baseHlc: '',
    })),
    pack: async (operations, attachments = [], bboxLonLat) => {
      const packageId = crypto.randomUUID();
      const withHashes = await Promise.all(attachments.map(async (bytes) => ({ bytes, sha256: await sha256Hex(bytes) })));
      const bytes = await writePackage({
        packageId, projectId: PROJECT, projectName: '许昌市', createdAt: new Date().toISOString(),
        producer: { device: base.device, deviceName: base.deviceName, author: `author of ${base.deviceName}` },
        scope: { kind: 'changesSince', recipient: 'city-hub', sinceHlc: '' }, operations, attachments: withHashes,
        layers: bboxLonLat ? [{
          record: { id: `${PROJECT}:parcels`, projectId: PROJECT, name: 'parcels', featureCount: 0, bbox: bboxLonLat, importedAt: new Date().toISOString() },
          geojsonText: '{"type":"FeatureCollection","features":[]}',
        }] : [],
      }, base.keys);
      return { bytes, packageId, operations };
    },
  };
}

/** Random bytes standing in for a photo. */
export function photo(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
  return bytes;
}

/** Every operation a client can pull, following all pages. */
export async function pullEverything(client: HubClient, limit = 1000): Promise<FieldOperation[]> {
  const all: FieldOperation[] = [];
  await client.pullAll('', (page) => {
    all.push(...page.operations);
  }, limit);
  return all;
}
