import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HubFetch } from '../../../shared/sync/hub-client.ts';
import { ParcelDeskDatabase } from '../storage/database.ts';
import { saveIdentity } from '../survey/user-identity.ts';
import { enrollDevice } from './enroll-device.ts';
import { readConnection } from './sync-store.ts';

let count = 0;

async function deviceWithIdentity() {
  const db = new ParcelDeskDatabase(`enroll-${process.pid}-${count++}`);
  const identity = await saveIdentity(db, '张三', '县局笔记本-1');
  return { db, identity };
}

const json = (status: number, body: unknown) => ({
  ok: status < 300, status, headers: { get: () => null }, json: async () => body, arrayBuffer: async () => new ArrayBuffer(0),
});
const HEALTH = { ok: true, service: 'parceldesk-hub', protocolVersion: 1, database: 'pglite', postgis: false };

/** A hub answering health, and enrollment with `enroll` (requests recorded). */
function fakeHub(enroll: (request: { code: string; body: Record<string, unknown> }) => ReturnType<typeof json>) {
  const requests: { url: string; code: string; body: Record<string, unknown> }[] = [];
  const fetch: HubFetch = async (url, init) => {
    if (url.endsWith('/v1/health')) return json(200, HEALTH);
    const code = (init?.headers?.authorization ?? '').replace('Bearer ', '');
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    requests.push({ url, code, body });
    return enroll({ code, body });
  };
  return { fetch, requests };
}

describe('enrolling a device at the hub', () => {
  it('sends the device id, name and public key with the code, and keeps the token', async () => {
    const { db, identity } = await deviceWithIdentity();
    const hub = fakeHub(({ body }) => json(201, { token: 'dev_0123456789abcdefghijkl', device: body.device, user: { id: 'u1', name: '张三', role: 'surveyor', countyId: 'c1' } }));
    const connection = await enrollDevice(db, 'http://127.0.0.1:8787/', ' ABCD-EFGH ', hub.fetch);
    expect(hub.requests).toHaveLength(1);
    expect(hub.requests[0]).toMatchObject({ url: 'http://127.0.0.1:8787/v1/enroll', code: 'ABCD-EFGH', body: { device: identity.device, deviceName: '县局笔记本-1' } });
    expect(hub.requests[0]?.body.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(await readConnection(db)).toEqual(connection);
    expect(connection).toMatchObject({ url: 'http://127.0.0.1:8787', token: 'dev_0123456789abcdefghijkl', user: { role: 'surveyor', countyId: 'c1' } });
  });

  it('a wrong or used code, an unreachable hub, a server that is not a hub: each its own reason, nothing stored', async () => {
    const { db } = await deviceWithIdentity();
    const refused = fakeHub(() => json(401, { error: 'unauthorized', detail: 'enrollment code unknown, used or expired' }));
    await expect(enrollDevice(db, 'http://127.0.0.1:8787', 'USED-CODE', refused.fetch)).rejects.toMatchObject({ problem: 'badCode' });
    const down: HubFetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(enrollDevice(db, 'http://127.0.0.1:9', 'ABCD', down)).rejects.toMatchObject({ problem: 'unreachable' });
    const webPage: HubFetch = async () => json(200, '<html>');
    await expect(enrollDevice(db, 'https://example.cn', 'ABCD', webPage)).rejects.toMatchObject({ problem: 'notHub' });
    const enrolledBefore = fakeHub(() => json(409, { error: 'deviceExists', detail: 'device is enrolled already' }));
    await expect(enrollDevice(db, 'http://127.0.0.1:8787', 'ABCD', enrolledBefore.fetch)).rejects.toMatchObject({ problem: 'deviceExists' });
    expect(await readConnection(db)).toBeUndefined();
  });

  it('asks for the user\'s name first, and refuses plain http to another computer before sending anything', async () => {
    const hub = fakeHub(() => json(500, {}));
    const bare = new ParcelDeskDatabase(`enroll-${process.pid}-${count++}`);
    await expect(enrollDevice(bare, 'http://127.0.0.1:8787', 'ABCD', hub.fetch)).rejects.toMatchObject({ problem: 'noIdentity' });
    const { db } = await deviceWithIdentity();
    await expect(enrollDevice(db, 'http://10.0.0.8:8787', 'ABCD', hub.fetch)).rejects.toMatchObject({ problem: 'insecureUrl' });
    expect(hub.requests).toEqual([]);
  });
});
