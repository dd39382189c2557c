import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/encoding/sha256.ts';
import type { FieldOperation } from '../../shared/survey/field-operation.ts';
import { HubClient } from '../../shared/sync/hub-client.ts';
import { BACKENDS, HOOK_MS, photo, pullEverything, releasePostgres, startTestHub, type TestDevice, type TestHub } from './hub-fixtures.ts';

afterAll(releasePostgres, HOOK_MS);

describe.each(BACKENDS)('scope per role on %s', (backend) => {
  let hub: TestHub;
  let surveyorA: TestDevice, reviewerA: TestDevice, surveyorB: TestDevice, reviewerB: TestDevice, city: TestDevice;
  let editsA: FieldOperation[], editsB: FieldOperation[];
  let photoA: string, photoB: string;

  beforeAll(async () => {
    hub = await startTestHub(backend);
    const countyA = await hub.county('长葛市');
    const countyB = await hub.county('禹州市');
    surveyorA = await hub.device('surveyor', countyA);
    reviewerA = await hub.device('county-reviewer', countyA);
    surveyorB = await hub.device('surveyor', countyB);
    reviewerB = await hub.device('county-reviewer', countyB);
    city = await hub.device('city');
    editsA = surveyorA.edits(6, (i) => `changge-${i}`);
    editsB = surveyorB.edits(4, (i) => `yuzhou-${i}`);
    const [bytesA, bytesB] = [photo(4000), photo(5000)];
    [photoA, photoB] = [await sha256Hex(bytesA), await sha256Hex(bytesB)];
    const packA = await surveyorA.pack(editsA, [bytesA], [113.7, 34.1, 113.9, 34.3]);
    const packB = await surveyorB.pack(editsB, [bytesB], [113.3, 34.1, 113.5, 34.2]);
    await surveyorA.client.pushPackage(packA.bytes, packA.packageId);
    await surveyorB.client.pushPackage(packB.bytes, packB.packageId);
  }, HOOK_MS);
  afterAll(() => hub?.close(), HOOK_MS);

  const ids = (ops: readonly FieldOperation[]) => ops.map((op) => op.id);

  it("gives surveyors and reviewers their own county's changes only", async () => {
    for (const device of [surveyorA, reviewerA]) expect(ids(await pullEverything(device.client))).toEqual(ids(editsA));
    for (const device of [surveyorB, reviewerB]) expect(ids(await pullEverything(device.client))).toEqual(ids(editsB));
    // The user's own token has the same scope as the device's.
    expect(ids(await pullEverything(new HubClient({ baseUrl: hub.url, token: reviewerB.userToken })))).toEqual(ids(editsB));
  });

  it('gives the city every county', async () => {
    expect(ids(await pullEverything(city.client)).sort()).toEqual([...ids(editsA), ...ids(editsB)].sort());
  });

  it("hides another county's attachments (absent and forbidden look the same)", async () => {
    await expect(surveyorA.client.fetchAttachment(photoB)).rejects.toMatchObject({ status: 404 });
    await expect(reviewerB.client.fetchAttachment(photoA)).rejects.toMatchObject({ status: 404 });
    expect(await surveyorA.client.verifiedAttachments([photoA, photoB])).toEqual([photoA]);
    expect(await reviewerB.client.verifiedAttachments([photoA, photoB])).toEqual([photoB]);
    const head = await fetch(`${hub.url}/v1/attachments/${photoB}`, { method: 'HEAD', headers: { authorization: `Bearer ${surveyorA.userToken}` } });
    expect(head.status).toBe(404);
    expect((await city.client.fetchAttachment(photoA)).length).toBe(4000);
    expect(await city.client.verifiedAttachments([photoB, photoA])).toEqual([photoA, photoB].sort());
  });

  it("lists only the county's own packages in a bbox", async () => {
    const everywhere: [number, number, number, number] = [113, 34, 114, 35];
    expect((await surveyorA.client.packagesInBbox(everywhere)).map((p) => p.countyId)).toEqual([surveyorA.countyId]);
    expect((await reviewerB.client.packagesInBbox(everywhere)).map((p) => p.countyId)).toEqual([surveyorB.countyId]);
    expect((await city.client.packagesInBbox(everywhere)).map((p) => p.countyId).sort()).toEqual([surveyorA.countyId, surveyorB.countyId].sort());
  });

  it("does not let one county's device see or continue another device's upload", async () => {
    const { bytes, packageId } = await surveyorA.pack(surveyorA.edits(1));
    const token = (surveyorA.client as unknown as { options: { token: string } }).options.token;
    const open = await (await fetch(`${hub.url}/v1/uploads`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ packageId, size: bytes.length, sha256: await sha256Hex(bytes) }),
    })).json() as { uploadId: string };
    await expect(surveyorB.client.uploadStatus(open.uploadId)).rejects.toMatchObject({ status: 404 });
  });

  it("files a city reviewer's edit under the parcel's county, so that county sees the resolution", async () => {
    const resolution = city.edits(1, () => 'changge-0');
    const { bytes, packageId } = await city.pack(resolution);
    await city.client.pushPackage(bytes, packageId);
    const seenByA = ids(await pullEverything(reviewerA.client));
    const seenByB = ids(await pullEverything(reviewerB.client));
    expect(seenByA).toContain(resolution[0]!.id);
    expect(seenByB).not.toContain(resolution[0]!.id);
  });
});
