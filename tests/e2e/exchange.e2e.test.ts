import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSurvey, buildDemoZip } from '../../scripts/generate-demo.ts';
import { createEllipsoidalArea } from '../../shared/geodesy/ellipsoidal-area.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import type { ParcelGeometry } from '../../shared/model/geometry.ts';
import { createDeviceKeys } from '../../shared/package/device-signature.ts';
import { writePackage } from '../../shared/package/package-writer.ts';
import { openDemoAs, readStoredRecords } from './demo-steps.ts';
import { openProfile, startPreviewServer, type BrowserProfile } from './harness.ts';

/**
 * The "done when" by file: two devices (two browser profiles) edit the
 * same demo parcel offline, hand each other package files, both see one
 * conflict, one resolves it, they exchange again and end identical.
 */
const DEMO_SURVEY = buildDemoSurvey();
/** Operations the demo brings with it (its survey in progress), the same on every device. */
const DEMO_SURVEY_OPERATIONS = DEMO_SURVEY.parcels.reduce((sum, p) => sum + Object.keys(p.values).length, 0);

function uniqueLandholderParcel() {
  const features = importZip('xuchang-demo.zip', buildDemoZip())[0]?.features ?? [];
  const counts = new Map<string, number>();
  for (const f of features) counts.set(String(f.attributes.QLR), (counts.get(String(f.attributes.QLR)) ?? 0) + 1);
  // One the demo's own survey left alone, so its history holds only this test's edits.
  const surveyed = new Set(DEMO_SURVEY.parcels.map((p) => p.index));
  const feature = features.find((f) => f.geometry && counts.get(String(f.attributes.QLR)) === 1 && !surveyed.has(f.sourceIndex));
  if (!feature) throw new Error('demo has no parcel with a unique landholder');
  return { code: String(feature.attributes.ZDDM), landholder: String(feature.attributes.QLR), index: feature.sourceIndex, geometry: feature.geometry as ParcelGeometry };
}

const folder = join(process.env.PARCELDESK_E2E_FILES ?? tmpdir(), `parceldesk-exchange-${process.pid}`);
const DOCS_IMAGES = join(import.meta.dirname, '../../docs/images');

/** The geometry scaled about its first vertex by `factor` and moved by `dLon`, `dLat` degrees (CGCS2000 lon/lat). */
function reshaped(geometry: ParcelGeometry, factor: number, dLon: number, dLat: number): ParcelGeometry {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const [lon0, lat0] = polygons[0]?.[0]?.[0] ?? [0, 0];
  const moved = polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]): [number, number] => [lon0 + (lon - lon0) * factor + dLon, lat0 + (lat - lat0) * factor + dLat])));
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: moved[0] ?? [] } : { type: 'MultiPolygon', coordinates: moved };
}

/** Ellipsoidal area on CGCS2000 (m²), holes subtracted: what the review screen must show. */
function areaSquareMeters(geometry: ParcelGeometry): number {
  const calculator = createEllipsoidalArea();
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, rings) => sum + calculator.polygonAreaSquareMeters(rings), 0);
}

/** A package from another device carrying one boundary edit of a demo parcel, made on the field's original value. */
async function geometryEditPackage(parcelIndex: number, original: ParcelGeometry, changed: ParcelGeometry, device: string, author: string): Promise<Uint8Array> {
  const hlc = `${new Date(Date.now() - 60_000).toISOString()}-0000-${device}`;
  return writePackage({
    packageId: crypto.randomUUID(), projectId: 'demo-xuchang', projectName: '许昌示例', createdAt: new Date().toISOString(),
    producer: { device, deviceName: `${author}的平板`, author }, scope: { kind: 'changesSince', recipient: '市局', sinceHlc: '' },
    operations: [{
      id: hlc, hlc, projectId: 'demo-xuchang', parcelId: `demo-xuchang:xuchang_parks_zd:${parcelIndex}`, field: 'geometry',
      oldValue: JSON.stringify(original), newValue: JSON.stringify(changed), author, device, deviceName: `${author}的平板`, origin: 'local', baseHlc: '',
    }],
    layers: [], attachments: [],
  }, await createDeviceKeys());
}

