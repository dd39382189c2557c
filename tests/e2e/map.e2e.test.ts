import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { createEllipsoidalArea } from '../../shared/geodesy/ellipsoidal-area.ts';
import { geodesicDistanceMeters } from '../../shared/geodesy/geodesic-length.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import type { BboxLonLat } from '../../shared/model/geometry.ts';
import { XUCHANG_DEFAULT_RULE_SET } from '../../shared/rules/xuchang-default-rules.ts';
import { localIsoDate } from '../../shared/search/parcel-filter.ts';
import { expectedParcels, storedEdits } from './demo-classes.ts';
import { openDemo, setSurveyor } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';
import { buildMbtiles, buildPmtiles, fullTileMvt, solidPngTile, tilesCovering } from '../fixtures/tile-archives.ts';
import { PARCEL_CLASS_COLOURS } from '../../renderer/src/map/parcel-class-colours.ts';
import { countPixelsNear } from './map-pixels.ts';

type Point = { x: number; y: number };
type Rgb = [number, number, number];

/** The map background (#eef1ec), also the colour of the roads between parcels. */
const BACKGROUND: Rgb = [0xee, 0xf1, 0xec];
/** Class colours as drawn: full for dots far out, at 75 % over the background for fills. */
const PARCEL_SHADES: Rgb[] = Object.values(PARCEL_CLASS_COLOURS).flatMap((hex) => {
  const full = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
  return [full, full.map((v, c) => Math.round(0.75 * v + 0.25 * (BACKGROUND[c] as number))) as Rgb];
});
const MAGENTA: Rgb = [255, 0, 255];
const CYAN: Rgb = [0, 200, 220];
const LIME: Rgb = [120, 230, 0];
const BLUE: Rgb = [40, 80, 255];
/** The vector default style's polygon grey (#d9dcd6 at 80 %) over the background. */
const VECTOR_GREY: Rgb = [221, 224, 218];
/** Zoom-8 tiles around the six demo parks. */
const DEMO_TILES = tilesCovering(8, [113.3, 33.6, 114.4, 34.5]);

