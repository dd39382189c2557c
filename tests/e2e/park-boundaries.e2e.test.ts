import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { esriWktCgcs2000GaussKruger3 } from '../../shared/crs/esri-wkt.ts';
import { cgcs2000GaussKruger3, gaussKruger3Zone } from '../../shared/geodesy/gauss-kruger-zone.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import type { FlatPolygonParts } from '../../shared/model/chunk-feature-parts.ts';
import type { ParcelGeometry } from '../../shared/model/geometry.ts';
import { parkByBoundary, parkByAttribute, parkNameIndex } from '../../shared/parks/park-assignment.ts';
import { XUCHANG_PARK_PRESET } from '../../shared/parks/park-preset.ts';
import { writeDbfTable } from '../../shared/shapefile/dbf-table-writer.ts';
import { writeShpRecords } from '../../shared/shapefile/shp-record-writer.ts';
import type {} from '../../renderer/src/map/test-hooks.ts';
import { openDemo } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

const DEMO_LAYER_ID = 'demo-xuchang:xuchang_parks_zd';
const ATTRIBUTE_PARK = '禹州市产业集聚区';
/** An alias of the preset's 魏都产业集聚区, a park the demo's parcels never name. */
const BOUNDARY_NAME = '魏都区产业集聚区';
const BOUNDARY_PARK = '魏都产业集聚区';

const flatParts = (geometry: ParcelGeometry): FlatPolygonParts =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((rings) => rings.map((ring) => Float64Array.from(ring.flat())));

/** The demo's parcels with geometry: id, park by attribute, rings. */
function demoParcels() {
  const [layer] = importZip('xuchang-demo.zip', buildDemoZip());
  if (!layer) throw new Error('demo zip has no layer');
  const index = parkNameIndex(XUCHANG_PARK_PRESET.parks);
  return layer.features.flatMap((f) => (f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
    ? [{ parcelId: `${DEMO_LAYER_ID}:${f.sourceIndex}`, park: parkByAttribute(String(f.attributes.YQMC ?? ''), index) ?? '', parts: flatParts(f.geometry) }]
    : []));
}

/**
 * A park-boundary shapefile (EPSG:4547, GBK DBF with a MC name column): one
 * rectangle over the west half of the 禹州 parcels, named BOUNDARY_NAME.
 */
function buildBoundaryZip(parcels: ReturnType<typeof demoParcels>): Uint8Array {
  const projection = cgcs2000GaussKruger3(gaussKruger3Zone(38), false);
  const corners = parcels.filter((p) => p.park === ATTRIBUTE_PARK).flatMap((p) => {
    const ring = p.parts[0]?.[0] as Float64Array;
    return [projection.forward(ring[0] as number, ring[1] as number)];
  });
  const xs = corners.map((c) => c[0]), ys = corners.map((c) => c[1]);
  const west = Math.min(...xs) - 500, east = (Math.min(...xs) + Math.max(...xs)) / 2, south = Math.min(...ys) - 500, north = Math.max(...ys) + 500;
  const { shp, shx } = writeShpRecords('polygon', [[Float64Array.of(west, south, west, north, east, north, east, south, west, south)]]);
  const dbf = writeDbfTable([{ name: 'BM', type: 'C', length: 10 }, { name: 'MC', type: 'C', length: 40 }], [{ BM: 'YQ01', MC: BOUNDARY_NAME }],
    { date: { year: 2021, month: 3, day: 1 } });
  const prj = new TextEncoder().encode(esriWktCgcs2000GaussKruger3(gaussKruger3Zone(38), false));
  return zipSync({ 'yqjx.shp': shp, 'yqjx.shx': shx, 'yqjx.dbf': dbf, 'yqjx.prj': prj });
}

