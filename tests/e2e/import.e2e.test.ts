import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateBenchParcels } from '../../scripts/bench/generate-bench-parcels.ts';
import { importShapefile } from '../../shared/import/shapefile-import.ts';
import { buildGbkParcelZip, GBK_FIXTURE } from '../fixtures/gbk-parcel-zip.ts';
import { useBrowserSession } from './harness.ts';
import { countWarmPixels } from './map-pixels.ts';

/** Drops files onto an element the way a user's drag-and-drop does (a DataTransfer with File objects). */
async function dropFiles(page: Page, selector: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  await page.evaluate(({ selector, payload }) => {
    const transfer = new DataTransfer();
    for (const file of payload) {
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name));
    }
    const target = document.querySelector(selector) as HTMLElement;
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { selector, payload });
}

describe('import in Chromium', () => {
  const app = useBrowserSession({
    prepare: async ({ page, url }) => {
      await page.goto(url);
      await page.getByTestId('demo-offer').waitFor();
    },
  });

  it('previews a dropped GBK zip without .cpg with correct Chinese attributes, then stores it and shows it on the map', async () => {
    const { page } = app;
    await page.getByTestId('open-import').click();
    await dropFiles(page, '[data-testid=drop-zone]', [{ name: '报送数据.zip', bytes: buildGbkParcelZip() }]);
    const card = page.getByTestId('layer-preview-0');
    await card.waitFor({ timeout: 30_000 });
    expect(await card.locator('header strong').textContent()).toBe(GBK_FIXTURE.layerName);
    expect(await card.getByTestId('encoding-used').textContent()).toContain('gbk (来自 DBF 代码页标记)');
    expect(await card.getByTestId('crs-used').textContent()).toContain('EPSG:4547');
    const sample = await card.getByTestId('sample-rows').textContent();
    for (const name of GBK_FIXTURE.landholders) expect(sample).toContain(name);
    expect(await card.getByTestId('total-area').textContent()).toMatch(/椭球面积合计: [\d,.]+ 平方米 · [\d,.]+ 亩/);
    // Overriding the encoding re-reads the attributes; back to automatic restores them.
    await card.getByTestId('encoding-select').selectOption('big5');
    await expect.poll(() => card.getByTestId('encoding-used').textContent()).toContain('big5 (用户指定)');
    expect(await card.getByTestId('sample-rows').textContent()).not.toContain(GBK_FIXTURE.landholders[0]);
    await card.getByTestId('encoding-select').selectOption('');
    await expect.poll(() => card.getByTestId('sample-rows').textContent()).toContain(GBK_FIXTURE.landholders[0]);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('parcel-count').textContent()).toContain(String(GBK_FIXTURE.parcelCount));
    await page.locator(`[data-testid=map][data-parcels="${GBK_FIXTURE.parcelCount}"]`).waitFor();
    await expect.poll(async () => countWarmPixels(await page.getByTestId('map').screenshot()), { timeout: 20_000 }).toBeGreaterThan(5_000);
    // The parcels are where EPSG:4547 puts them: the cursor over the map centre reads near the fixture's centre.
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const cursor = await page.getByTestId('status-cursor').textContent();
    const [lon, lat] = (cursor?.match(/(\d+\.\d+)°E (\d+\.\d+)°N/) ?? []).slice(1).map(Number);
    expect(Math.abs((lon as number) - 113.834)).toBeLessThan(0.01);
    expect(Math.abs((lat as number) - 34.024)).toBeLessThan(0.01);
  });

  it('recognises the same files imported again', async () => {
    const { page } = app;
    await page.getByTestId('open-import').click();
    await dropFiles(page, '[data-testid=drop-zone]', [{ name: '报送数据.zip', bytes: buildGbkParcelZip() }]);
    await page.getByTestId('already-imported').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await page.getByTestId('import-close').click();
  });

  it('refuses a broken zip with a message naming it, and keeps what is stored', async () => {
    const { page } = app;
    await page.getByTestId('open-import').click();
    // Like the corpus's badzip.zip: DBF bytes under a .zip name.
    const broken = new TextEncoder().encode('\u0003q\t\n(\u0000 not a zip archive at all');
    await dropFiles(page, '[data-testid=drop-zone]', [{ name: 'badzip.zip', bytes: broken }]);
    await page.getByTestId('import-problems').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-problems').textContent()).toContain('badzip.zip：无法读取压缩包');
    await page.getByTestId('import-close').click();
    await page.reload();
    await expect.poll(() => page.getByTestId('parcel-count').textContent()).toContain(String(GBK_FIXTURE.parcelCount));
    expect(app.profile.errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('parses a large file off the main thread with progress, Cancel stores nothing, and two workers import it whole', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'parceldesk-cancel-'));
    const big = generateBenchParcels(60_000);
    const zipPath = join(dir, 'large.zip');
    writeFileSync(zipPath, zipSync(Object.fromEntries(Object.entries(big.bytes).map(([ext, b]) => [`large.${ext}`, b])), { level: 1 }));
    rmSync(big.dir, { recursive: true, force: true });
    try {
      await page.getByTestId('open-import').click();
      await page.getByTestId('file-input').setInputFiles(zipPath);
      await page.getByTestId('import-progress').waitFor();
      // The page still answers while the worker parses: a main-thread round trip stays quick.
      const started = Date.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(Date.now() - started).toBeLessThan(1000);
      await page.getByTestId('import-cancel').click();
      await page.getByTestId('drop-zone').waitFor();
      expect(await page.getByTestId('layer-preview-0').count()).toBe(0);
      await page.getByTestId('import-close').click();
      await page.reload();
      await expect.poll(() => page.getByTestId('parcel-count').textContent()).toContain(String(GBK_FIXTURE.parcelCount));
      // Imported for real, the large layer is split between two workers: the merged totals
      // must equal a one-piece import of the same file.
      const whole = importShapefile({ kind: 'shapefile', name: 'large', path: 'large.shp', shp: big.bytes.shp, shx: big.bytes.shx, dbf: big.bytes.dbf, prj: new TextDecoder().decode(big.bytes.prj) });
      await page.getByTestId('open-import').click();
      await page.getByTestId('file-input').setInputFiles(zipPath);
      const card = page.getByTestId('layer-preview-0');
      await card.waitFor({ timeout: 60_000 });
      expect(await card.locator('header span').textContent()).toContain('要素数 60000');
      const areaText = (await card.getByTestId('total-area').textContent()) ?? '';
      const shownArea = Number(areaText.match(/([\d,.]+) 平方米/)?.[1]?.replace(/,/g, ''));
      expect(Math.abs(shownArea - whole.areaSquareMeters)).toBeLessThan(0.01);
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-dialog').waitFor({ state: 'detached', timeout: 60_000 });
      await expect.poll(() => page.getByTestId('parcel-count').textContent()).toContain(String(GBK_FIXTURE.parcelCount + 60_000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
