import { pinyin } from 'pinyin-pro';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { parcelRow, type ParcelRow } from '../../shared/survey/parcel-rows.ts';
import { sourceCardValues } from '../../shared/survey/source-values.ts';
import { XUCHANG_DEFAULT_RULE_SET } from '../../shared/rules/xuchang-default-rules.ts';
import { localIsoDate } from '../../shared/search/parcel-filter.ts';
import type { ParcelClass } from '../../shared/survey/card-enums.ts';
import type { FieldValues } from '../../shared/survey/field-value.ts';
import { DEMO_LAYER_ID, expectedParcels, storedEdits } from './demo-classes.ts';
import { openDemo } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

/**
 * The demo's parcels as the app lists them, read from the same zip in this
 * process, with the edits stored in the browser and each parcel's class as
 * the rules give it (demo-classes.ts); source values only until `edits` is given.
 */
function demoRows(edits: ReadonlyMap<string, FieldValues> = new Map(), shown: ReadonlyMap<string, { parcelClass: ParcelClass; park: string }> = new Map()): ParcelRow[] {
  const [layer] = importZip('xuchang-demo.zip', buildDemoZip());
  if (!layer) throw new Error('demo zip has no layer');
  return layer.features.filter((f) => f.geometry).map((f) => {
    const id = `${DEMO_LAYER_ID}:${f.sourceIndex}`;
    const values = { ...sourceCardValues(f.attributes, layer.fieldMapping), ...edits.get(id) };
    const row = parcelRow(id, DEMO_LAYER_ID, values, f.areaSquareMeters, [0, 0, 0, 0]);
    // The class the rules give and the park as the preset names it.
    return { ...row, parcelClass: shown.get(id)?.parcelClass ?? row.parcelClass, park: shown.get(id)?.park ?? row.park };
  });
}

const contains = (row: ParcelRow, text: string) =>
  [row.parcelCode, row.landholder, row.location].some((value) => value.toLowerCase().includes(text.toLowerCase()));

/** Whether the open card shows this parcel: its code or id in its text, its fields or its data attribute. */
async function cardShows(page: Page, parcelId: string, parcelCode: string): Promise<boolean> {
  return page.getByTestId('parcel-card').evaluate((card, { parcelId, parcelCode }) => {
    const fields = [...card.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value);
    const text = [(card as HTMLElement).innerText, ...fields].join('\n');
    return (card as HTMLElement).dataset.parcelId === parcelId || text.includes(parcelCode) || text.includes(parcelId);
  }, { parcelId, parcelCode });
}

describe('search and filter in Chromium', () => {
  const rows = demoRows();
  // A landholder that holds several parcels: its distinctive middle part (past the place-name prefix).
  const counts = new Map<string, number>();
  for (const row of rows) if (row.landholder) counts.set(row.landholder, (counts.get(row.landholder) ?? 0) + 1);
  const landholder = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const query = landholder.slice(2, 6);
  const app = useBrowserSession({
    prepare: async ({ page, url }) => {
      await openDemo(page, url, { parcels: rows.length });
      // From here on, the rows carry the demo's survey and the classes the rules give.
      const edits = await storedEdits(page);
      const shown = new Map(expectedParcels(XUCHANG_DEFAULT_RULE_SET, localIsoDate(new Date()), edits)
        .map((p) => [p.parcelId, { parcelClass: p.parcelClass, park: p.row.park }]));
      rows.splice(0, rows.length, ...demoRows(edits, shown));
    },
  });

  it('finds parcels by part of a landholder name and opens the card of a clicked result', async () => {
    const { page } = app;
    const expected = rows.filter((row) => contains(row, query));
    expect(expected.length).toBeGreaterThan(1);
    await page.getByTestId('search-input').fill(query);
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${expected.length} 宗`);
    const titles = await page.locator('[data-testid=search-result] .search-result-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toContain(query);
    await page.getByTestId('search-zoom').click();
    await page.waitForTimeout(1500); // let the map settle for the user guide's picture
    await page.screenshot({ path: 'docs/images/search.png' });

    const first = page.getByTestId('search-result').first();
    const parcelId = (await first.getAttribute('data-parcel-id')) as string;
    const code = (await first.locator('.search-result-code').textContent()) as string;
    expect(expected.map((row) => row.parcelCode)).toContain(code);
    await first.click();
    await page.getByTestId('parcel-card').waitFor();
    expect(await cardShows(page, parcelId, code)).toBe(true);
    expect(await first.getAttribute('aria-selected')).toBe('true');
  });

  it('matches the pinyin initials of landholders', async () => {
    const { page } = app;
    const initials = pinyin(landholder, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase().slice(0, 4);
    const expected = rows.filter((row) => contains(row, initials)
      || pinyin(row.landholder, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase().includes(initials));
    expect(expected.length).toBeGreaterThan(0);
    await page.getByTestId('search-input').fill(initials);
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${expected.length} 宗`);
    const titles = await page.locator('[data-testid=search-result] .search-result-title').allTextContents();
    expect(titles.some((title) => title === landholder)).toBe(true);
  });

  it('narrows the results by park, class and survey status', async () => {
    const { page } = app;
    const park = rows.find((row) => row.landholder === landholder)?.park as string;
    await page.getByTestId('search-input').fill(query);
    await page.getByTestId('search-park').selectOption(park);
    const inPark = rows.filter((row) => contains(row, query) && row.park === park);
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${inPark.length} 宗`);

    await page.getByTestId('search-input').fill('');
    const wholePark = rows.filter((row) => row.park === park);
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${wholePark.length} 宗`);
    expect(wholePark.length).toBeGreaterThan(inPark.length);

    await page.getByTestId('search-class').selectOption({ label: '未调查' });
    const unsurveyed = wholePark.filter((row) => row.parcelClass === 'unsurveyed');
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${unsurveyed.length} 宗`);
    await page.getByTestId('search-class').selectOption({ label: '闲置' });
    const idle = wholePark.filter((row) => row.parcelClass === 'idle');
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${idle.length} 宗`);
    if (idle.length === 0) await page.getByTestId('search-empty').waitFor();

    await page.getByTestId('search-class').selectOption('');
    await page.getByTestId('search-status').selectOption({ label: '未调查' });
    const statusCount = wholePark.filter((row) => row.surveyStatus === 'unsurveyed').length;
    await expect.poll(() => page.getByTestId('search-count').textContent()).toContain(`找到 ${statusCount} 宗`);
    await page.getByTestId('search-status').selectOption('');
  });

  it('selects all results: the ledger shows them selected and scrolled into view', async () => {
    const { page } = app;
    const park = rows.find((row) => row.landholder === landholder)?.park as string;
    await page.getByTestId('search-park').selectOption(park);
    const wholePark = new Set(rows.filter((row) => row.park === park).map((row) => row.parcelCode));
    await page.getByTestId('search-select-all').click();
    await page.getByTestId('toggle-ledger').click();
    await expect.poll(() => page.getByTestId('ledger-count').textContent()).toContain(`共 ${rows.length.toLocaleString('zh-CN')} 宗`);
    const selected = page.locator('[data-testid=ledger-row][aria-selected=true]');
    await expect.poll(() => selected.count()).toBeGreaterThan(0);
    for (const code of await selected.locator('[data-column=parcelCode]').allTextContents()) expect(wholePark.has(code)).toBe(true);
    await page.getByTestId('search-clear').click();
    await expect.poll(() => page.getByTestId('search-count').count()).toBe(0);
    await page.getByTestId('toggle-ledger').click();
    await page.getByTestId('ledger').waitFor({ state: 'detached' });
  });
});
