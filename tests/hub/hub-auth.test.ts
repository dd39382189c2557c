import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeviceKeys } from '../../shared/package/device-signature.ts';
import { HubClient, HubError } from '../../shared/sync/hub-client.ts';
import { createEnrollmentCode, createUser, revokeDevice } from '../../server/store/accounts-store.ts';
import { BACKENDS, HOOK_MS, releasePostgres, startTestHub, type TestHub } from './hub-fixtures.ts';

afterAll(releasePostgres, HOOK_MS);

const newDeviceId = () => [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe.each(BACKENDS)('hub access on %s', (backend) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(backend);
  }, HOOK_MS);
  afterAll(() => hub?.close(), HOOK_MS);

  it('answers health without a token and names its database', async () => {
    const health = await new HubClient({ baseUrl: hub.url }).health();
    expect(health).toMatchObject({ ok: true, protocolVersion: 1, database: backend });
    // PostGIS comes with the PostgreSQL install the tests use; PGlite has none.
    expect(health.postgis).toBe(backend === 'postgres');
  });

  it.each([
    ['GET', '/v1/changes'], ['POST', '/v1/uploads'], ['GET', `/v1/attachments/${'a'.repeat(64)}`],
    ['POST', '/v1/enroll'], ['GET', '/v1/packages?bbox=0,0,1,1'], ['GET', '/v1/no-such-route'],
  ])('refuses %s %s without a token (401)', async (method, path) => {
    const response = await fetch(`${hub.url}${path}`, { method });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('lets the app call from another origin (CORS preflight without a token)', async () => {
    const preflight = await fetch(`${hub.url}/v1/changes`, {
      method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const refused = await fetch(`${hub.url}/v1/changes`, { headers: { origin: 'http://localhost:5173' } });
    // The browser can read the hub's refusal too.
    expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([401, '*']);
  });

  it('refuses a made-up token (401)', async () => {
    const error = await new HubClient({ baseUrl: hub.url, token: 'dev_not-a-real-token-at-all' }).pullChanges().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect((error as HubError).status).toBe(401);
  });

  it('enrolls a device once per code, and the device token works', async () => {
    const county = await hub.county('长葛市');
    const user = await createUser(hub.db, { name: '李四', role: 'surveyor', countyId: county });
    const { code } = await createEnrollmentCode(hub.db, { userId: user.id });
    const keys = await createDeviceKeys();
    const anonymous = new HubClient({ baseUrl: hub.url });
    // Codes are typed by people: case and dashes do not matter.
    const enrolled = await anonymous.enroll(code.toLowerCase().replace(/-/g, ''), { device: newDeviceId(), deviceName: '县局笔记本-1', publicKey: keys.publicKeyBase64 });
    expect(enrolled.user).toEqual({ id: user.id, name: '李四', role: 'surveyor', countyId: county });
    expect(await new HubClient({ baseUrl: hub.url, token: enrolled.token }).pullChanges()).toEqual({ operations: [], nextCursor: '0', hasMore: false });

    const again = await anonymous.enroll(code, { device: newDeviceId(), deviceName: '县局笔记本-2', publicKey: keys.publicKeyBase64 }).catch((e: unknown) => e);
    expect(again).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('does not let a code take over an enrolled device id, and leaves that code usable', async () => {
    const first = await hub.device('surveyor');
    const user = await createUser(hub.db, { name: '王五', role: 'surveyor', countyId: first.countyId });
    const { code } = await createEnrollmentCode(hub.db, { userId: user.id });
    const keys = await createDeviceKeys();
    const anonymous = new HubClient({ baseUrl: hub.url });
    const takeover = await anonymous.enroll(code, { device: first.device, deviceName: 'intruder', publicKey: keys.publicKeyBase64 }).catch((e: unknown) => e);
    expect(takeover).toMatchObject({ status: 409, code: 'deviceExists' });
    await expect(anonymous.enroll(code, { device: newDeviceId(), deviceName: '王五的笔记本', publicKey: keys.publicKeyBase64 })).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('shuts out a revoked device and keeps what it pushed', async () => {
    const lost = await hub.device('surveyor');
    const reader = await hub.device('county-reviewer', lost.countyId);
    const { bytes, packageId, operations } = await lost.pack(lost.edits(3));
    await lost.client.pushPackage(bytes, packageId);
    expect(await revokeDevice(hub.db, lost.device)).toEqual({ device: lost.device, revokedTokens: 1 });
    await expect(lost.client.pullChanges()).rejects.toMatchObject({ status: 401 });
    expect((await reader.client.pullChanges()).operations.map((op) => op.id)).toEqual(operations.map((op) => op.id));
  });

  it('refuses an expired code', async () => {
    const user = await createUser(hub.db, { name: '赵六', role: 'city' });
    const { code } = await createEnrollmentCode(hub.db, { userId: user.id, ttlHours: 0 });
    const keys = await createDeviceKeys();
    const result = await new HubClient({ baseUrl: hub.url }).enroll(code, { device: newDeviceId(), deviceName: 'late', publicKey: keys.publicKeyBase64 }).catch((e: unknown) => e);
    expect(result).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('lets a user token read but not push (pushing needs a device key)', async () => {
    const device = await hub.device('county-reviewer');
    const asUser = new HubClient({ baseUrl: hub.url, token: device.userToken });
    await expect(asUser.pullChanges()).resolves.toMatchObject({ operations: [] });
    const { bytes, packageId } = await device.pack(device.edits(2));
    await expect(asUser.pushPackage(bytes, packageId)).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});
