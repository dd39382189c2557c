import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import type {} from '../../renderer/src/map/test-hooks.ts';
import { openDemo } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

const SOURCE = 'layer:demo-xuchang:xuchang_parks_zd';
const LABELS = `${SOURCE}:label`;

interface DemoParcel {
  readonly park: string;
  readonly parcelId: string;
  readonly code: string;
  readonly holder: string;
  readonly centre: [number, number];
}

/** Demo parcels with their code, landholder and the mean of their outer ring's corners. */
function demoParcels(): DemoParcel[] {
  const [layer] = importZip('xuchang-demo.zip', buildDemoZip());
  return (layer?.features ?? []).flatMap((feature) => {
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon') return [];
    const corners = (geometry.coordinates[0] as [number, number][]).slice(0, -1);
    const centre: [number, number] = [
      corners.reduce((s, p) => s + p[0], 0) / corners.length,
      corners.reduce((s, p) => s + p[1], 0) / corners.length,
    ];
    return [{ park: String(feature.attributes.YQMC), parcelId: `demo-xuchang:xuchang_parks_zd:${feature.sourceIndex}`, code: String(feature.attributes.ZDDM), holder: String(feature.attributes.QLR), centre }];
  });
}

/** Moves the camera without animation and waits until MapLibre has drawn everything for the new view. */
async function jumpTo(page: Page, centre: [number, number], zoom: number): Promise<void> {
  await page.evaluate(({ centre, zoom }) => new Promise<void>((resolve) => {
    const map = window.parceldeskMap;
    if (!map) throw new Error('map not exposed: open the page with ?test-hooks');
    map.once('idle', () => resolve());
    map.jumpTo({ center: centre, zoom });
  }), { centre, zoom });
}

/** The code and landholder of every label MapLibre placed on screen. */
function placedLabels(page: Page): Promise<{ code: string; holder: string }[]> {
  return page.evaluate((layer) => (window.parceldeskMap?.queryRenderedFeatures({ layers: [layer] }) ?? [])
    .map((f) => ({ code: String(f.properties.code), holder: String(f.properties.holder ?? '') })), LABELS);
}

/** The page position of a lon/lat on the map canvas. */
async function pagePoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const local = await page.evaluate((lonLat) => {
    const p = window.parceldeskMap?.project(lonLat);
    return p ? { x: p.x, y: p.y } : undefined;
  }, lonLat);
  const box = await page.locator('[data-testid=map] canvas.maplibregl-canvas').boundingBox();
  if (!local || !box) throw new Error('map has no canvas');
  return { x: box.x + local.x, y: box.y + local.y };
}

function hoverState(page: Page, parcelId: string): Promise<unknown> {
  return page.evaluate(({ source, id }) => window.parceldeskMap?.getFeatureState({ source, sourceLayer: 'parcels', id }).hover ?? false, { source: SOURCE, id: parcelId });
}

describe('map labels and hover in Chromium', () => {
  const parcels = demoParcels();
  const byCode = new Map(parcels.map((p) => [p.code, p]));
  const target = parcels[Math.floor(parcels.length / 3)] as DemoParcel;
  const app = useBrowserSession({ prepare: ({ page, url }) => openDemo(page, `${url}?test-hooks`, { parcels: parcels.length }) });

  it('shows no labels below zoom 16, where they would only clutter', async () => {
    await jumpTo(app.page, target.centre, 15);
    expect(await placedLabels(app.page)).toEqual([]);
  });

  it('labels parcels with their code and landholder at close zoom, the centred parcel among them', async () => {
    const { page } = app;
    await jumpTo(page, target.centre, 17);
    const labels = await placedLabels(page);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toContainEqual({ code: target.code, holder: target.holder });
    // Each parcel is labelled once, even where tile edges cut it.
    expect(new Set(labels.map((l) => l.code)).size).toBe(labels.length);
    // Every label is a real parcel's own pair, never a code beside another parcel's landholder.
    for (const label of labels) expect(byCode.get(label.code)?.holder, JSON.stringify(label)).toBe(label.holder);
    const paint = await page.evaluate((layer) => ({
      colour: window.parceldeskMap?.getPaintProperty(layer, 'text-color'),
      halo: window.parceldeskMap?.getPaintProperty(layer, 'text-halo-color'),
    }), LABELS);
    expect(paint).toEqual({ colour: '#1d1d1d', halo: '#ffffff' });
  });

  it('shades the parcel under the mouse and lets go of it when the mouse moves on', async () => {
    const { page } = app;
    await jumpTo(page, target.centre, 17);
    const at = await pagePoint(page, target.centre);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => hoverState(page, target.parcelId)).toBe(true);
    const hoveredIds = await page.evaluate(({ x, y, source }) => {
      const map = window.parceldeskMap;
      return map?.queryRenderedFeatures([x, y]).filter((f) => f.source === source && f.state.hover === true).map((f) => f.id);
    }, { ...(await page.evaluate((lonLat) => window.parceldeskMap?.project(lonLat), target.centre) as { x: number; y: number }), source: SOURCE });
    expect(hoveredIds).toContain(target.parcelId);
    const mapBox = await page.getByTestId('map').boundingBox();
    if (!mapBox) throw new Error('map has no box');
    // Off the map: the status bar below it.
    await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height + 10);
    await expect.poll(() => hoverState(page, target.parcelId)).toBe(false);
  });

  it('outlines each park around its parcels and names it, at park zoom', async () => {
    const { page } = app;
    await jumpTo(page, target.centre, 13);
    const parks = await page.evaluate(() => {
      const map = window.parceldeskMap;
      return {
        outlines: (map?.queryRenderedFeatures({ layers: ['parks:outline'] }) ?? []).map((f) => String(f.properties.name)),
        labels: (map?.queryRenderedFeatures({ layers: ['parks:label'] }) ?? []).map((f) => String(f.properties.name)),
      };
    });
    expect(parks.outlines).toContain(target.park);
    expect(parks.labels).toContain(target.park);
    const demoParks = new Set(parcels.map((p) => p.park));
    for (const name of [...parks.outlines, ...parks.labels]) expect(demoParks.has(name), name).toBe(true);
  });

  it('exposes nothing to a page opened without the test parameter', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.locator('[data-testid=map][data-ready]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => 'parceldeskMap' in window)).toBe(false);
  });
});
