import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { openDemo } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

/** A demo parcel that has a supply date, so a start date before it is an error. */
function suppliedDemoParcel(): { parcelId: string; code: string; supplyDate: string } {
  const features = importZip('xuchang-demo.zip', buildDemoZip())[0]?.features ?? [];
  const feature = features.find((f) => f.geometry && typeof f.attributes.GDSJ === 'string' && typeof f.attributes.ZDDM === 'string');
  if (!feature) throw new Error('demo has no supplied parcel');
  return {
    parcelId: `demo-xuchang:xuchang_parks_zd:${feature.sourceIndex}`,
    code: feature.attributes.ZDDM as string,
    supplyDate: feature.attributes.GDSJ as string,
  };
}

/** Pages in a PDF that Chromium wrote (each page object is an uncompressed /Type /Page dictionary). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Parcel codes sharing the first 12 characters (county, street, block) with more than one parcel: a small batch. */
function demoBlock(): { prefix: string; count: number } {
  const features = importZip('xuchang-demo.zip', buildDemoZip())[0]?.features ?? [];
  const counts = new Map<string, number>();
  for (const f of features) if (f.geometry) counts.set(String(f.attributes.ZDDM).slice(0, 12), (counts.get(String(f.attributes.ZDDM).slice(0, 12)) ?? 0) + 1);
  const [prefix, count] = [...counts].find(([, n]) => n >= 2 && n <= 4) ?? [];
  if (!prefix || !count) throw new Error('demo has no small block');
  return { prefix, count };
}

