// Sync benchmark: `npm run bench:sync [-- --edits N] [--parcels N]` (defaults 10,000 and 100,000).
// Makes N field edits as a surveyor's device would, packs them (signed package),
// pushes them to a hub on loopback (PGlite in a temporary folder, or DATABASE_URL)
// and pulls them on a second device of the same county. Time and bytes on the
// wire (a counting TCP proxy: HTTP headers, chunking and gzip all included) per
// edit, compared with a QFieldCloud patch delta (~856 bytes). Then the size of a
// whole-project package of N benchmark parcels against their zipped shapefile
// (`--parcels 0` skips it). Writes bench-results/sync.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeviceKeys } from '../../shared/package/device-signature.ts';
import { writePackage } from '../../shared/package/package-writer.ts';
import type { FieldOperation } from '../../shared/survey/field-operation.ts';
import type { FieldValue } from '../../shared/survey/field-value.ts';
import { HubClient } from '../../shared/sync/hub-client.ts';
import { HybridLogicalClock } from '../../shared/sync/hlc.ts';
import { startHub } from '../../server/start-hub.ts';
import { createCounty, createEnrollmentCode, createProject, createUser } from '../../server/store/accounts-store.ts';
import { startByteCountingProxy } from './byte-counting-proxy.ts';
import { measurePackageSize } from './package-size.ts';
import { machine, writeResults } from './report.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS_PATH = join(root, 'bench-results', 'sync.json');
/** QFieldCloud: one attribute change as a patch delta, bytes (figure given in issue 5). */
const QFIELDCLOUD_DELTA_BYTES = 856;
const PROJECT = 'bench:xuchang';

