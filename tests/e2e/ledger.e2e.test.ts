import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBenchParcelsZip, type BenchParcelsZip } from '../../scripts/e2e/bench-parcels-zip.ts';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { openDemo } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

const PARCELS = 100_000;
const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const grouped = (n: number) => n.toLocaleString('zh-CN');
const parseShown = (text: string) => Number(text.replace(/,/g, ''));

const rowsIn = (page: Page) => page.locator('[data-testid=ledger-row]');
const cellTexts = (page: Page, column: string) => page.locator(`[data-testid=ledger-row] [data-column=${column}]`).allTextContents();
const rowByCode = (page: Page, code: string): Locator => rowsIn(page).filter({ has: page.locator(`[data-column=parcelCode]:text-is("${code}")`) });

async function scrollLedger(page: Page, to: 'bottom' | number): Promise<void> {
  await page.getByTestId('ledger-scroll').evaluate((el, to) => {
    el.scrollTop = to === 'bottom' ? el.scrollHeight : to;
  }, to);
}

describe('ledger with 100,000 parcels in Chromium', () => {
  let input: BenchParcelsZip;
  const app = useBrowserSession({
    prepare: async ({ page, url }) => {
      input = writeBenchParcelsZip(PARCELS);
      await page.goto(url);
      await page.getByTestId('demo-offer').waitFor();
      // Imported the way a user does it: the import dialog's file picker, preview, then store.
      await page.getByTestId('open-import').click();
      await page.getByTestId('file-input').setInputFiles(input.zipPath);
      await page.getByTestId('layer-preview-0').waitFor({ timeout: 90_000 });
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-dialog').waitFor({ state: 'detached', timeout: 90_000 });
      await page.getByTestId('toggle-ledger').waitFor({ timeout: 60_000 });
    },
  });

  afterAll(async () => {
    input?.remove();
  });

  it('counts every parcel and keeps only the rows in view in the page', async () => {
    const { page } = app;
    expect(input.rows).toHaveLength(PARCELS);
    await page.getByTestId('toggle-ledger').click();
    await expect.poll(() => page.getByTestId('ledger-count').textContent(), { timeout: 30_000 })
      .toBe(`共 ${grouped(PARCELS)} 宗 / 筛选后 ${grouped(PARCELS)} 宗`);
    const first = input.rows[0];
    expect(await cellTexts(page, 'parcelCode')).toContain(first?.parcelCode);
    const rendered = await rowsIn(page).count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(100);
  });

  it('scrolls to the bottom and shows the last parcel', async () => {
    const { page } = app;
    const last = input.rows[PARCELS - 1];
    await scrollLedger(page, 'bottom');
    await rowByCode(page, last?.parcelCode as string).waitFor();
    const codes = await cellTexts(page, 'parcelCode');
    expect(codes.at(-1)).toBe(last?.parcelCode);
    expect(await rowsIn(page).count()).toBeLessThan(100);
  });

  it('sorts by area ascending, then descending', async () => {
    const { page } = app;
    const areas = input.rows.map((row) => row.areaSquareMeters).sort((a, b) => a - b);
    await page.getByTestId('ledger-sort-areaSquareMeters').click();
    await expect.poll(async () => (await cellTexts(page, 'areaSquareMeters'))[0], { timeout: 20_000 }).toBe(twoDecimals.format(areas[0] as number));
    const ascending = (await cellTexts(page, 'areaSquareMeters')).slice(0, 10);
    expect(ascending).toEqual(areas.slice(0, 10).map((a) => twoDecimals.format(a)));
    await page.getByTestId('ledger-sort-areaSquareMeters').click();
    await expect.poll(async () => (await cellTexts(page, 'areaSquareMeters'))[0]).toBe(twoDecimals.format(areas.at(-1) as number));
    const descending = (await cellTexts(page, 'areaSquareMeters')).slice(0, 10).map(parseShown);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    // 亩 beside m²: 1 亩 = 10000/15 m².
    const mu = (await cellTexts(page, 'areaMu'))[0] as string;
    expect(mu).toBe(twoDecimals.format((areas.at(-1) as number) / (10000 / 15)));
  });

  it('filters by a part of the parcel code', async () => {
    const { page } = app;
    const part = input.rows[4321]?.parcelCode.slice(6, 12).toLowerCase() as string;
    const expected = input.rows.filter((row) => row.parcelCode.toLowerCase().includes(part)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(PARCELS);
    await page.getByTestId('ledger-filter-parcelCode').fill(part);
    await expect.poll(() => page.getByTestId('ledger-count').textContent(), { timeout: 20_000 })
      .toBe(`共 ${grouped(PARCELS)} 宗 / 筛选后 ${grouped(expected)} 宗`);
    for (const code of await cellTexts(page, 'parcelCode')) expect(code.toLowerCase()).toContain(part);
    // Still sorted by area, largest first.
    const shown = (await cellTexts(page, 'areaSquareMeters')).map(parseShown);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
  });
});

describe('ledger selection and columns on the demo in Chromium', () => {
  const [demo] = importZip('xuchang-demo.zip', buildDemoZip());
  const demoCount = demo?.features.filter((f) => f.geometry).length ?? 0;
  const app = useBrowserSession({
    prepare: async ({ page, url }) => {
      await openDemo(page, url, { until: 'ledger' });
      await page.getByTestId('toggle-ledger').click();
      await page.getByTestId('ledger-count').filter({ hasText: `共 ${grouped(demoCount)} 宗` }).waitFor();
    },
  });

  it('shows the Chinese headers with units', async () => {
    const headers = await app.page.locator('[data-testid=ledger] [role=columnheader]').allTextContents();
    expect(headers).toEqual(['宗地代码', '权利人', '坐落', '园区', '县区', '规划用途', '面积（m²）', '面积（亩）', '类别', '调查状态', '处置期限', '挂牌督办']);
  });

  it('selects with click, Ctrl+click and Shift+click, and opens the card on double-click', async () => {
    const { page } = app;
    const row = (n: number) => rowsIn(page).nth(n);
    const selected = () => page.locator('[data-testid=ledger-row][aria-selected=true]').evaluateAll((els) => els.map((el) => el.getAttribute('data-parcel-id')));
    const id = async (n: number) => (await row(n).getAttribute('data-parcel-id')) as string;
    await row(1).click();
    expect(await selected()).toEqual([await id(1)]);
    await row(3).click({ modifiers: ['Control'] });
    expect(await selected()).toEqual([await id(1), await id(3)]);
    await row(6).click({ modifiers: ['Shift'] });
    expect(await selected()).toEqual([await id(3), await id(4), await id(5), await id(6)]);
    await row(3).click({ modifiers: ['Control'] });
    expect(await selected()).toEqual([await id(4), await id(5), await id(6)]);
    const code = (await row(2).locator('[data-column=parcelCode]').textContent()) as string;
    await row(2).dblclick();
    await page.getByTestId('parcel-card').waitFor();
    const cardText = await page.getByTestId('parcel-card').evaluate((card) =>
      [(card as HTMLElement).innerText, (card as HTMLElement).dataset.parcelId ?? '', ...[...card.querySelectorAll('input')].map((i) => i.value)].join('\n'));
    expect(cardText.includes(code) || cardText.includes(await id(2))).toBe(true);
    await page.screenshot({ path: 'docs/images/ledger.png' });
  });

  it('scrolls to a parcel selected elsewhere (a search result)', async () => {
    const { page } = app;
    await scrollLedger(page, 0);
    const last = demo?.features.filter((f) => f.geometry).at(-1)?.attributes.ZDDM as string;
    expect(await rowByCode(page, last).count()).toBe(0);
    await page.getByTestId('search-input').fill(last);
    await page.locator('[data-testid=search-result]').first().click();
    const target = rowByCode(page, last);
    await target.waitFor();
    expect(await target.getAttribute('aria-selected')).toBe('true');
    expect(await target.isVisible()).toBe(true);
    await page.getByTestId('search-clear').click();
  });

  it('hides a column and remembers it after a restart', async () => {
    const { page } = app;
    await page.getByTestId('ledger-columns').locator('summary').click();
    await page.getByTestId('ledger-column-county').uncheck();
    await expect.poll(() => page.locator('[data-testid=ledger] [role=columnheader]').allTextContents()).not.toContain('县区');
    expect(await page.locator('[data-testid=ledger-row] [data-column=county]').count()).toBe(0);
    await page.reload();
    await page.getByTestId('toggle-ledger').waitFor({ timeout: 60_000 });
    await page.getByTestId('toggle-ledger').click();
    await rowsIn(page).first().waitFor();
    const headers = await page.locator('[data-testid=ledger] [role=columnheader]').allTextContents();
    expect(headers).not.toContain('县区');
    expect(headers).toContain('权利人');
  });
});