/** Each demo parcel's park once the boundary layer is there, through the shared core over the same zip the app imports. */
function expectedParks(parcels: ReturnType<typeof demoParcels>, zip: Uint8Array): Map<string, string> {
  const [boundaryLayer] = importZip('yqjx.zip', zip);
  const boundaries = (boundaryLayer?.features ?? []).flatMap((f) => (f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
    ? [{ parkName: BOUNDARY_PARK, parts: flatParts(f.geometry) }] : []));
  return new Map(parcels.map((p) => [p.parcelId, parkByBoundary(p.parts, boundaries) ?? p.park]));
}

async function dropFiles(page: Page, selector: string, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
  await page.evaluate(({ selector, payload }) => {
    const transfer = new DataTransfer();
    for (const file of payload) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name));
    (document.querySelector(selector) as HTMLElement).dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { selector, payload });
}

describe('parks from a park-boundary layer in Chromium', () => {
  const parcels = demoParcels();
  const zip = buildBoundaryZip(parcels);
  const parks = expectedParks(parcels, zip);
  const count = (park: string) => [...parks.values()].filter((p) => p === park).length;
  const app = useBrowserSession({ prepare: ({ page, url }) => openDemo(page, `${url}?test-hooks`, { parcels: parcels.length }) });

  it('imports a polygon layer as 园区边界: the parcels inside belong to its park, the parcel count stays', async () => {
    const { page } = app;
    const inside = count(BOUNDARY_PARK);
    expect(parcels).toHaveLength(2464);
    expect(inside).toBeGreaterThan(20);
    expect(count(ATTRIBUTE_PARK)).toBeGreaterThan(20);

    await page.getByTestId('open-import').click();
    await dropFiles(page, '[data-testid=drop-zone]', [{ name: 'yqjx.zip', bytes: zip }]);
    const card = page.getByTestId('layer-preview-0');
    await card.waitFor({ timeout: 30_000 });
    await card.getByTestId('layer-role').selectOption('parkBoundaries');
    expect(await card.getByTestId('park-name-column').inputValue()).toBe('MC');
    expect(await card.locator('header span').textContent()).toContain('园区边界图层');
    await expect.poll(() => card.getByTestId('field-mapping').count()).toBe(0);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    await expect.poll(() => page.getByTestId('parcel-count').textContent()).toContain('2464');
    await page.locator(`[data-testid=map][data-parcels="2464"]`).waitFor({ timeout: 60_000 });
    await page.getByTestId('search-park').selectOption(BOUNDARY_PARK, { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('search-count').textContent(), { timeout: 30_000 }).toContain(`找到 ${inside} 宗`);
    await page.getByTestId('search-park').selectOption(ATTRIBUTE_PARK);
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${count(ATTRIBUTE_PARK)} 宗`);
  });

  it('says on the card whether the boundary or the attribute decided the park', async () => {
    const { page } = app;
    for (const [park, method, note] of [[BOUNDARY_PARK, 'boundary', '按园区边界'], [ATTRIBUTE_PARK, 'attribute', '按属性']] as const) {
      await page.getByTestId('search-park').selectOption(park);
      const first = page.getByTestId('search-result').first();
      await expect.poll(async () => parks.get((await first.getAttribute('data-parcel-id')) ?? '')).toBe(park);
      await first.click();
      const line = page.getByTestId('card-park-assignment');
      await expect.poll(() => line.getAttribute('data-method'), { timeout: 20_000 }).toBe(method);
      expect(await line.textContent()).toContain(park);
      expect(await page.getByTestId('card-park-method').textContent()).toContain(note);
    }
  });

  it('outlines the park by its boundary and keeps the hull of parcels for the other parks', async () => {
    const { page } = app;
    const outlines = async () => page.evaluate(() => (window.parceldeskMap?.queryRenderedFeatures({ layers: ['parks:outline'] }) ?? [])
      .map((f) => `${String(f.properties.name)}${f.properties.boundary ? ' (boundary)' : ''}`));
    await expect.poll(outlines, { timeout: 20_000 }).toContain(`${BOUNDARY_PARK} (boundary)`);
    const drawn = await outlines();
    expect(drawn).toContain(ATTRIBUTE_PARK);
    expect(drawn).not.toContain(BOUNDARY_PARK);
  });
});
