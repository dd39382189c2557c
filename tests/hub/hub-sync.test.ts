import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/encoding/sha256.ts';
import { HubClient } from '../../shared/sync/hub-client.ts';
import { BACKENDS, HOOK_MS, photo, pullEverything, releasePostgres, startTestHub, type TestDevice, type TestHub } from './hub-fixtures.ts';

afterAll(releasePostgres, HOOK_MS);

async function storedCounts(hub: TestHub) {
  const [row] = await hub.db.query<{ packages: number; operations: number; attachments: number; uploads: number }>(
    `SELECT (SELECT count(*) FROM packages)::int AS packages, (SELECT count(*) FROM operations)::int AS operations,
            (SELECT count(*) FROM attachments)::int AS attachments, (SELECT count(*) FROM uploads)::int AS uploads`,
  );
  return row!;
}

describe.each(BACKENDS)('push and pull on %s', (backend) => {
  let hub: TestHub;
  let surveyor: TestDevice;
  let reviewer: TestDevice;
  beforeAll(async () => {
    hub = await startTestHub(backend);
    surveyor = await hub.device('surveyor');
    reviewer = await hub.device('county-reviewer', surveyor.countyId);
  }, HOOK_MS);
  afterAll(() => hub?.close(), HOOK_MS);

  it('round-trips operations and a photo from one device to another of the same county', async () => {
    const before = await pullEverything(reviewer.client);
    const edits = surveyor.edits(25);
    const picture = photo(300_000);
    const { bytes, packageId } = await surveyor.pack(edits, [picture]);
    const progress: number[] = [];
    const result = await new HubClient({ baseUrl: hub.url, token: (surveyor.client as unknown as { options: { token: string } }).options.token, chunkBytes: 64 * 1024 })
      .pushPackage(bytes, packageId, (p) => progress.push(p.sentBytes));
    expect(result).toEqual({ status: 'stored', packageId, operations: 25, attachments: 1 });
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.length).toBeGreaterThan(3);

    const pulled = (await pullEverything(reviewer.client)).slice(before.length);
    expect(pulled).toEqual(edits);
    const hash = await sha256Hex(picture);
    expect(await reviewer.client.fetchAttachment(hash)).toEqual(picture);
    expect(await reviewer.client.verifiedAttachments([hash, 'f'.repeat(64)])).toEqual([hash]);
    const head = await fetch(`${hub.url}/v1/attachments/${hash}`, { method: 'HEAD', headers: { authorization: `Bearer ${reviewer.userToken}` } });
    expect([head.status, head.headers.get('x-parceldesk-verified'), head.headers.get('content-length')]).toEqual([200, 'true', String(picture.length)]);
  });

  it('changes nothing when the same package is pushed again', async () => {
    const { bytes, packageId } = await surveyor.pack(surveyor.edits(10), [photo(1000)]);
    await surveyor.client.pushPackage(bytes, packageId);
    const before = await storedCounts(hub);
    const cursor = (await reviewer.client.pullChanges('', 5000)).nextCursor;
    expect(await surveyor.client.pushPackage(bytes, packageId)).toEqual({ status: 'alreadyStored', packageId, operations: 0, attachments: 0 });
    expect(await storedCounts(hub)).toEqual(before);
    expect(await reviewer.client.pullChanges(cursor)).toEqual({ operations: [], nextCursor: cursor, hasMore: false });
  });

  it('stores an operation once when two packages carry it', async () => {
    const edits = surveyor.edits(4);
    const first = await surveyor.pack(edits.slice(0, 3));
    const second = await surveyor.pack(edits);
    await surveyor.client.pushPackage(first.bytes, first.packageId);
    expect(await surveyor.client.pushPackage(second.bytes, second.packageId)).toMatchObject({ status: 'stored', operations: 1 });
    const ids = (await pullEverything(reviewer.client)).map((op) => op.id);
    expect(ids.filter((id) => edits.some((e) => e.id === id))).toEqual(edits.map((e) => e.id));
  });

  it('pages changes in a stable order with a cursor that resumes exactly', async () => {
    const { bytes, packageId } = await surveyor.pack(surveyor.edits(37));
    await surveyor.client.pushPackage(bytes, packageId);
    const all = await pullEverything(reviewer.client, 1000);
    const paged = await pullEverything(reviewer.client, 7);
    expect(paged.map((op) => op.id)).toEqual(all.map((op) => op.id));
    const page = await reviewer.client.pullChanges('', 7);
    expect(page.hasMore).toBe(true);
    const next = await reviewer.client.pullChanges(page.nextCursor, 3);
    expect(next.operations.map((op) => op.id)).toEqual(all.slice(7, 10).map((op) => op.id));
    // Pages travel gzip-compressed to clients that accept it (every fetch does).
    const raw = await fetch(`${hub.url}/v1/changes?limit=30`, { headers: { authorization: `Bearer ${reviewer.userToken}`, 'accept-encoding': 'gzip' } });
    expect(raw.headers.get('content-encoding')).toBe('gzip');
    expect(((await raw.json()) as { operations: unknown[] }).operations).toHaveLength(30);
  });

  it('never skips an operation for a puller that pulls while several devices push at once', async () => {
    const second = await hub.device('surveyor', surveyor.countyId);
    const packs = await Promise.all([surveyor, second, surveyor, second, surveyor, second].map((d) => d.pack(d.edits(40))));
    let cursor = (await reviewer.client.pullChanges('', 5000)).nextCursor;
    const seen: string[] = [];
    let pushing = true;
    const pushes = Promise.all(packs.map((p, i) => ([surveyor, second][i % 2]!).client.pushPackage(p.bytes, p.packageId))).finally(() => {
      pushing = false;
    });
    while (pushing) {
      cursor = await reviewer.client.pullAll(cursor, (page) => {
        seen.push(...page.operations.map((op) => op.id));
      }, 25);
    }
    await pushes;
    await reviewer.client.pullAll(cursor, (page) => {
      seen.push(...page.operations.map((op) => op.id));
    });
    const pushed = packs.flatMap((p) => p.operations.map((op) => op.id));
    expect(seen.length).toBe(new Set(seen).size);
    expect([...seen].sort()).toEqual([...pushed].sort());
  });

  it('resumes an interrupted push from the offset the hub holds', async () => {
    const { bytes, packageId } = await surveyor.pack(surveyor.edits(5), [photo(200_000)]);
    const token = (surveyor.client as unknown as { options: { token: string } }).options.token;
    const put = (uploadId: string, offset: number, chunk: Uint8Array<ArrayBuffer>) => fetch(`${hub.url}/v1/uploads/${uploadId}/chunks/${offset}`, {
      method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: chunk,
    });
    const open = await (await fetch(`${hub.url}/v1/uploads`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ packageId, size: bytes.length, sha256: await sha256Hex(bytes) }),
    })).json() as { uploadId: string };
    expect((await put(open.uploadId, 0, bytes.slice(0, 50_000))).status).toBe(200);
    // A chunk at the wrong offset is refused with the offset to continue from.
    const wrong = await put(open.uploadId, 80_000, bytes.slice(80_000, 90_000));
    expect([wrong.status, await wrong.json()]).toEqual([409, expect.objectContaining({ error: 'offsetMismatch', received: 50_000 })]);
    expect(await surveyor.client.uploadStatus(open.uploadId)).toMatchObject({ received: 50_000, size: bytes.length });
    const sent: number[] = [];
    expect(await surveyor.client.pushPackage(bytes, packageId, (p) => sent.push(p.sentBytes))).toMatchObject({ status: 'stored', operations: 5 });
    expect(sent[0]).toBe(50_000);
    expect((await storedCounts(hub)).uploads).toBe(0);
  });

  it('drops an upload left idle for 90 days, and keeps a younger one', async () => {
    const token = (surveyor.client as unknown as { options: { token: string } }).options.token;
    const open = async (bytes: Uint8Array, packageId: string) => (await (await fetch(`${hub.url}/v1/uploads`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ packageId, size: bytes.length, sha256: await sha256Hex(bytes) }),
    })).json() as { uploadId: string }).uploadId;
    const [old, young, next] = await Promise.all([1, 2, 3].map(() => surveyor.pack(surveyor.edits(1))));
    const oldId = await open(old!.bytes, old!.packageId);
    const youngId = await open(young!.bytes, young!.packageId);
    await hub.db.query("UPDATE uploads SET updated_at = now() - interval '91 days' WHERE id = $1", [oldId]);
    await hub.db.query("UPDATE uploads SET updated_at = now() - interval '60 days' WHERE id = $1", [youngId]);
    await open(next!.bytes, next!.packageId);
    await expect(surveyor.client.uploadStatus(oldId)).rejects.toMatchObject({ status: 404 });
    await expect(surveyor.client.uploadStatus(youngId)).resolves.toMatchObject({ received: 0 });
  });

  it.each([
    ['a flipped byte', async (bytes: Uint8Array) => {
      const copy = bytes.slice();
      copy[Math.floor(copy.length / 2)]! ^= 0x01;
      return copy;
    }, /^checksumMismatch$/],
    ['a package signed by another device', async (_bytes: Uint8Array, other: TestDevice, ops: TestDevice) => (await other.pack(ops.edits(3))).bytes, /untrustedKey/],
  ])('refuses %s with the reason and stores nothing', async (_name, spoil, reason) => {
    const other = await hub.device('surveyor', surveyor.countyId);
    const { bytes, packageId } = await surveyor.pack(surveyor.edits(6), [photo(5000)]);
    const bad = await spoil(bytes, other, surveyor);
    const before = await storedCounts(hub);
    // Announce the bad bytes honestly (size and hash match), so the package reader decides.
    const error = await surveyor.client.pushPackage(bad, packageId).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    const body = (error as { body?: { error: string; problem?: { code: string } } }).body;
    expect(body?.error === 'badPackage' ? body.problem?.code : body?.error).toMatch(reason);
    expect(await storedCounts(hub)).toEqual(before);
    // The honest package still goes through afterwards.
    await expect(surveyor.client.pushPackage(bytes, packageId)).resolves.toMatchObject({ status: 'stored', operations: 6 });
  });

  it('refuses bytes that differ from the announced hash, and a package other than the announced one, storing nothing', async () => {
    const token = (surveyor.client as unknown as { options: { token: string } }).options.token;
    const { bytes, packageId } = await surveyor.pack(surveyor.edits(2));
    const other = await surveyor.pack(surveyor.edits(2));
    const before = await storedCounts(hub);
    const push = async (announcedId: string, announcedHashOf: Uint8Array, sent: Uint8Array<ArrayBuffer>) => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const open = await (await fetch(`${hub.url}/v1/uploads`, {
        method: 'POST', headers, body: JSON.stringify({ packageId: announcedId, size: sent.length, sha256: await sha256Hex(announcedHashOf) }),
      })).json() as { uploadId: string };
      await fetch(`${hub.url}/v1/uploads/${open.uploadId}/chunks/0`, { method: 'PUT', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: sent });
      const done = await fetch(`${hub.url}/v1/uploads/${open.uploadId}/complete`, { method: 'POST', headers: { authorization: headers.authorization } });
      return [done.status, ((await done.json()) as { error: string }).error];
    };
    const flipped = bytes.slice();
    flipped[40]! ^= 0x80;
    expect(await push(packageId, bytes, flipped)).toEqual([422, 'uploadMismatch']);
    expect(await push(packageId, other.bytes, other.bytes.slice())).toEqual([422, 'uploadMismatch']);
    expect(await storedCounts(hub)).toEqual(before);
  });

  it('lists packages whose bbox meets a box (PostGIS envelope on PostgreSQL)', async () => {
    const changge = await surveyor.pack(surveyor.edits(1), [], [113.7, 34.1, 113.9, 34.3]);
    const yuzhou = await surveyor.pack(surveyor.edits(1), [], [113.3, 34.1, 113.5, 34.2]);
    await surveyor.client.pushPackage(changge.bytes, changge.packageId);
    await surveyor.client.pushPackage(yuzhou.bytes, yuzhou.packageId);
    const ids = async (bbox: [number, number, number, number]) => (await reviewer.client.packagesInBbox(bbox)).map((p) => p.packageId).sort();
    expect(await ids([113.8, 34.2, 113.85, 34.25])).toEqual([changge.packageId]);
    expect(await ids([113.0, 34.0, 114.0, 35.0])).toEqual([changge.packageId, yuzhou.packageId].sort());
    expect(await ids([114.5, 33.0, 114.6, 33.1])).toEqual([]);
    expect((await reviewer.client.packagesInBbox([113.8, 34.2, 113.85, 34.25]))[0]).toMatchObject({ bboxLonLat: [113.7, 34.1, 113.9, 34.3], operations: 1, countyId: surveyor.countyId });
  });
});
