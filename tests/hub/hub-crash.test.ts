import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/encoding/sha256.ts';
import { createDeviceKeys } from '../../shared/package/device-signature.ts';
import { writePackage } from '../../shared/package/package-writer.ts';
import type { FieldOperation } from '../../shared/survey/field-operation.ts';
import { HubClient } from '../../shared/sync/hub-client.ts';
import { HybridLogicalClock } from '../../shared/sync/hlc.ts';
import { HOOK_MS, photo, pullEverything } from './hub-fixtures.ts';
import { admin, adminJson, hubEnv, spawnHub, type HubChild } from './hub-process.ts';
import { postgresUnavailableReason, startPostgres, type PostgresServer } from './postgres-cluster.ts';

const backends = postgresUnavailableReason() ? ['pglite'] as const : ['pglite', 'postgres'] as const;
let postgres: PostgresServer | undefined;
const children: HubChild[] = [];
afterAll(async () => {
  for (const child of children) if (child.process.exitCode === null && child.process.signalCode === null) await child.kill9();
  postgres?.stop();
}, HOOK_MS);

const DEVICE = 'c0ffee00c0ffee00';

async function edits(count: number): Promise<FieldOperation[]> {
  const clock = new HybridLogicalClock(DEVICE);
  return Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(), projectId: 'xuchang', parcelId: `parcel-${i % 40}`, field: 'landholder', oldValue: null,
    newValue: `许昌某公司 ${i}`, author: '张三', device: DEVICE, deviceName: '长葛-笔记本', hlc: clock.tick(), origin: 'local' as const, baseHlc: '',
  }));
}

describe.each(backends)('hub killed during a chunked push (%s)', (backend) => {
  it('keeps acknowledged chunks, resumes after a restart and stores every operation once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'hub-crash-'));
    try {
      if (backend === 'postgres') postgres ??= await startPostgres();
      const env = hubEnv(folder, backend === 'postgres' ? await postgres!.createDatabase() : undefined);
      adminJson(env, 'create-project', '--name', '许昌市', '--id', 'xuchang');
      const county = adminJson<{ id: string }>(env, 'create-county', '--project', 'xuchang', '--name', '长葛市');
      const user = adminJson<{ id: string }>(env, 'create-user', '--name', '张三', '--role', 'surveyor', '--county', county.id);
      const { code } = adminJson<{ code: string }>(env, 'enroll-code', '--user', user.id);

      const first = await spawnHub(env);
      children.push(first);
      if (backend === 'pglite') {
        // One process per data folder: admin refuses while the hub runs.
        const refused = admin(env, 'enroll-code', '--user', user.id);
        expect([refused.status, refused.stderr]).toEqual([1, expect.stringMatching(/in use by process/)]);
      }
      const keys = await createDeviceKeys();
      const { token } = await new HubClient({ baseUrl: first.url }).enroll(code, { device: DEVICE, deviceName: '长葛-笔记本', publicKey: keys.publicKeyBase64 });
      const operations = await edits(300);
      const photos = [photo(1_200_000), photo(900_000)];
      const packageId = crypto.randomUUID();
      const bytes = await writePackage({
        packageId, projectId: 'xuchang', projectName: '许昌市', createdAt: new Date().toISOString(),
        producer: { device: DEVICE, deviceName: '长葛-笔记本', author: '张三' }, scope: { kind: 'full' }, operations, layers: [],
        attachments: await Promise.all(photos.map(async (p) => ({ bytes: p, sha256: await sha256Hex(p) }))),
      }, keys);

      let acknowledged = 0;
      let killing: Promise<void> | undefined;
      const interrupted = await new HubClient({ baseUrl: first.url, token, chunkBytes: 128 * 1024 }).pushPackage(bytes, packageId, (p) => {
        acknowledged = p.sentBytes;
        if (p.sentBytes >= 700_000 && !killing) killing = first.kill9();
      }).catch((e: unknown) => e);
      await killing;
      expect(interrupted).toMatchObject({ code: 'network' });
      expect(acknowledged).toBeGreaterThanOrEqual(700_000);
      expect(acknowledged).toBeLessThan(bytes.length);

      const second = await spawnHub(env);
      children.push(second);
      const client = new HubClient({ baseUrl: second.url, token, chunkBytes: 128 * 1024 });
      const resumedAt: number[] = [];
      expect(await client.pushPackage(bytes, packageId, (p) => resumedAt.push(p.sentBytes))).toEqual({ status: 'stored', packageId, operations: 300, attachments: 2 });
      // The hub kept every chunk it acknowledged before the kill.
      expect(resumedAt[0]).toBeGreaterThanOrEqual(acknowledged);

      const pulled = await pullEverything(client, 128);
      expect(pulled.map((op) => op.id)).toEqual(operations.map((op) => op.id));
      expect(await client.pushPackage(bytes, packageId)).toMatchObject({ status: 'alreadyStored', operations: 0 });
      expect(await client.fetchAttachment(await sha256Hex(photos[0]!))).toEqual(photos[0]);
      await second.kill9();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
