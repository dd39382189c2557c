import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { jpegWithExif } from '../fixtures/photo-fixtures.ts';
import { adminJson, hubEnv, spawnHub, type HubChild } from '../hub/hub-process.ts';
import { openDemoAs, readStoredRecords } from './demo-steps.ts';
import { openProfile, startPreviewServer, type BrowserProfile } from './harness.ts';

/**
 * The "done when" through a running hub: a real hub (`npm run hub` on
 * PGlite) with accounts made by the admin commands; two browser profiles enroll,
 * edit the same demo parcel offline, come online and sync (the hub is killed in
 * the middle of a push and restarted: the push resumes), both see one conflict,
 * one resolves it and both end identical.
 */
function uniqueLandholderParcel() {
  const features = importZip('xuchang-demo.zip', buildDemoZip())[0]?.features ?? [];
  const counts = new Map<string, number>();
  for (const f of features) counts.set(String(f.attributes.QLR), (counts.get(String(f.attributes.QLR)) ?? 0) + 1);
  const feature = features.find((f) => f.geometry && counts.get(String(f.attributes.QLR)) === 1);
  if (!feature) throw new Error('demo has no parcel with a unique landholder');
  return { code: String(feature.attributes.ZDDM), landholder: String(feature.attributes.QLR) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Fills the sync dialog and enrolls; returns the error shown, or '' once connected. */
async function enroll(page: Page, url: string, code: string): Promise<string> {
  await page.getByTestId('sync-open').click();
  await page.getByTestId('sync-url').fill(url);
  await page.getByTestId('sync-code').fill(code);
  await page.getByTestId('sync-enroll').click();
  const shown = page.getByTestId('sync-connected').or(page.getByTestId('sync-enroll-error'));
  await shown.first().waitFor({ timeout: 30_000 });
  const error = (await page.getByTestId('sync-enroll-error').count()) > 0 ? (await page.getByTestId('sync-enroll-error').textContent()) ?? '' : '';
  await page.getByTestId('sync-close').click();
  return error;
}

async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('sync-open').click();
  await page.getByTestId('sync-now').click();
  await page.getByTestId('sync-close').click();
}

async function setLandholder(page: Page, value: string): Promise<void> {
  const field = page.getByTestId('field-landholder');
  await field.fill(value);
  await field.press('Enter');
  await expect.poll(() => page.getByTestId('card-save-state').textContent()).toBe('已保存');
}

const syncState = (page: Page) => page.getByTestId('status-sync').getAttribute('data-state');
const syncText = async (page: Page) => ((await page.getByTestId('status-sync').textContent()) ?? '').replace('⇅', '').trim();
const conflictCount = async (page: Page) => Number(await page.getByTestId('conflicts-open').getAttribute('data-count'));

/** A setting record of the app's IndexedDB, read in the page. */
async function readSetting(page: Page, key: string): Promise<unknown> {
  const [setting] = await readStoredRecords<{ value?: unknown }>(page, 'settings', [key]);
  return setting?.value;
}

describe('two devices sync through a running hub and settle a conflict', () => {
  const parcel = uniqueLandholderParcel();
  const folder = mkdtempSync(join(tmpdir(), 'parceldesk-hub-e2e-'));
  let env: NodeJS.ProcessEnv;
  let hubUrl: string;
  let hub: HubChild | undefined;
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let county: BrowserProfile;
  let city: BrowserProfile;
  const codes: Record<'county' | 'city', string> = { county: '', city: '' };
  /** Offsets of the chunks the county device sent, in order. */
  const chunkOffsets: number[] = [];
  let killOnChunk: number | undefined;
  const photo = jpegWithExif({ dateTimeOriginal: '2026:11:20 10:30:00' }, new Uint8Array([0xff, 0xd8, ...randomBytes(3 * 1024 * 1024), 0xff, 0xd9]));

  beforeAll(async () => {
    const port = await freePort();
    hubUrl = `http://127.0.0.1:${port}`;
    env = { ...hubEnv(folder), HUB_PORT: String(port) };
    adminJson(env, 'create-project', '--name', '许昌示例', '--id', 'demo-xuchang');
    const countyId = adminJson<{ id: string }>(env, 'create-county', '--project', 'demo-xuchang', '--name', '长葛市').id;
    const surveyor = adminJson<{ id: string }>(env, 'create-user', '--name', '张三', '--role', 'surveyor', '--county', countyId);
    const reviewer = adminJson<{ id: string }>(env, 'create-user', '--name', '李四', '--role', 'county-reviewer', '--county', countyId);
    codes.county = adminJson<{ code: string }>(env, 'enroll-code', '--user', surveyor.id).code;
    codes.city = adminJson<{ code: string }>(env, 'enroll-code', '--user', reviewer.id).code;
    server = await startPreviewServer();
    [county, city] = await Promise.all([openProfile(), openProfile()]);
    // Watches the county's chunk uploads; can kill the hub just as one is sent.
    await county.context.route((url) => /\/v1\/uploads\/[^/]+\/chunks\/\d+$/.test(url.pathname), async (route) => {
      const offset = Number(/chunks\/(\d+)$/.exec(route.request().url())?.[1]);
      chunkOffsets.push(offset);
      if (killOnChunk !== undefined && chunkOffsets.length === killOnChunk) {
        killOnChunk = undefined;
        await hub?.kill9();
      }
      await route.continue();
    });
  });

  afterAll(async () => {
    await county?.close();
    await city?.close();
    await server?.close();
    if (hub && hub.process.exitCode === null && hub.process.signalCode === null) await hub.kill9();
    rmSync(folder, { recursive: true, force: true });
  });

  it('enrollment says plainly when the hub cannot be reached and when a code was used already', async () => {
    await openDemoAs(county.page, server.url, '张三', '县局笔记本-1', parcel.landholder);
    await openDemoAs(city.page, server.url, '李四', '县局审核台式机', parcel.landholder);
    expect(await enroll(county.page, hubUrl, codes.county)).toBe('无法连接服务器，请检查地址和网络。');
    hub = await spawnHub(env);
    expect(hub.url).toBe(hubUrl);
    expect(await enroll(county.page, hubUrl, codes.county)).toBe('');
    expect(await enroll(city.page, hubUrl, codes.county)).toBe('注册码无效、已被使用或已过期，请向管理员索取新的注册码。');
    expect(await enroll(city.page, hubUrl, codes.city)).toBe('');
    // The first round sends the demo's survey (thousands of operations, the same ids on both devices).
    for (const { page } of [county, city]) await expect.poll(() => syncState(page), { timeout: 110_000 }).toBe('upToDate');
    expect(await syncText(county.page)).toBe('已同步');
    expect(await readSetting(county.page, 'sync:hub')).toMatchObject({ url: hubUrl, user: { name: '张三', role: 'surveyor' } });
  }, 300_000);

  it('offline, both change the same landholder differently; the county adds a 3 MB photo', async () => {
    for (const { context, page } of [county, city]) {
      await context.setOffline(true);
      await expect.poll(() => syncState(page)).toBe('offline');
      expect(await syncText(page)).toBe('离线');
    }
    await setLandholder(county.page, '许昌甲机械有限公司');
    await setLandholder(city.page, '许昌乙电气有限公司');
    await county.page.getByTestId('parcel-photos').getByTestId('photo-file-input')
      .setInputFiles([{ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) }]);
    await expect.poll(() => county.page.getByTestId('parcel-photos').getByTestId('photo-thumb').count()).toBe(1);
  });

  it('the county comes online, the hub dies in the middle of its push; after a restart the push resumes where the hub stopped', async () => {
    const before = chunkOffsets.length;
    killOnChunk = before + 2;
    await county.context.setOffline(false);
    await expect.poll(() => syncState(county.page), { timeout: 60_000 }).toBe('error');
    expect(await syncText(county.page)).toBe('错误（无法连接服务器）');
    expect(chunkOffsets.slice(before)).toEqual([0, 1024 * 1024]);
    const kept = await readSetting(county.page, 'sync:outbox') as { sentBytes: number; bytes: Uint8Array } | undefined;
    expect(kept?.sentBytes).toBe(1024 * 1024);

    hub = await spawnHub(env);
    expect(hub.url).toBe(hubUrl);
    await syncNow(county.page);
    await expect.poll(() => syncState(county.page), { timeout: 60_000 }).toBe('upToDate');
    // Resumed at the acknowledged offset: the first megabyte was not sent again.
    expect(chunkOffsets.slice(before + 2)[0]).toBe(1024 * 1024);
    expect(chunkOffsets.slice(before).filter((offset) => offset === 0)).toHaveLength(1);
    expect(await readSetting(county.page, 'sync:outbox')).toBeUndefined();
    const progress = await readSetting(county.page, 'sync:progress') as { verified: string[] };
    expect(progress.verified).toHaveLength(1);
  });

  it('the city comes online: its edit goes up, the county\'s comes down with the photo, and both devices show one conflict', async () => {
    await city.context.setOffline(false);
    await expect.poll(() => syncState(city.page), { timeout: 60_000 }).toBe('conflicts');
    expect(await syncText(city.page)).toBe('1 处冲突');
    await syncNow(county.page);
    await expect.poll(() => syncState(county.page), { timeout: 60_000 }).toBe('conflicts');
    for (const { page } of [county, city]) {
      await expect.poll(() => conflictCount(page)).toBe(1);
      await page.getByTestId('conflict-badge-landholder').waitFor();
      const history = (await page.getByTestId('history-entry').allTextContents()).join('\n');
      expect(history).toContain('许昌甲机械有限公司');
      expect(history).toContain('许昌乙电气有限公司');
    }
    await expect.poll(() => city.page.getByTestId('parcel-photos').getByTestId('photo-thumb').count()).toBe(1);
    expect(await county.page.getByTestId('field-landholder').inputValue()).toBe(await city.page.getByTestId('field-landholder').inputValue());
  });

  it('the county settles the conflict; after syncing both devices are identical and up to date', async () => {
    const { page } = county;
    await page.getByTestId('conflicts-open').click();
    const row = page.getByTestId('conflict-row');
    expect(await row.count()).toBe(1);
    await row.getByTestId('conflict-custom').fill('许昌甲乙联合有限公司');
    await row.getByTestId('conflict-apply-custom').click();
    await page.getByTestId('conflicts-none').waitFor();
    await page.getByTestId('conflicts-close').click();
    // The settled value goes up by itself shortly after the edit.
    await expect.poll(() => syncState(page), { timeout: 60_000 }).toBe('upToDate');
    await syncNow(city.page);
    await expect.poll(() => syncState(city.page), { timeout: 60_000 }).toBe('upToDate');
    for (const { page: p } of [county, city]) {
      await expect.poll(() => conflictCount(p)).toBe(0);
      await expect.poll(() => p.getByTestId('field-landholder').inputValue()).toBe('许昌甲乙联合有限公司');
      expect(await p.getByTestId('conflict-badge-landholder').count()).toBe(0);
      expect(await p.getByTestId('card-parcel-code').textContent()).toBe(parcel.code);
    }
    // For the user guide: the status indicator (up to date) and the connected sync settings.
    await page.getByTestId('sync-open').click();
    await page.getByTestId('sync-connected').waitFor();
    mkdirSync(join(import.meta.dirname, '../../docs/images'), { recursive: true });
    await page.screenshot({ path: join(import.meta.dirname, '../../docs/images/hub-sync.png') });
    await page.getByTestId('sync-close').click();
    const histories = await Promise.all([county, city].map(({ page: p }) => p.getByTestId('history-entry').allTextContents()));
    expect(histories[0]?.length).toBe(histories[1]?.length);
    expect(histories[0]?.length).toBeGreaterThanOrEqual(4);
    for (const { errors } of [county, city]) expect(errors.filter((e) => /Content Security Policy|CORS/i.test(e))).toEqual([]);
  });
});