async function setLandholder(page: Page, value: string): Promise<void> {
  const field = page.getByTestId('field-landholder');
  await field.fill(value);
  await field.press('Enter');
  await expect.poll(() => page.getByTestId('card-save-state').textContent()).toBe('已保存');
}

/** Exports through the dialog and saves the download to a file; returns its path. */
async function exportPackage(page: Page, scope: 'full' | 'changes', recipient: string, name: string, screenshot?: string): Promise<string> {
  await page.getByTestId('exchange-open').click();
  await page.getByTestId(`exchange-scope-${scope}`).check();
  await page.getByTestId('exchange-recipient').fill(recipient);
  await page.getByTestId('exchange-build').click();
  const built = await page.getByTestId('exchange-built').textContent({ timeout: 60_000 });
  expect(built).toMatch(/数据包已生成：[\d.]+ (KB|MB|B)/);
  const download = page.waitForEvent('download');
  await page.getByTestId('exchange-save').click();
  const path = join(folder, name);
  await (await download).saveAs(path);
  await page.getByTestId('exchange-saved').waitFor();
  if (screenshot) await page.locator('.exchange-dialog').screenshot({ path: join(DOCS_IMAGES, screenshot) });
  await page.getByTestId('exchange-close').click();
  return path;
}

/** Imports a package file through the dialog; returns the result line shown. */
async function importFile(page: Page, path: string, result: 'exchange-imported' | 'exchange-nothing-new' | 'exchange-refused'): Promise<string> {
  await page.getByTestId('exchange-open').click();
  await page.getByTestId('exchange-import-file').setInputFiles(path);
  const text = (await page.getByTestId(result).textContent({ timeout: 60_000 })) ?? '';
  await page.getByTestId('exchange-close').click();
  return text;
}

const conflictCount = async (page: Page) => Number(await page.getByTestId('conflicts-open').getAttribute('data-count'));

