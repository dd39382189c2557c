import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { importZip } from '../../shared/import/zip-import.ts';
import type { ParcelGeometry } from '../../shared/model/geometry.ts';
import { jpegWithExif, type ExifFixture } from '../fixtures/photo-fixtures.ts';
import { openDemo, setSurveyor } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

const DEMO_ZIP = join(import.meta.dirname, '../../assets/public/demo/xuchang-demo.zip');
const DEMO_LAYER_ID = 'demo-xuchang:xuchang_parks_zd';
const SCREENSHOT = join(import.meta.dirname, '../../docs/images/photo-match.png');

interface DemoParcel {
  readonly parcelId: string;
  readonly code: string;
  readonly park: string;
  /** Mean of the outer ring's corners: inside, since demo parcels are convex quadrilaterals (checked below). */
  readonly inside: [number, number];
}

function isConvex(ring: readonly [number, number][]): boolean {
  const points = ring.slice(0, -1);
  const signs = points.map((a, i) => {
    const b = points[(i + 1) % points.length] as [number, number], c = points[(i + 2) % points.length] as [number, number];
    return Math.sign((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]));
  });
  return signs.every((s) => s === signs[0]);
}

/** Two single-ring convex demo parcels in different parks, with a point inside each. */
function pickDemoParcels(): [DemoParcel, DemoParcel] {
  const [layer] = importZip('xuchang-demo.zip', new Uint8Array(readFileSync(DEMO_ZIP)));
  const picked: DemoParcel[] = [];
  for (const feature of layer?.features ?? []) {
    const geometry = feature.geometry as ParcelGeometry | null;
    if (geometry?.type !== 'Polygon' || geometry.coordinates.length !== 1) continue;
    const ring = geometry.coordinates[0] as [number, number][];
    const park = String(feature.attributes.YQMC);
    if (!isConvex(ring) || picked.some((p) => p.park === park)) continue;
    const corners = ring.slice(0, -1);
    const inside: [number, number] = [
      corners.reduce((s, p) => s + p[0], 0) / corners.length,
      corners.reduce((s, p) => s + p[1], 0) / corners.length,
    ];
    picked.push({ parcelId: `${DEMO_LAYER_ID}:${feature.sourceIndex}`, code: String(feature.attributes.ZDDM), park, inside });
    if (picked.length === 2) break;
  }
  if (picked.length < 2) throw new Error('demo has no two convex parcels in different parks');
  return picked as [DemoParcel, DemoParcel];
}

/** A real, decodable JPEG drawn by the browser (a coloured frame with a label), then given Exif. */
async function browserJpeg(page: Page, colour: string, label: string): Promise<Uint8Array> {
  const base64 = await page.evaluate(({ colour, label }) => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.fillStyle = colour;
    g.fillRect(0, 0, 320, 240);
    g.fillStyle = '#fff';
    g.font = '28px sans-serif';
    g.fillText(label, 20, 130);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1] as string;
  }, { colour, label });
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

interface TestPhoto {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The stored edits of parcels and the attachment records, read straight from IndexedDB. */
async function readStored(page: Page, parcelIds: readonly string[], hashes: readonly string[]) {
  return page.evaluate(async ({ parcelIds, hashes }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parceldesk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = <T,>(store: string, key: IDBValidKey) => new Promise<T | undefined>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result as T | undefined);
      request.onerror = () => reject(request.error);
    });
    const edits = await Promise.all(parcelIds.map((id) => get<{ values: Record<string, unknown> }>('parcelEdits', id)));
    const attachments = await Promise.all(hashes.map((h) => get<{ byteLength: number; mimeType: string; blob: Blob }>('attachments', h)));
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('attachments').objectStore('attachments').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return {
      values: edits.map((e) => e?.values ?? {}),
      attachments: attachments.map((a) => (a ? { byteLength: a.byteLength, mimeType: a.mimeType, blobSize: a.blob.size } : null)),
      attachmentCount: count,
    };
  }, { parcelIds, hashes });
}