/** Every demo parcel's extent, from the same shapefile the app opens. */
function demoParcelBboxes(): BboxLonLat[] {
  const [layer] = importZip('xuchang-demo.zip', buildDemoZip());
  return (layer?.features ?? []).flatMap((feature) => {
    const geometry = feature.geometry;
    if (!geometry || geometry.type !== 'Polygon') return [];
    const points = geometry.coordinates.flat();
    const lons = points.map((p) => p[0] as number), lats = points.map((p) => p[1] as number);
    return [[Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as BboxLonLat];
  });
}

/** The tiles of `tiles` written as folder/z/x/y.png. */
function writeTileFolder(root: string, tiles: readonly [number, number, number][], png: Uint8Array): void {
  for (const [z, x, y] of tiles) {
    mkdirSync(join(root, String(z), String(x)), { recursive: true });
    writeFileSync(join(root, String(z), String(x), `${y}.png`), png);
  }
}

/** The lon/lat the status bar shows for a page position (6 decimals, as the user reads it). */
async function lonLatAt(page: Page, at: Point): Promise<[number, number]> {
  await page.mouse.move(at.x, at.y);
  const text = await page.getByTestId('status-cursor').textContent();
  const match = text?.match(/经纬度 (\d+\.\d+)°E (\d+\.\d+)°N/);
  if (!match) throw new Error(`no cursor position in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

/**
 * A page position well inside a drawn parcel (waiting up to 10 s for parcels
 * to be drawn): the centre of a square of 2·radius + 1 pixels of one parcel's
 * fill (clearly off the grey-green background and the roads, all near the
 * centre's colour) in the middle part of the map, away from the toolbar and
 * legend. Radius 0 finds a parcel's dot, as parcels are drawn far out.
 */
async function parcelPoint(page: Page, skip = 0, radius = 4): Promise<Point> {
  for (let attempt = 0; ; attempt++) {
    const found = await findParcelPoint(page, skip, radius);
    if (found) return found;
    if (attempt === 20) throw new Error('no parcel drawn in the middle of the map');
    await page.waitForTimeout(500);
  }
}

async function findParcelPoint(page: Page, skip: number, radius: number): Promise<Point | undefined> {
  const map = page.getByTestId('map');
  const box = await map.boundingBox();
  if (!box) throw new Error('map has no box');
  const image = PNG.sync.read(await map.screenshot());
  const rgb = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    return [image.data[i] as number, image.data[i + 1] as number, image.data[i + 2] as number];
  };
  const distance = (a: number[], b: readonly number[]) => a.reduce((sum, v, c) => sum + Math.abs(v - (b[c] as number)), 0);
  let found = 0;
  for (let y = Math.floor(image.height * 0.2); y < image.height * 0.8; y += 6) {
    for (let x = Math.floor(image.width * 0.25); x < image.width * 0.75; x += 6) {
      // One parcel's fill or dot: a class colour (not text, outlines or the background), and the
      // whole square the colour of its centre (striped 未调查 fills vary more).
      const centre = rgb(x, y);
      if (!PARCEL_SHADES.some((shade) => distance(centre, shade) <= 60)) continue;
      let inside = true;
      for (let dy = -radius; dy <= radius && inside; dy++) for (let dx = -radius; dx <= radius && inside; dx++) inside = distance(rgb(x + dx, y + dy), centre) <= 90;
      if (inside && found++ === skip) return { x: box.x + x, y: box.y + y };
    }
  }
  return undefined;
}

/** Opens or closes the basemap panel, whatever state it is in. */
async function basemapPanel(page: Page, open: boolean): Promise<void> {
  if ((await page.getByTestId('basemap-panel').count() > 0) !== open) await page.getByTestId('basemap-button').click();
}

async function mapShot(page: Page): Promise<Buffer> {
  return page.getByTestId('map').screenshot();
}

describe('map in Chromium', () => {
  let tiles: string;
  const bboxes = demoParcelBboxes();
  const app = useBrowserSession();

  beforeAll(() => {
    tiles = mkdtempSync(join(tmpdir(), 'parceldesk-tiles-'));
  });

  afterAll(async () => {
    rmSync(tiles, { recursive: true, force: true });
  });

  it('opens the demo with a class legend counting the parcels of each class as the rules classify them', async () => {
    const { page } = app;
    await openDemo(page, app.url, { parcels: bboxes.length });
    const legend = page.getByTestId('map-legend');
    await legend.waitFor({ timeout: 30_000 });
    expect(bboxes.length).toBe(2464);
    const expected = expectedParcels(XUCHANG_DEFAULT_RULE_SET, localIsoDate(new Date()), await storedEdits(page));
    const classes = ['approvedUnsupplied', 'idle', 'inefficient', 'reserve', 'efficient', 'unsurveyed'] as const;
    for (const parcelClass of classes) {
      const n = expected.filter((p) => p.parcelClass === parcelClass).length;
      await expect.poll(() => page.getByTestId(`legend-count-${parcelClass}`).textContent(), { timeout: 30_000 }).toBe(`${n} 宗`);
    }
    // The demo's survey makes every class appear.
    expect(new Set(expected.map((p) => p.parcelClass)).size).toBeGreaterThanOrEqual(5);
    expect(await legend.textContent()).toMatch(/批而未供.*闲置.*低效.*储备.*正常.*未调查/);
  });

  it('opens a parcel\'s card on click and outlines it as selected; Ctrl-click adds a second parcel', async () => {
    const { page } = app;
    // Zoom in on a park with the scroll wheel so that parcels are tens of pixels wide.
    const park = await parcelPoint(page, 0, 0);
    await page.mouse.move(park.x, park.y);
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(1500);
    const before = countPixelsNear(await mapShot(page), [0x11, 0x11, 0x11], 20);
    const target = await parcelPoint(page);
    await page.mouse.click(target.x, target.y);
    await page.getByTestId('parcel-card').waitFor();
    expect(await page.getByTestId('map-selection-count').textContent()).toBe('已选 1 宗');
    // The card takes room beside the map; the selected parcel gets a thick near-black outline.
    await expect.poll(async () => countPixelsNear(await mapShot(page), [0x11, 0x11, 0x11], 20) - before, { timeout: 10_000 }).toBeGreaterThan(60);

    await page.waitForTimeout(500);
    const first = await parcelPoint(page);
    await page.mouse.click(first.x, first.y);
    const code = () => page.getByTestId('card-parcel-code').textContent();
    const firstCode = await code();
    // Another parcel: the next parcel-coloured spot whose card is not the first one's.
    let other: Point | undefined;
    for (let skip = 6; !other && skip <= 90; skip += 6) {
      const candidate = await parcelPoint(page, skip);
      await page.mouse.click(candidate.x, candidate.y);
      if (await code() !== firstCode) other = candidate;
    }
    if (!other) throw new Error('no second parcel found near the first');
    await page.mouse.click(first.x, first.y);
    expect(await code()).toBe(firstCode);
    await page.keyboard.down('Control');
    await page.mouse.click(other.x, other.y);
    await page.keyboard.up('Control');
    expect(await page.getByTestId('map-selection-count').textContent()).toBe('已选 2 宗');
  });

  it('recolours a parcel whose class is edited on its card, and again on undo, redo and reload', async () => {
    const { page } = app;
    await setSurveyor(page, '张测绘', '县局笔记本-1');
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no box');
    const colourAt = async (at: Point) => {
      const image = PNG.sync.read(await page.screenshot({ clip: { x: at.x - 1, y: at.y - 1, width: 3, height: 3 } }));
      return [image.data[16], image.data[17], image.data[18]] as number[];
    };
    const near = (rgb: number[], expected: Rgb) => rgb.every((v, i) => Math.abs(v - (expected[i] as number)) <= 30);
    // 闲置 is vermillion #D55E00 at 75 % over the grey-green background.
    const idleShade: Rgb = [219, 131, 59];
    // The card takes room beside the map: open one first, so that the map keeps its size from here on.
    if (await page.getByTestId('parcel-card').count() === 0) {
      const any = await parcelPoint(page);
      await page.mouse.click(any.x, any.y);
      await page.getByTestId('parcel-card').waitFor();
      await page.waitForTimeout(800);
    }
    // Well inside a parcel that is not 闲置 yet: clear of the selection outline drawn along its edge.
    let target: Point | undefined;
    for (let skip = 0; !target; skip += 3) {
      const candidate = await parcelPoint(page, skip, 7);
      if (!near(await colourAt(candidate), idleShade)) target = candidate;
    }
    await page.mouse.click(target.x, target.y);
    const parcelId = await page.getByTestId('parcel-card').getAttribute('data-parcel-id');
    // Away from the parcel, so that hover does not change its shade.
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    const count = async (parcelClass: string) => Number((await page.getByTestId(`legend-count-${parcelClass}`).textContent())?.match(/\d+/)?.[0]);
    const idleBefore = await count('idle');
    const shown = () => colourAt(target);

    // A manual class counts once it has a reason.
    await page.getByTestId('field-classOverrideReason').fill('现场核实：已停产两年');
    await page.getByTestId('field-classOverrideReason').press('Tab');
    await page.getByTestId('field-classOverride').selectOption('idle');
    await expect.poll(() => count('idle')).toBe(idleBefore + 1);
    await expect.poll(async () => near(await shown(), idleShade), { timeout: 10_000 }).toBe(true);

    await page.getByTestId('undo').click();
    await expect.poll(() => count('idle')).toBe(idleBefore);
    await expect.poll(async () => near(await shown(), idleShade), { timeout: 10_000 }).toBe(false);
    await page.getByTestId('redo').click();
    await expect.poll(async () => near(await shown(), idleShade), { timeout: 10_000 }).toBe(true);

    // After a reload the tiles (kept or cut again) know nothing of the class; the edit is drawn over them.
    await page.reload();
    await page.locator('[data-testid=map][data-parcels]').waitFor({ timeout: 60_000 });
    await expect.poll(() => count('idle'), { timeout: 30_000 }).toBe(idleBefore + 1);
    await page.getByTestId('map-selection-count').waitFor();
    expect(parcelId).toBeTruthy();
  });

  it('selects every parcel in a Shift+drag box: all parcels inside it, none outside its extent', async () => {
    const { page } = app;
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no box');
    const from = { x: box.x + box.width * 0.35, y: box.y + box.height * 0.35 };
    const to = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.6 };
    const [west, north] = await lonLatAt(page, from);
    const [east, south] = await lonLatAt(page, to);
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.getByTestId('map-select-box').waitFor();
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const selected = Number((await page.getByTestId('map-selection-count').textContent())?.match(/\d+/)?.[0]);
    // The box corners are a mouse position (whole pixels) and vector tiles put
    // vertices on a grid of 1/8 pixel (4096 units per 512-pixel tile): allow half
    // a pixel either way, in degrees at the current zoom.
    const e = Math.abs(east - west) / Math.abs(to.x - from.x) / 2;
    const inside = bboxes.filter((b) => b[0] >= west + e && b[2] <= east - e && b[1] >= south + e && b[3] <= north - e).length;
    const touching = bboxes.filter((b) => b[0] <= east + e && b[2] >= west - e && b[1] <= north + e && b[3] >= south - e).length;
    expect(inside).toBeGreaterThan(0);
    expect(selected).toBeGreaterThanOrEqual(inside);
    expect(selected).toBeLessThanOrEqual(touching);
    expect(await page.getByTestId('map-select-box').count()).toBe(0);
  });

  it('measures a distance geodesically between two clicked points', async () => {
    const { page } = app;
    await page.getByTestId('measure-distance').click();
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no box');
    const a = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.4 };
    const b = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.55 };
    const lonLatA = await lonLatAt(page, a);
    await page.mouse.click(a.x, a.y);
    const lonLatB = await lonLatAt(page, b);
    await page.mouse.dblclick(b.x, b.y);
    await expect.poll(() => page.getByTestId('measure-result').getAttribute('data-finished')).toBe('true');
    const shown = (await page.getByTestId('measure-length').textContent()) ?? '';
    const match = shown.match(/^([\d.]+) (m|km)$/);
    if (!match) throw new Error(`unexpected length "${shown}"`);
    const meters = Number(match[1]) * (match[2] === 'km' ? 1000 : 1);
    const expected = geodesicDistanceMeters(lonLatA, lonLatB);
    expect(expected).toBeGreaterThan(100);
    // The status bar rounds to 1e-6° (~0.1 m); the display to 1 cm or 1 m.
    expect(Math.abs(meters - expected)).toBeLessThan(match[2] === 'km' ? 1 : 0.5);
  });

  it('measures an area on the ellipsoid in m² and 亩', async () => {
    const { page } = app;
    await page.getByTestId('measure-area').click();
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('map has no box');
    const corners = [[0.3, 0.3], [0.65, 0.35], [0.5, 0.7]].map(([fx, fy]) => ({ x: box.x + box.width * (fx as number), y: box.y + box.height * (fy as number) }));
    const ring: [number, number][] = [];
    for (const [i, corner] of corners.entries()) {
      ring.push(await lonLatAt(page, corner));
      if (i < corners.length - 1) await page.mouse.click(corner.x, corner.y);
      else await page.mouse.dblclick(corner.x, corner.y);
    }
    await expect.poll(() => page.getByTestId('measure-result').getAttribute('data-finished')).toBe('true');
    const shown = (await page.getByTestId('measure-area-value').textContent()) ?? '';
    const match = shown.match(/^([\d.]+) m² · ([\d.]+) 亩$/);
    if (!match) throw new Error(`unexpected area "${shown}"`);
    const expected = createEllipsoidalArea().ringAreaSquareMeters(ring);
    expect(Math.abs(Number(match[1]) - expected) / expected).toBeLessThan(1e-3);
    expect(Number(match[2])).toBeCloseTo(Number(match[1]) / (10000 / 15), 1);
    await page.getByTestId('measure-area').click();
    expect(await page.getByTestId('measure-result').count()).toBe(0);
  });

  it('draws a folder of XYZ tiles as the basemap, and asks for it again after a reload', async () => {
    const { page } = app;
    const folder = join(tiles, 'xuchang-tiles');
    writeTileFolder(folder, DEMO_TILES, solidPngTile(MAGENTA));
    expect(countPixelsNear(await mapShot(page), MAGENTA, 10)).toBe(0);
    await basemapPanel(page, true);
    await page.getByTestId('basemap-xyz-input').setInputFiles(folder);
    await expect.poll(() => page.getByTestId('basemap-status').textContent(), { timeout: 20_000 }).toBe('当前：xuchang-tiles（影像瓦片，缩放 8–8）');
    await basemapPanel(page, false);
    // Tiles are drawn under the parcels: the bare ground between them turns magenta.
    await expect.poll(async () => countPixelsNear(await mapShot(page), MAGENTA, 10), { timeout: 20_000 }).toBeGreaterThan(20_000);

    await page.reload();
    await page.locator('[data-testid=map][data-parcels]').waitFor({ timeout: 60_000 });
    await basemapPanel(page, true);
    await expect.poll(() => page.getByTestId('basemap-status').textContent()).toContain('“xuchang-tiles”需要重新选择');
    expect(countPixelsNear(await mapShot(page), MAGENTA, 10)).toBe(0);
  });

  it('draws raster and vector PMTiles files and an MBTiles file (SQLite, TMS rows) as the basemap', async () => {
    const { page } = app;
    const cases = [
      { input: 'basemap-pmtiles-input', name: '影像.pmtiles', rgb: LIME, status: '当前：影像.pmtiles（影像瓦片，缩放 8–8）',
        bytes: buildPmtiles(DEMO_TILES, solidPngTile(LIME), 2, {}) },
      { input: 'basemap-pmtiles-input', name: '矢量.pmtiles', rgb: VECTOR_GREY, status: '当前：矢量.pmtiles（矢量瓦片，缩放 8–8）',
        bytes: buildPmtiles(DEMO_TILES, fullTileMvt('landuse'), 1, { vector_layers: [{ id: 'landuse' }] }) },
      { input: 'basemap-mbtiles-input', name: '影像.mbtiles', rgb: BLUE, status: '当前：影像.mbtiles（影像瓦片，缩放 8–8）',
        bytes: await buildMbtiles(DEMO_TILES, solidPngTile(BLUE), { name: '许昌', format: 'png', minzoom: '8', maxzoom: '8' }) },
    ];
    for (const { input, name, rgb, status, bytes } of cases) {
      const tolerance = rgb === VECTOR_GREY ? 4 : 10;
      expect(countPixelsNear(await mapShot(page), rgb, tolerance)).toBeLessThan(1_000);
      await basemapPanel(page, true);
      await page.getByTestId(input).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
      await expect.poll(() => page.getByTestId('basemap-status').textContent(), { timeout: 20_000 }).toBe(status);
      await basemapPanel(page, false);
      await expect.poll(async () => countPixelsNear(await mapShot(page), rgb, tolerance), { timeout: 20_000 }).toBeGreaterThan(20_000);
    }
    await basemapPanel(page, true);
    await page.getByTestId('basemap-none').click();
    await basemapPanel(page, false);
    await expect.poll(async () => countPixelsNear(await mapShot(page), BLUE, 10)).toBe(0);
  });

  it('loads an online Tianditu basemap only while online, and warns that GCJ-02 maps will not line up', async () => {
    const { page, profile: { context } } = app;
    const requested: string[] = [];
    await context.route(/^https:\/\/t\d\.tianditu\.gov\.cn\//, (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' }, body: Buffer.from(solidPngTile(CYAN)) });
    });
    await basemapPanel(page, true);
    await page.getByTestId('basemap-online-preset').selectOption('custom');
    await page.getByTestId('basemap-online-url').fill('https://webrd0{1-4}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}');
    expect(await page.getByTestId('basemap-gcj-warning').textContent()).toContain('高德');
    await page.getByTestId('basemap-online-preset').selectOption('tiandituImage');
    expect(await page.getByTestId('basemap-gcj-warning').count()).toBe(0);
    await page.getByTestId('basemap-tianditu-key').fill('test-key');

    await context.setOffline(true);
    await page.getByTestId('basemap-online-apply').click();
    await expect.poll(() => page.getByTestId('basemap-status').textContent()).toBe('已选在线地图，但现在离线：联网后自动加载。');
    await page.waitForTimeout(500);
    expect(requested).toEqual([]);

    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('basemap-status').textContent()).toBe('当前：在线地图');
    await expect.poll(async () => countPixelsNear(await mapShot(page), CYAN, 10), { timeout: 20_000 }).toBeGreaterThan(20_000);
    expect(requested.some((url) => /\/img_w\/wmts\?.*TILEMATRIX=\d+&TILEROW=\d+&TILECOL=\d+&tk=test-key$/.test(url))).toBe(true);
    expect(requested.some((url) => url.includes('/cia_w/wmts?'))).toBe(true);

    // Online choices are kept whole: after a reload the same map comes back by itself.
    await page.reload();
    await page.locator('[data-testid=map][data-parcels]').waitFor({ timeout: 60_000 });
    await expect.poll(async () => countPixelsNear(await mapShot(page), CYAN, 10), { timeout: 20_000 }).toBeGreaterThan(20_000);
    await basemapPanel(page, true);
    await page.getByTestId('basemap-none').click();
    await expect.poll(async () => countPixelsNear(await mapShot(page), CYAN, 10)).toBe(0);
    // The parcels were drawn all along, though the basemap loaded first this time.
    expect(await parcelPoint(page, 0, 0)).toBeDefined();
    await basemapPanel(page, false);
  });

  it('zooms to the selected parcel, close enough for labels; screenshot for the docs', async () => {
    const { page } = app;
    const target = await parcelPoint(page, 0, 0);
    await page.mouse.click(target.x, target.y);
    expect(await page.getByTestId('map-selection-count').textContent()).toBe('已选 1 宗');
    const scale = page.locator('[data-testid=map] .maplibregl-ctrl-scale');
    const before = await scale.textContent();
    await page.getByTestId('zoom-selection').click();
    // One parcel of ~100 m fills the view: the scale bar drops from kilometres to tens of metres.
    await expect.poll(() => scale.textContent(), { timeout: 10_000 }).toMatch(/^\d{1,2}\s*m$/);
    expect(before).toMatch(/\d\s*km$/);
    // One step out, for a docs picture with the neighbours' labels too.
    await page.locator('[data-testid=map] .maplibregl-ctrl-zoom-out').click();
    await page.waitForTimeout(1500);
    mkdirSync('docs/images', { recursive: true });
    await page.screenshot({ path: 'docs/images/map.png' });
    expect(app.profile.errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