const shiftYear = (isoDate: string, years: number) => `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;

/** Types into a card field and leaves it with Enter (single-line) as a user does. */
async function fill(page: Page, field: string, text: string): Promise<void> {
  const input = page.getByTestId(`field-${field}`);
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('card-save-state').textContent()).toBe('已保存');
}

describe('parcel card in Chromium', () => {
  const parcel = suppliedDemoParcel();
  const lateStart = shiftYear(parcel.supplyDate, 1);
  const app = useBrowserSession({ prepare: ({ page, url }) => openDemo(page, url, { until: 'count', timeoutMs: 30_000 }) });

  it('opens a parcel from #parcel=<id>, read-only until the surveyor is set', async () => {
    const { page } = app;
    await page.goto(`${app.url}#parcel=${encodeURIComponent(parcel.parcelId)}`);
    const card = page.getByTestId('parcel-card');
    await card.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('card-parcel-code').textContent()).toBe(parcel.code);
    expect(await page.getByTestId('field-supplyDate').inputValue()).toBe(parcel.supplyDate);
    expect(await page.getByTestId('card-site-area').textContent()).toMatch(/^[\d,.]+ m²（[\d,.]+ 亩）$/);
    expect(await page.getByTestId('field-landholder').isDisabled()).toBe(true);
    expect(await page.getByTestId('card-footer').textContent()).toBe('尚未设置调查员');

    await page.getByTestId('card-set-identity').click();
    await page.getByTestId('identity-author').fill('王调查');
    await page.getByTestId('identity-device').fill('县局笔记本-1');
    await page.getByTestId('identity-save').click();
    await page.getByTestId('card-identity-prompt').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('field-landholder').isDisabled()).toBe(false);
    expect(await page.getByTestId('card-footer').textContent()).toBe('当前调查员：王调查（县局笔记本-1）');
  });

  it('keeps invalid input, says what is wrong in Chinese, and clears the message once fixed', async () => {
    const { page } = app;
    await fill(page, 'actualStartDate', shiftYear(parcel.supplyDate, -1));
    expect(await page.getByTestId('issue-actualStartDate').textContent()).toBe('不能早于 供地日期');

    await fill(page, 'grantTermYears', '七十年');
    expect(await page.getByTestId('issue-grantTermYears').textContent()).toBe('不是有效数字');
    expect(await page.getByTestId('field-grantTermYears').inputValue()).toBe('七十年');
    await fill(page, 'grantTermYears', '80');
    expect(await page.getByTestId('issue-grantTermYears').textContent()).toBe('不能大于 70 年');

    // A status move is refused while the card has errors, with the reasons listed.
    await page.getByTestId('status-move-surveyed').click();
    const refused = await page.getByTestId('status-refused').textContent();
    expect(refused).toContain('无法改为「已调查」');
    expect(refused).toContain('出让年限：不能大于 70 年');
    expect(await page.getByTestId('survey-status').textContent()).toBe('未调查');

    await fill(page, 'grantTermYears', '50');
    await fill(page, 'actualStartDate', lateStart);
    expect(await page.getByTestId('issue-grantTermYears').count()).toBe(0);
    expect(await page.getByTestId('issue-actualStartDate').count()).toBe(0);
    expect(await page.getByTestId('status-refused').count()).toBe(0);
  });

  it('computes indicators from yearly figures and moves the status, stamping the surveyor', async () => {
    const { page } = app;
    await page.getByTestId('economics-year').fill('2023');
    await page.getByTestId('economics-add-year').click();
    await fill(page, 'economics.2023.tax', '120');
    const taxPerMu = page.locator('[data-indicator=taxPerMu]');
    expect(await taxPerMu.locator('dt').textContent()).toBe('亩均税收（2023 年）');
    expect(await taxPerMu.locator('dd').textContent()).toMatch(/^[\d,.]+ 万元\/亩$/);

    await page.getByTestId('field-disposalMethod').selectOption('buyBack');
    await expect.poll(() => page.getByTestId('card-save-state').textContent()).toBe('已保存');
    await page.getByTestId('status-move-surveyed').click();
    await expect.poll(() => page.getByTestId('survey-status').textContent()).toBe('已调查');
    expect(await page.getByTestId('field-surveyor').inputValue()).toBe('王调查');
    expect(await page.getByTestId('field-surveyDate').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The user guide's picture of the card: a tall window, scrolled to the top.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.locator('.card-body').evaluate((el) => { el.scrollTop = 0; });
    mkdirSync(join(import.meta.dirname, '../../docs/images'), { recursive: true });
    await page.getByTestId('parcel-card').screenshot({ path: join(import.meta.dirname, '../../docs/images/card.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('keeps every value across a reload and lists the changes with their author', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('parcel-card').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('field-grantTermYears').inputValue()).toBe('50');
    expect(await page.getByTestId('field-actualStartDate').inputValue()).toBe(lateStart);
    expect(await page.getByTestId('field-economics.2023.tax').inputValue()).toBe('120');
    expect(await page.getByTestId('field-disposalMethod').inputValue()).toBe('buyBack');
    expect(await page.getByTestId('survey-status').textContent()).toBe('已调查');

    const entries = page.getByTestId('history-entry');
    const texts = await entries.allTextContents();
    expect(texts.every((text) => text.includes('王调查 · 县局笔记本-1'))).toBe(true);
    // Newest first: the status move came last; the first grant term typed was the invalid text.
    expect(await entries.first().getAttribute('data-field')).toMatch(/^(surveyStatus|surveyor|surveyDate)$/);
    const grantTerm = texts.filter((text) => text.includes('出让年限'));
    expect(grantTerm).toHaveLength(3);
    expect(grantTerm[0]).toContain('80 年 → 50 年');
    expect(grantTerm[2]).toContain('— → 七十年');
    expect(texts.some((text) => text.includes('处置方式') && text.includes('协议收购/有偿收回'))).toBe(true);
  });

  it('undoes the last edit from the toolbar and marks the undo in history', async () => {
    const { page } = app;
    await fill(page, 'responsibleUnit', '魏都区自然资源局');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('field-responsibleUnit').inputValue()).toBe('');
    const newest = page.getByTestId('history-entry').first();
    expect(await newest.getAttribute('data-field')).toBe('responsibleUnit');
    expect(await newest.textContent()).toContain('撤销');
    expect(await newest.textContent()).toContain('魏都区自然资源局 → —');
  });

  it('prints the card on its own page with the parcel outline, hiding the app', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => { w.printCalls++; };
    });
    await page.getByTestId('card-print').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    const printed = page.locator('#print-root [data-testid=print-card]');
    expect(await printed.count()).toBe(1);
    expect(await printed.getByTestId('print-parcel-code').textContent()).toBe(parcel.code);
    const outline = printed.locator('[data-testid=parcel-outline] path[fill-rule=evenodd]');
    expect(await outline.count()).toBeGreaterThan(0);
    expect(await outline.first().getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){3,}Z/);
    expect(Number(await printed.getByTestId('scale-bar').getAttribute('data-meters'))).toBeGreaterThan(0);
    expect(await printed.getByTestId('outline-label').textContent()).toBe(parcel.code);
    expect(await printed.textContent()).toContain('50 年');
    expect(await printed.textContent()).toContain('协议收购/有偿收回');

    expect(await printed.isVisible()).toBe(false); // on screen the print view stays hidden
    await page.emulateMedia({ media: 'print' });
    expect(await printed.isVisible()).toBe(true);
    expect(await page.locator('.top-bar').isVisible()).toBe(false);
    expect(await page.getByTestId('parcel-card').isVisible()).toBe(false);
    const width = await printed.evaluate((el) => el.getBoundingClientRect().width);
    const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
    expect(width).toBeGreaterThan(pageWidth * 0.9);
    await page.emulateMedia({ media: null }); // back to screen; page.pdf() below lays out for print itself
    expect(await page.locator('.top-bar').isVisible()).toBe(true);
    // Laid out for paper, the card fills exactly one A4 page.
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  });

  it('prints every selected parcel, one card per page', async () => {
    const { page } = app;
    const block = demoBlock();
    await page.getByTestId('search-input').fill(block.prefix);
    await page.getByTestId('search-select-all').click();
    const button = page.getByTestId('print-selection');
    await expect.poll(() => button.textContent()).toBe(`打印所选（${block.count} 宗）`);
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(2);
    const codes = await page.locator('#print-root [data-testid=print-parcel-code]').allTextContents();
    expect(codes).toHaveLength(block.count);
    expect(codes.every((code) => code.startsWith(block.prefix))).toBe(true);
    expect(await page.locator('#print-root [data-testid=parcel-outline] path[fill-rule=evenodd]').count()).toBeGreaterThanOrEqual(block.count);
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(block.count);
    await page.getByTestId('search-input').fill('');
  });

  it('closes with × and forgets the parcel in the URL', async () => {
    const { page } = app;
    await page.getByTestId('card-close').click();
    await page.getByTestId('parcel-card').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    // MapLibre style validation belongs to the map's own tests; everything else (React, CSP, storage) counts here.
    expect(app.profile.errors.filter((error) => !error.startsWith('Error: layers.'))).toEqual([]);
  });
});