describe('parcel photos in Chromium', () => {
  let folder: string;
  const parcels = pickDemoParcels();
  const photos: Record<'first' | 'second' | 'outside' | 'noGps', TestPhoto> = {} as never;
  const app = useBrowserSession({
    prepare: async ({ page, url }) => {
      await openDemo(page, url);

      const fixtures: Record<keyof typeof photos, [string, ExifFixture]> = {
        first: ['#2f6f4f', { byteOrder: 'II', latitude: parcels[0].inside[1], longitude: parcels[0].inside[0], dateTimeOriginal: '2021:05:12 09:30:15', directionDegrees: 45, directionRef: 'T' }],
        second: ['#8a4b00', { byteOrder: 'MM', latitude: parcels[1].inside[1], longitude: parcels[1].inside[0], dateTimeOriginal: '2021:05:12 10:02:41' }],
        // South-west of every demo park (the demo extent starts at 113.48°E, 33.83°N).
        outside: ['#34558b', { byteOrder: 'II', latitude: 33.6, longitude: 113.3, dateTimeOriginal: '2021:05:12 11:15:00' }],
        noGps: ['#6b6b6b', { byteOrder: 'MM', dateTimeOriginal: '2021:05:12 12:00:00' }],
      };
      folder = mkdtempSync(join(tmpdir(), 'parceldesk-photos-'));
      mkdirSync(join(folder, 'DCIM'));
      for (const [key, [colour, exif]] of Object.entries(fixtures) as [keyof typeof photos, [string, ExifFixture]][]) {
        const bytes = jpegWithExif(exif, await browserJpeg(page, colour, key));
        const name = `IMG_${key}.JPG`;
        writeFileSync(join(folder, 'DCIM', name), bytes);
        photos[key] = { name, bytes, sha256: sha256(bytes) };
      }
      writeFileSync(join(folder, 'DCIM', 'flight-log.srt'), 'not a photo'); // sidecar: left out, not listed
    },
  });

  afterAll(async () => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('asks for the surveyor before photos can be attached', async () => {
    const { page } = app;
    await setSurveyor(page, '李测', '县局笔记本-1');
    await expect.poll(() => page.getByTestId('identity-button').textContent()).toContain('李测');
  });

  it('matches a picked folder of geotagged photos to the parcels that hold them, listing the rest with reasons', async () => {
    const { page } = app;
    await page.getByTestId('photo-folder-button').click();
    await page.getByTestId('photo-match-folder-input').setInputFiles(join(folder, 'DCIM'));
    await expect.poll(() => page.getByTestId('photo-match-summary').textContent(), { timeout: 30_000 })
      .toBe('共 4 张：2 张已匹配，2 张未匹配');
    const row = (name: string) => page.locator(`[data-testid=photo-match-row][data-file$="${name}"]`);
    expect(await row(photos.first.name).getAttribute('data-parcel-code')).toBe(parcels[0].code);
    expect(await row(photos.second.name).getAttribute('data-parcel-code')).toBe(parcels[1].code);
    expect(await row(photos.first.name).textContent()).toContain('2021-05-12 09:30:15');
    expect(await row(photos.outside.name).getAttribute('data-status')).toBe('unmatched');
    expect(await row(photos.outside.name).getByTestId('photo-match-reason').textContent()).toBe('不在任何宗地范围内');
    expect(await row(photos.noGps.name).getByTestId('photo-match-reason').textContent()).toBe('照片没有 GPS 位置');
    expect(await page.locator('[data-testid=photo-match-row][data-file$=".srt"]').count()).toBe(0);
    // Every photo shows its preview: decoded from a blob: URL under the app CSP.
    await expect.poll(() => page.getByTestId('photo-match-thumb').evaluateAll((imgs) =>
      imgs.filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 320).length)).toBe(4);
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.getByTestId('photo-match-dialog').screenshot({ path: SCREENSHOT });
  });

  it('attaches the matched photos to their parcels through the edit session, kept across a reload', async () => {
    const { page } = app;
    const confirm = page.getByTestId('photo-match-confirm');
    expect(await confirm.textContent()).toBe('将 2 张照片加入宗地档案');
    await confirm.click();
    await expect.poll(() => page.getByTestId('photo-match-done').textContent(), { timeout: 30_000 })
      .toBe('已将 2 张照片加入 2 宗地的档案。');
    await page.getByTestId('photo-match-close').click();

    const check = async () => {
      const stored = await readStored(page, parcels.map((p) => p.parcelId), [photos.first.sha256, photos.second.sha256, photos.outside.sha256]);
      const first = JSON.parse(String(stored.values[0]?.[`photo.${photos.first.sha256}`]));
      expect(first).toMatchObject({ name: photos.first.name, sha256: photos.first.sha256, byteLength: photos.first.bytes.length, mimeType: 'image/jpeg', takenAt: '2021-05-12T09:30:15', directionDegrees: 45, directionReference: 'true' });
      expect(first.lon).toBeCloseTo(parcels[0].inside[0], 6);
      expect(first.lat).toBeCloseTo(parcels[0].inside[1], 6);
      const second = JSON.parse(String(stored.values[1]?.[`photo.${photos.second.sha256}`]));
      expect(second).toMatchObject({ name: photos.second.name, sha256: photos.second.sha256, directionDegrees: null });
      // Each parcel holds only its own photo; the unmatched photo was not stored at all.
      expect(Object.keys(stored.values[0] ?? {}).filter((k) => k.startsWith('photo.'))).toEqual([`photo.${photos.first.sha256}`]);
      expect(stored.attachments).toEqual([
        { byteLength: photos.first.bytes.length, mimeType: 'image/jpeg', blobSize: photos.first.bytes.length },
        { byteLength: photos.second.bytes.length, mimeType: 'image/jpeg', blobSize: photos.second.bytes.length },
        null,
      ]);
      return stored.attachmentCount;
    };
    expect(await check()).toBe(2);
    await page.reload();
    await page.locator('[data-testid=map][data-parcels]').waitFor({ timeout: 60_000 });
    expect(await check()).toBe(2);
  });

  it('takes dropped photos in the dialog without starting an import, and stores the same photos only once', async () => {
    const { page } = app;
    await page.getByTestId('photo-folder-button').click();
    const payload = Object.values(photos).map((p) => ({ name: p.name, base64: Buffer.from(p.bytes).toString('base64') }));
    await page.evaluate((payload) => {
      const transfer = new DataTransfer();
      for (const file of payload) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: 'image/jpeg' }));
      const dialog = document.querySelector('[data-testid=photo-match-dialog]') as HTMLElement;
      dialog.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, payload);
    await expect.poll(() => page.getByTestId('photo-match-summary').textContent(), { timeout: 30_000 })
      .toBe('共 4 张：2 张已匹配，2 张未匹配');
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    await page.getByTestId('photo-match-confirm').click();
    await expect.poll(() => page.getByTestId('photo-match-done').textContent()).toBe('已将 0 张照片加入 0 宗地的档案。');
    const stored = await readStored(page, [], []);
    expect(stored.attachmentCount).toBe(2);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('photo-match-dialog').count()).toBe(0);
  });

  it('shows a matched photo on its parcel\'s card, with time, position and direction in the full view', async () => {
    const { page } = app;
    await page.evaluate((id) => { window.location.hash = `parcel=${encodeURIComponent(id)}`; }, parcels[0].parcelId);
    const gallery = page.getByTestId('parcel-photos');
    await expect.poll(() => gallery.getByTestId('photo-thumb').evaluateAll((items) => items.map((i) => i.getAttribute('data-sha256'))), { timeout: 30_000 })
      .toEqual([photos.first.sha256]);
    await gallery.scrollIntoViewIfNeeded(); // thumbnails load lazily, when in view
    await expect.poll(() => gallery.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(320);
    await gallery.locator('.photo-thumb-open').click();
    const viewer = page.getByTestId('photo-viewer');
    expect(await viewer.getByTestId('photo-viewer-time').textContent()).toBe('2021-05-12 09:30:15');
    expect(await viewer.getByTestId('photo-viewer-position').textContent())
      .toBe(`${parcels[0].inside[0].toFixed(6)}°E ${parcels[0].inside[1].toFixed(6)}°N`);
    expect(await viewer.getByTestId('photo-viewer-direction').textContent()).toBe('45.0°（真北）');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('photo-viewer').count()).toBe(0);
  });

  it('adds photos from a file and by dropping, steps through them, and removes one', async () => {
    const { page } = app;
    const gallery = page.getByTestId('parcel-photos');
    await gallery.getByTestId('photo-file-input').setInputFiles([{ name: photos.noGps.name, mimeType: 'image/jpeg', buffer: Buffer.from(photos.noGps.bytes) }]);
    await expect.poll(() => gallery.getByTestId('photo-thumb').count()).toBe(2);
    expect(await gallery.getByTestId('photo-status').textContent()).toBe('已添加 1 个文件');
    await page.evaluate(({ name, base64 }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'image/jpeg' }));
      const target = document.querySelector('[data-testid=parcel-photos]') as HTMLElement;
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { name: photos.outside.name, base64: Buffer.from(photos.outside.bytes).toString('base64') });
    await expect.poll(() => gallery.getByTestId('photo-thumb').count()).toBe(3);
    expect(await page.getByTestId('import-dialog').count()).toBe(0);

    await gallery.locator('.photo-thumb-open').first().click();
    await page.keyboard.press('ArrowRight');
    const viewer = page.getByTestId('photo-viewer');
    expect(await viewer.locator('h2').textContent()).toBe('照片 2/3');
    expect(await viewer.getByTestId('photo-viewer-time').textContent()).toBe('2021-05-12 12:00:00');
    expect(await viewer.getByTestId('photo-viewer-position').textContent()).toBe('未记录');
    await viewer.getByTestId('photo-viewer-next').click();
    expect(await viewer.getByTestId('photo-viewer-position').textContent()).toBe('113.300000°E 33.600000°N');
    await viewer.getByTestId('photo-viewer-close').click();

    page.once('dialog', (dialog) => void dialog.accept());
    await gallery.locator(`[data-testid=photo-thumb][data-sha256="${photos.outside.sha256}"] [data-testid=photo-remove]`).click();
    await expect.poll(() => gallery.getByTestId('photo-thumb').count()).toBe(2);
    const stored = await readStored(page, [parcels[0].parcelId], [photos.outside.sha256]);
    expect(stored.values[0]?.[`photo.${photos.outside.sha256}`]).toBeNull();
    expect(stored.attachments[0]?.byteLength).toBe(photos.outside.bytes.length);
  });

  it('adds a PDF to the parcel\'s documents and shows it inside the app', async () => {
    const { page } = app;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const documents = page.getByTestId('parcel-documents');
    await documents.getByTestId('document-file-input').setInputFiles([{ name: '出让合同.pdf', mimeType: 'application/pdf', buffer: pdf }]);
    const row = documents.getByTestId('document-row');
    await expect.poll(() => row.textContent()).toContain('出让合同.pdf');
    expect(await row.textContent()).toContain(`${pdf.length} B`);
    const stored = await readStored(page, [parcels[0].parcelId], []);
    expect(JSON.parse(String(stored.values[0]?.[`document.${sha256(pdf)}`]))).toMatchObject({ name: '出让合同.pdf', mimeType: 'application/pdf', byteLength: pdf.length });
    await row.getByTestId('document-open').click();
    expect(await page.getByTestId('document-frame').getAttribute('src')).toMatch(/^blob:/);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('document-viewer').count()).toBe(0);
    await page.getByTestId('parcel-dossier').screenshot({ path: join(SCREENSHOT, '../parcel-photos.png') });
  });

  it('explains in Chinese why the camera cannot be used on a machine without one', async () => {
    const { page } = app;
    await page.getByTestId('photo-camera').click();
    const problem = page.getByTestId('photo-camera-problem');
    await problem.waitFor();
    const kind = await problem.getAttribute('data-problem');
    const expected: Record<string, string> = { none: '未找到摄像头', denied: '没有摄像头使用权限' };
    expect(Object.keys(expected)).toContain(kind);
    expect(await problem.textContent()).toContain(expected[kind as string]);
    expect(await page.getByTestId('photo-camera-capture').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('photo-camera-dialog').count()).toBe(0);
  });

  it('runs under the app CSP without violations', () => {
    expect(app.profile.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });
});
