import { describe, expect, it } from 'vitest';
import { openDemo, setSurveyor } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

/** Chromium's built-in test camera (a moving pattern, any size asked for) with the permission prompt answered yes. */
const FAKE_CAMERA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const PARCEL_ID = 'demo-xuchang:xuchang_parks_zd:0';

describe('laptop camera in Chromium', () => {
  const app = useBrowserSession({
    args: FAKE_CAMERA,
    prepare: async ({ page, url }) => {
      // Keeps every stream the app opens, to check afterwards that the camera was let go.
      await page.addInitScript(() => {
        const devices = navigator.mediaDevices;
        const open = devices.getUserMedia.bind(devices);
        const streams: MediaStream[] = [];
        (window as unknown as { openedStreams: MediaStream[] }).openedStreams = streams;
        devices.getUserMedia = async (constraints) => {
          const stream = await open(constraints);
          streams.push(stream);
          return stream;
        };
      });
      await openDemo(page, url, { until: 'count' });
      await setSurveyor(page, '王测绘', '笔记本-摄像头');
      await page.evaluate((id) => { window.location.hash = `#parcel=${encodeURIComponent(id)}`; }, PARCEL_ID);
      await page.getByTestId('parcel-card').waitFor();
    },
  });

  it('shows the live camera, adds each capture to the parcel as a JPEG, and turns the camera off on close', async () => {
    const { page } = app;
    const gallery = page.getByTestId('parcel-photos');
    expect(await gallery.getByTestId('photo-thumb').count()).toBe(0);
    await gallery.getByTestId('photo-camera').click();
    const dialog = page.getByTestId('photo-camera-dialog');
    await expect.poll(() => dialog.getByTestId('photo-camera-capture').isEnabled(), { timeout: 15_000 }).toBe(true);
    expect(await dialog.getByTestId('photo-camera-problem').count()).toBe(0);
    // The app asks for Full HD (ideal constraints), which the test camera provides.
    await expect.poll(() => dialog.locator('video').evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight])).toEqual([1920, 1080]);

    await dialog.getByTestId('photo-camera-capture').click();
    await expect.poll(() => gallery.getByTestId('photo-thumb').count()).toBe(1);
    await dialog.getByTestId('photo-camera-capture').click();
    await expect.poll(() => gallery.getByTestId('photo-thumb').count()).toBe(2);

    const hashes = await gallery.getByTestId('photo-thumb').evaluateAll((items) => items.map((i) => i.getAttribute('data-sha256')));
    const stored = await page.evaluate(async (hashes) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('parceldesk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const records = await Promise.all(hashes.map((h) => new Promise<{ mimeType: string; blob: Blob } | undefined>((resolve) => {
        const request = db.transaction('attachments').objectStore('attachments').get(h as string);
        request.onsuccess = () => resolve(request.result);
      })));
      const out = [];
      for (const record of records) {
        if (!record) { out.push(null); continue; }
        const bitmap = await createImageBitmap(record.blob);
        const head = new Uint8Array(await record.blob.slice(0, 3).arrayBuffer());
        out.push({ mimeType: record.mimeType, width: bitmap.width, height: bitmap.height, soi: [...head] });
      }
      db.close();
      return out;
    }, hashes);
    // Two different frames of the moving test pattern, each a decodable JPEG at the camera's full size.
    expect(new Set(hashes).size).toBe(2);
    for (const photo of stored) expect(photo).toEqual({ mimeType: 'image/jpeg', width: 1920, height: 1080, soi: [0xff, 0xd8, 0xff] });

    await page.keyboard.press('Escape');
    expect(await page.getByTestId('photo-camera-dialog').count()).toBe(0);
    const tracks = await page.evaluate(() => (window as unknown as { openedStreams: MediaStream[] }).openedStreams
      .flatMap((s) => s.getTracks()).map((t) => `${t.kind}:${t.readyState}`));
    expect(tracks).toEqual(['video:ended']);
    // The history names the surveyor who took them.
    expect(await page.getByTestId('parcel-card').textContent()).toContain('王测绘');
  });
});