function countOption(argv: readonly string[], name: string, fallback: number, min: number): number {
  const at = argv.indexOf(name);
  const n = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} needs an integer ≥ ${min}`);
  return n;
}

const deviceId = () => [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Edits like a survey session: 2,000 parcels, several card fields, each edit on top of the field's last. */
function surveyEdits(count: number, device: string): FieldOperation[] {
  const clock = new HybridLogicalClock(device);
  const last = new Map<string, { hlc: string; value: FieldValue }>();
  const fields: [string, (i: number) => FieldValue][] = [
    ['landholder', (i) => `许昌市${['瑞祥', '恒达', '中原', '宏远'][i % 4]}机械制造有限公司`],
    ['floorAreaSquareMeters', (i) => 1000 + (i * 37) % 50_000],
    ['surveyStatus', (i) => ['surveyed', 'pendingReview', 'reviewed'][i % 3] as string],
    ['actualStartDate', (i) => `20${10 + (i % 12)}-0${1 + (i % 9)}-15`],
    ['notes', (i) => `现场核查：厂房${i % 5 === 0 ? '闲置' : '在产'}，已拍照`],
  ];
  return Array.from({ length: count }, (_, i) => {
    const [field, value] = fields[i % fields.length]!;
    const parcelId = `${PROJECT}:parcels:${(i * 7919) % 2000}`;
    const key = `${parcelId}\u0000${field}`;
    const before = last.get(key);
    const op: FieldOperation = {
      id: crypto.randomUUID(), projectId: PROJECT, parcelId, field, oldValue: before?.value ?? null, newValue: value(i),
      author: '张三', device, deviceName: '长葛市-笔记本-01', hlc: clock.tick(), origin: 'local', baseHlc: before?.hlc ?? '',
    };
    last.set(key, { hlc: op.hlc, value: op.newValue });
    return op;
  });
}

async function main(): Promise<void> {
  const edits = countOption(process.argv.slice(2), '--edits', 10_000, 1);
  const parcels = countOption(process.argv.slice(2), '--parcels', 100_000, 0);
  const machineInfo = machine();
  const folder = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  const hub = await startHub({
    host: '127.0.0.1', port: 0, dataFolder: folder, maxPackageBytes: 1024 ** 3, logger: false,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  });
  const proxy = await startByteCountingProxy(Number(new URL(hub.url).port));
  try {
    await createProject(hub.db, { id: PROJECT, name: '许昌市' });
    const county = await createCounty(hub.db, { projectId: PROJECT, name: '长葛市' });
    const enroll = async (role: 'surveyor' | 'county-reviewer') => {
      const user = await createUser(hub.db, { name: role, role, countyId: county.id });
      const { code } = await createEnrollmentCode(hub.db, { userId: user.id });
      const keys = await createDeviceKeys();
      const device = deviceId();
      const { token } = await new HubClient({ baseUrl: hub.url }).enroll(code, { device, deviceName: `${role}-bench`, publicKey: keys.publicKeyBase64 });
      return { keys, device, client: new HubClient({ baseUrl: proxy.url, token }) };
    };
    const surveyor = await enroll('surveyor');
    const reviewer = await enroll('county-reviewer');
    const operations = surveyEdits(edits, surveyor.device);

    let started = performance.now();
    const packageId = crypto.randomUUID();
    const bytes = await writePackage({
      packageId, projectId: PROJECT, projectName: '许昌市', createdAt: new Date().toISOString(),
      producer: { device: surveyor.device, deviceName: '长葛市-笔记本-01', author: '张三' },
      scope: { kind: 'changesSince', recipient: 'city-hub', sinceHlc: '' }, operations, layers: [], attachments: [],
    }, surveyor.keys);
    const packMs = performance.now() - started;

    proxy.reset();
    started = performance.now();
    const pushed = await surveyor.client.pushPackage(bytes, packageId);
    const pushMs = performance.now() - started;
    const push = proxy.counts();
    if (pushed.operations !== edits) throw new Error(`hub stored ${pushed.operations} of ${edits} operations`);

    proxy.reset();
    started = performance.now();
    let pulled = 0;
    let pages = 0;
    await reviewer.client.pullAll('', (page) => {
      pulled += page.operations.length;
      pages++;
    }, 1000);
    const pullMs = performance.now() - started;
    const pull = proxy.counts();
    if (pulled !== edits) throw new Error(`pulled ${pulled} of ${edits} operations`);

    const perEdit = (n: number) => Math.round((n / edits) * 10) / 10;
    const pushPerEdit = perEdit(push.up + push.down);
    const pullPerEdit = perEdit(pull.up + pull.down);
    const results = {
      date: new Date().toISOString(), machine: machineInfo, database: hub.db.kind, edits,
      packageBytes: bytes.length,
      packMs: Math.round(packMs), pushMs: Math.round(pushMs), pullMs: Math.round(pullMs), pullPages: pages,
      push: { bytesUp: push.up, bytesDown: push.down, bytesPerEdit: pushPerEdit, ratioToQfieldcloudDelta: Math.round((pushPerEdit / QFIELDCLOUD_DELTA_BYTES) * 1000) / 1000 },
      pull: { bytesUp: pull.up, bytesDown: pull.down, bytesPerEdit: pullPerEdit, ratioToQfieldcloudDelta: Math.round((pullPerEdit / QFIELDCLOUD_DELTA_BYTES) * 1000) / 1000 },
      qfieldcloudDeltaBytes: QFIELDCLOUD_DELTA_BYTES,
    };
    console.log(`Sync through the hub on loopback (${hub.db.kind}), ${edits} field edits`);
    console.log(`  pack    ${results.packMs} ms, package ${(bytes.length / 1024).toFixed(0)} KiB`);
    console.log(`  push    ${results.pushMs} ms, ${push.up + push.down} bytes on the wire = ${pushPerEdit} bytes/edit = ${results.push.ratioToQfieldcloudDelta} × a QFieldCloud delta (${QFIELDCLOUD_DELTA_BYTES} B)`);
    console.log(`  pull    ${results.pullMs} ms in ${pages} pages, ${pull.up + pull.down} bytes on the wire = ${pullPerEdit} bytes/edit = ${results.pull.ratioToQfieldcloudDelta} × a QFieldCloud delta`);
    const packageSize = parcels > 0 ? await measurePackageSize(parcels) : null;
    if (packageSize) {
      const mib = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MiB`;
      console.log(`Whole-project package, ${parcels} benchmark parcels (pack ${packageSize.packMs} ms, read back ${packageSize.verified ? 'ok' : 'FAILED'})`);
      console.log(`  package ${mib(packageSize.packageBytes)} vs zipped shapefile ${mib(packageSize.zippedShapefileBytes)} (unzipped ${mib(packageSize.shapefileBytes)}) = ${packageSize.ratioToZippedShapefile} ×`);
    }
    writeResults(RESULTS_PATH, { ...results, packageSize });
    console.log(`Results: ${RESULTS_PATH}`);
  } finally {
    await proxy.close();
    await hub.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
