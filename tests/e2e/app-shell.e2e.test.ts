import { describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { useBrowserSession } from './harness.ts';
import { countPixelsNear, countWarmPixels, distinctColours } from './map-pixels.ts';

const BACKGROUND_RGB: [number, number, number] = [0xee, 0xf1, 0xec];

function demoParcelCount(): number {
  return importZip('xuchang-demo.zip', buildDemoZip())[0]?.features.filter((f) => f.geometry).length ?? 0;
}

describe('app shell in Chromium', () => {
  const app = useBrowserSession();

  it('opens in Chinese with the map painted and offers the demo on an empty database', async () => {
    const { page } = app;
    await page.goto(app.url);
    await expect.poll(() => page.locator('.top-bar h1').textContent()).toContain('园地通');
    await page.getByTestId('demo-offer').waitFor();
    expect(await page.getByTestId('open-demo').textContent()).toBe('打开示例项目');
    await page.locator('[data-testid=map][data-ready=true]').waitFor();
    const empty = await page.getByTestId('map').screenshot();
    expect(countPixelsNear(empty, BACKGROUND_RGB, 6)).toBeGreaterThan(100_000);
    expect(countWarmPixels(empty)).toBeLessThan(50);
  });

  it('opens the demo: parcels stored, counted and drawn on the map', async () => {
    const { page } = app;
    await page.getByTestId('open-demo').click();
    const expected = demoParcelCount();
    await expect.poll(() => page.getByTestId('parcel-count').textContent(), { timeout: 30_000 }).toContain(String(expected));
    await page.locator(`[data-testid=map][data-parcels="${expected}"]`).waitFor();
    // Parcels are orange-brown (fill and outline) on a grey-green background: count warm pixels.
    await expect.poll(async () => countWarmPixels(await page.getByTestId('map').screenshot()), { timeout: 20_000 })
      .toBeGreaterThan(5_000);
    const shot = await page.getByTestId('map').screenshot();
    expect(distinctColours(shot)).toBeGreaterThan(20);
  });

  it('shows the coordinates under the cursor in lon/lat and CGCS2000 3° Gauss-Krüger', async () => {
    const { page } = app;
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const text = await page.getByTestId('status-cursor').textContent();
    expect(text).toMatch(/经纬度 11[34]\.\d{6}°E 3[34]\.\d{6}°N/);
    expect(text).toMatch(/CGCS2000 3° 带 38 X 3\d{6}\.\d{2} Y 38\d{6}\.\d{2}/);
    expect(await page.getByTestId('status-storage').textContent()).toMatch(/已用存储: \d/);
    expect(await page.getByTestId('status-online').textContent()).toMatch(/在线|离线/);
  });

  it('switches to English and keeps the choice and the data across a reload', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.locator('.top-bar h1').textContent()).toContain('ParcelDesk');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByTestId('parcel-count').waitFor();
    expect(await page.locator('.top-bar h1').textContent()).toContain('ParcelDesk');
    expect(await page.getByTestId('parcel-count').textContent()).toContain(String(demoParcelCount()));
    expect(await page.getByTestId('demo-offer').count()).toBe(0);
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect.poll(() => page.locator('.top-bar h1').textContent()).toContain('园地通');
  });

  it('runs under the app CSP without violations or page errors', async () => {
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(app.profile.errors).toEqual([]);
  });
});