describe('two devices exchange package files and settle a conflict', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let county: BrowserProfile;
  let city: BrowserProfile;
  const parcel = uniqueLandholderParcel();
  const files: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(folder, { recursive: true });
    server = await startPreviewServer();
    [county, city] = await Promise.all([openProfile(), openProfile()]);
  });

  afterAll(async () => {
    await county?.close();
    await city?.close();
    await server?.close();
  });

  it('both devices open the demo and change the same landholder differently, offline', async () => {
    await openDemoAs(county.page, server.url, '张三', '县局笔记本-1', parcel.landholder);
    await openDemoAs(city.page, server.url, '李四', '市局台式机', parcel.landholder);
    await setLandholder(county.page, '许昌甲机械有限公司');
    await setLandholder(city.page, '许昌乙电气有限公司');
    expect(await conflictCount(county.page)).toBe(0);
  });

  it('each exports a package file and imports the other one: one conflict on both, shown on the card', async () => {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    files.county = await exportPackage(county.page, 'changes', '市局', 'county-1.pdpkg', 'exchange.png');
    files.city = await exportPackage(city.page, 'changes', '县局', 'city-1.pdpkg');
    expect(await importFile(county.page, files.city, 'exchange-imported')).toContain('1 处冲突');
    expect(await importFile(city.page, files.county, 'exchange-imported')).toContain('1 处冲突');
    for (const { page } of [county, city]) {
      await expect.poll(() => conflictCount(page)).toBe(1);
      await page.getByTestId('conflict-badge-landholder').waitFor();
      await page.getByTestId('card-conflict-banner').waitFor();
    }
    // Both show the same value meanwhile, and both values are in each history.
    expect(await county.page.getByTestId('field-landholder').inputValue()).toBe(await city.page.getByTestId('field-landholder').inputValue());
    for (const { page } of [county, city]) {
      const history = (await page.getByTestId('history-entry').allTextContents()).join('\n');
      expect(history).toContain('许昌甲机械有限公司');
      expect(history).toContain('许昌乙电气有限公司');
    }
  });

  it('the county reviews base / mine / theirs and types a settled value', async () => {
    const { page } = county;
    await page.getByTestId('conflicts-open').click();
    const row = page.getByTestId('conflict-row');
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('conflict-base').textContent()).toContain(parcel.landholder);
    const sides = await row.getByTestId('conflict-side').allTextContents();
    expect(sides).toHaveLength(2);
    expect(sides.find((s) => s.includes('我的'))).toContain('许昌甲机械有限公司');
    expect(sides.find((s) => s.includes('对方'))).toMatch(/许昌乙电气有限公司.*李四 · 市局台式机/);
    await page.locator('.conflicts-dialog').screenshot({ path: join(DOCS_IMAGES, 'conflicts.png') });
    await row.getByTestId('conflict-custom').fill('许昌甲乙联合有限公司');
    await row.getByTestId('conflict-apply-custom').click();
    await page.getByTestId('conflicts-none').waitFor();
    await page.getByTestId('conflicts-close').click();
    expect(await conflictCount(page)).toBe(0);
    await expect.poll(() => page.getByTestId('field-landholder').inputValue()).toBe('许昌甲乙联合有限公司');
    expect(await page.getByTestId('conflict-badge-landholder').count()).toBe(0);
  });

  it('a damaged package is refused with the reason in Chinese and changes nothing', async () => {
    const bytes = readFileSync(files.county as string);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] as number) ^ 0x10;
    const damaged = join(folder, 'damaged.pdpkg');
    writeFileSync(damaged, bytes);
    const historyBefore = await city.page.getByTestId('history-entry').allTextContents();
    expect(await importFile(city.page, damaged, 'exchange-refused')).toContain('数据包被拒绝，未写入任何内容');
    expect(await conflictCount(city.page)).toBe(1);
    expect(await city.page.getByTestId('history-entry').allTextContents()).toEqual(historyBefore);
  });

  it('after one more exchange both devices are identical, and re-importing brings nothing new', async () => {
    files.county2 = await exportPackage(county.page, 'changes', '市局', 'county-2.pdpkg');
    expect(await importFile(city.page, files.county2, 'exchange-imported')).toContain('1 条新修改，0 处冲突');
    expect(await importFile(city.page, files.county2, 'exchange-nothing-new')).toContain('没有新内容');
    files.city2 = await exportPackage(city.page, 'full', '县局', 'city-2.pdpkg');
    expect(await importFile(county.page, files.city2, 'exchange-nothing-new')).toContain('没有新内容');
    for (const { page } of [county, city]) {
      await expect.poll(() => conflictCount(page)).toBe(0);
      await expect.poll(() => page.getByTestId('field-landholder').inputValue()).toBe('许昌甲乙联合有限公司');
      expect(await page.getByTestId('conflict-badge-landholder').count()).toBe(0);
      expect(await page.getByTestId('card-conflict-banner').count()).toBe(0);
    }
    const histories = await Promise.all([county, city].map(({ page }) => page.getByTestId('history-entry').allTextContents()));
    expect(histories[0]?.length).toBe(3);
    expect(histories[1]?.length).toBe(3);
    expect(await county.page.getByTestId('card-parcel-code').textContent()).toBe(parcel.code);
    expect(await city.page.getByTestId('card-parcel-code').textContent()).toBe(parcel.code);
    for (const { errors } of [county, city]) expect(errors.filter((e) => /Content Security Policy|exchange|conflict/i.test(e))).toEqual([]);
  });

  it('a third device without the base data gets the project, its parcels and the settled value from a whole-project package', async () => {
    const newcomer = await openProfile();
    try {
      const { page } = newcomer;
      await page.goto(server.url);
      await page.getByTestId('demo-offer').waitFor();
      const result = await importFile(page, files.city2 as string, 'exchange-imported');
      // Everything the package holds is new here: the demo's own survey and the three edits of this test.
      expect(result).toContain(`${DEMO_SURVEY_OPERATIONS + 3} 条新修改，0 处冲突`);
      await page.locator('[data-testid=parcel-count]').filter({ hasText: '2464' }).waitFor({ timeout: 90_000 });
      await page.getByTestId('search-input').fill('许昌甲乙联合有限公司');
      await expect.poll(() => page.getByTestId('search-result').count(), { timeout: 30_000 }).toBe(1);
      await page.getByTestId('search-result').first().click();
      expect(await page.getByTestId('card-parcel-code').textContent()).toBe(parcel.code);
      expect(await page.getByTestId('field-landholder').inputValue()).toBe('许昌甲乙联合有限公司');
      expect(await page.getByTestId('history-entry').count()).toBe(3);
    } finally {
      await newcomer.close();
    }
  });
  it('two boundary edits of one parcel arrive from two devices: the review shows base and both sides as outlines with their areas, and one is picked', async () => {
    const { page } = city;
    const larger = reshaped(parcel.geometry, 1.1, 0, 0);
    const smaller = reshaped(parcel.geometry, 0.9, 0.00005, 0.00003);
    const first = join(folder, 'geometry-1.pdpkg'), second = join(folder, 'geometry-2.pdpkg');
    writeFileSync(first, await geometryEditPackage(parcel.index, parcel.geometry, larger, '1111111111111111', '王五'));
    writeFileSync(second, await geometryEditPackage(parcel.index, parcel.geometry, smaller, '2222222222222222', '赵六'));
    expect(await importFile(page, first, 'exchange-imported')).toContain('1 条新修改，0 处冲突');
    expect(await importFile(page, second, 'exchange-imported')).toContain('1 条新修改，1 处冲突');
    await expect.poll(() => conflictCount(page)).toBe(1);

    await page.getByTestId('conflicts-open').click();
    const row = page.locator('[data-testid=conflict-row][data-field=geometry]');
    const outlines = row.getByTestId('geometry-outline');
    expect(await outlines.evaluateAll((items) => items.map((item) => item.getAttribute('data-role')))).toEqual(['base', 'theirs', 'theirs']);
    expect(await outlines.evaluateAll((items) => items.map((item) => item.getAttribute('data-area-m2'))))
      .toEqual([parcel.geometry, larger, smaller].map((g) => areaSquareMeters(g).toFixed(1)));
    expect(await row.locator('svg path.geometry-shape').count()).toBe(3);
    const areaTexts = await row.getByTestId('geometry-area').allTextContents();
    expect(areaTexts[0]).toMatch(/平方米 · [\d,.]+ 亩/);
    expect(areaTexts[1]).toMatch(/较原值 \+[\d,.]+ 平方米/);
    expect(areaTexts[2]).toMatch(/较原值 −[\d,.]+ 平方米/);
    expect(await row.textContent()).not.toContain('coordinates');
    await page.locator('.conflicts-dialog').screenshot({ path: join(DOCS_IMAGES, 'conflict-geometry.png') });
    await outlines.nth(2).getByTestId('conflict-pick').click();
    await page.getByTestId('conflicts-none').waitFor();
    await page.getByTestId('conflicts-close').click();
    expect(await conflictCount(page)).toBe(0);
    const [edits] = await readStoredRecords<{ values: Record<string, unknown> }>(page, 'parcelEdits', [`demo-xuchang:xuchang_parks_zd:${parcel.index}`]);
    const stored = edits?.values.geometry;
    expect(stored).toBe(JSON.stringify(smaller));
  });
});
