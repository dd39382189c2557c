import { describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { jpegWithExif } from '../fixtures/photo-fixtures.ts';
import { openCardByLandholder, openDemo, setSurveyor } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

/**
 * The whole loop in one profile, through the UI only: open the demo,
 * find a parcel by its landholder, fill its card (an invalid date, then the
 * fix), attach a photo from a file, reload, and find everything again with history.
 */
function uniqueLandholderParcel() {
  const features = importZip('xuchang-demo.zip', buildDemoZip())[0]?.features ?? [];
  const counts = new Map<string, number>();
  for (const f of features) counts.set(String(f.attributes.QLR), (counts.get(String(f.attributes.QLR)) ?? 0) + 1);
  const feature = features.find((f) => f.geometry && counts.get(String(f.attributes.QLR)) === 1 && typeof f.attributes.GDSJ === 'string');
  if (!feature) throw new Error('demo has no parcel with a unique landholder and a supply date');
  return { code: String(feature.attributes.ZDDM), landholder: String(feature.attributes.QLR), supplyDate: String(feature.attributes.GDSJ) };
}

describe("the surveyor's day in Chromium", () => {
  const parcel = uniqueLandholderParcel();
  const earlyStart = `${Number(parcel.supplyDate.slice(0, 4)) - 1}${parcel.supplyDate.slice(4)}`;
  const lateStart = `${Number(parcel.supplyDate.slice(0, 4)) + 1}${parcel.supplyDate.slice(4)}`;
  const app = useBrowserSession();

  it('opens the demo, finds the parcel by landholder and opens its card', async () => {
    const { page } = app;
    await openDemo(page, app.url, { until: 'count' });
    await setSurveyor(page, '李调查', '园区笔记本-2');
    await openCardByLandholder(page, parcel.landholder);
    expect(await page.getByTestId('card-parcel-code').textContent()).toBe(parcel.code);
    expect(await page.getByTestId('field-landholder').inputValue()).toBe(parcel.landholder);
  });

  it('flags an actual start before supply in Chinese, keeps it, and clears the flag once fixed', async () => {
    const { page } = app;
    const start = page.getByTestId('field-actualStartDate');
    await start.fill(earlyStart);
    await start.press('Enter');
    await expect.poll(() => page.getByTestId('issue-actualStartDate').textContent()).toContain('不能早于');
    await page.getByTestId('field-floorAreaSquareMeters').fill('12000');
    await page.getByTestId('field-floorAreaSquareMeters').press('Enter');
    await start.fill(lateStart);
    await start.press('Enter');
    await expect.poll(() => page.getByTestId('issue-actualStartDate').count()).toBe(0);
    await expect.poll(() => page.getByTestId('card-save-state').textContent()).toBe('已保存');
  });

  it('attaches a photo from a file', async () => {
    const { page } = app;
    const photo = jpegWithExif({ dateTimeOriginal: '2026:11:20 10:30:00' });
    await page.getByTestId('parcel-photos').getByTestId('photo-file-input')
      .setInputFiles([{ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) }]);
    await expect.poll(() => page.getByTestId('parcel-photos').getByTestId('photo-thumb').count()).toBe(1);
  });

  it('after a reload, the card, the photo and the history are all there', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('parcel-card').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('card-parcel-code').textContent()).toBe(parcel.code);
    expect(await page.getByTestId('field-actualStartDate').inputValue()).toBe(lateStart);
    expect(await page.getByTestId('field-floorAreaSquareMeters').inputValue()).toBe('12000');
    await expect.poll(() => page.getByTestId('parcel-photos').getByTestId('photo-thumb').count()).toBe(1);
    const history = await page.getByTestId('history-entry').allTextContents();
    // Newest first: the photo, the fixed date, the floor area, the invalid date, above anything the demo's own survey brought.
    const ours = history.filter((line) => line.includes('李调查'));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    expect(history.slice(0, ours.length)).toEqual(ours);
    expect(history.slice(ours.length).every((line) => line.includes('示例数据'))).toBe(true);
    expect(history.some((line) => line.includes(earlyStart) && line.includes(lateStart))).toBe(true);
    expect(history.some((line) => line.includes('12000') || line.includes('12,000'))).toBe(true);
    expect(app.profile.errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
  });
});
