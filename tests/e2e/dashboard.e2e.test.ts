import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summarizeLand, type LandSummary } from '../../shared/land-stats/land-summary.ts';
import { XUCHANG_PARK_PRESET } from '../../shared/parks/park-preset.ts';
import { setProjectThreshold } from '../../shared/rules/rule-set-edit.ts';
import { XUCHANG_DEFAULT_RULE_SET } from '../../shared/rules/xuchang-default-rules.ts';
import { PARCEL_CLASSES } from '../../shared/survey/card-enums.ts';
import type { FieldValues } from '../../shared/survey/field-value.ts';
import { expectedParcels, storedEdits, type ExpectedParcel } from './demo-classes.ts';
import { openDemo } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

function parkSummaries(parcels: readonly ExpectedParcel[], asOf: string): LandSummary[] {
  return summarizeLand(parcels.map((p) => p.row), { level: 'park', asOf, parks: XUCHANG_PARK_PRESET.parks });
}

type Figures = Record<string, Record<string, readonly (number | string)[]>>;

/** Every park group's figures as the dashboard shows them (its data attributes). */
async function shownFigures(page: Page): Promise<Figures> {
  return page.getByTestId('dashboard').evaluate((panel) => {
    const out: Record<string, Record<string, (number | string)[]>> = {};
    for (const group of panel.querySelectorAll<HTMLElement>('[data-testid=dashboard-group]')) {
      const figures: Record<string, (number | string)[]> = {};
      for (const el of group.querySelectorAll<HTMLElement>('[data-testid]')) {
        const d = el.dataset;
        const name = d.testid === 'dashboard-total' ? 'total' : (d.testid ?? '').replace('dashboard-class-', '');
        if (d.testid === 'dashboard-total' || d.testid?.startsWith('dashboard-class-')) figures[name] = [Number(d.count), d.areaMu ?? ''];
        if (d.testid === 'dashboard-tax') figures.tax = [d.status ?? '', d.value ?? ''];
        if (d.testid === 'dashboard-disposal') figures.disposal = [d.rate ?? '', d.met ?? ''];
        if (d.testid === 'dashboard-listings') figures.listings = [Number(d.count), Number(d.target)];
        if (d.testid === 'dashboard-overdue') figures.overdue = [Number(d.count)];
      }
      out[group.dataset.key ?? ''] = figures;
    }
    return out;
  });
}

function expectedFigures(summaries: readonly LandSummary[]): Figures {
  const out: Figures = {};
  for (const s of summaries) {
    const figures: Record<string, readonly (number | string)[]> = { total: [s.total.count, s.total.areaMu.toFixed(2)] };
    if (s.total.count > 0) {
      for (const c of PARCEL_CLASSES) figures[c] = [s.byClass[c].count, s.byClass[c].areaMu.toFixed(2)];
      figures.tax = [s.taxPerMu.status, s.taxPerMu.value === undefined ? '' : s.taxPerMu.value.toFixed(2)];
      figures.disposal = [s.disposal.rate === undefined ? '' : s.disposal.rate.toFixed(4), String(s.disposal.met)];
      figures.listings = [s.supervisedListings.count, s.supervisedListings.target];
      figures.overdue = [s.overdueParcelIds.length];
    }
    out[s.key] = figures;
  }
  return out;
}

async function legendCounts(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of PARCEL_CLASSES) out[c] = (await page.getByTestId(`legend-count-${c}`).textContent()) ?? '';
  return out;
}

function expectedLegend(parcels: readonly ExpectedParcel[]): Record<string, string> {
  return Object.fromEntries(PARCEL_CLASSES.map((c) => [c, `${parcels.filter((p) => p.parcelClass === c).length} 宗`]));
}

describe('dashboard and classification rules in Chromium', () => {
  let asOf = '';
  let edits = new Map<string, FieldValues>();
  const app = useBrowserSession({ prepare: ({ page, url }) => openDemo(page, url) });

  it('shows the demo classified by the Xuchang rule set: dashboard figures and map legend equal the core\'s', async () => {
    const { page } = app;
    await page.getByTestId('dashboard-open').click();
    await page.locator('[data-testid=dashboard][data-ready=true][data-version="1"]').waitFor({ timeout: 60_000 });
    asOf = (await page.getByTestId('dashboard').getAttribute('data-as-of')) ?? '';
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    edits = await storedEdits(page);
    const parcels = expectedParcels(XUCHANG_DEFAULT_RULE_SET, asOf, edits);
    const summaries = parkSummaries(parcels, asOf);
    // The demo has classes beyond 未调查, in six of the ten parks.
    expect(summaries.filter((s) => s.total.count > 0)).toHaveLength(6);
    expect(parcels.some((p) => p.parcelClass === 'idle') && parcels.some((p) => p.parcelClass === 'inefficient')).toBe(true);
    expect(await shownFigures(page)).toEqual(expectedFigures(summaries));
    await expect.poll(() => legendCounts(page)).toEqual(expectedLegend(parcels));
    const yuzhou = page.locator('[data-testid=dashboard-group][data-key=禹州市产业集聚区]');
    const idle = summaries.find((s) => s.key === '禹州市产业集聚区')?.byClass.idle.count ?? 0;
    expect(await yuzhou.getByTestId('dashboard-class-idle').textContent()).toContain(`${idle} 宗`);

    // Click-through: the park's 闲置 parcels are selected on the map.
    await yuzhou.getByTestId('dashboard-class-idle').click();
    await expect.poll(() => page.getByTestId('map-selection-count').textContent()).toBe(`已选 ${idle} 宗`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'docs/images/dashboard.png' });
  });

  it('a raised 容积率 minimum moves parcels to 低效 on the map, in the dashboard and on their cards', async () => {
    const { page } = app;
    const edited = setProjectThreshold(XUCHANG_DEFAULT_RULE_SET, 'minFloorAreaRatio', 0.8);
    if (!edited.ok) throw new Error(edited.problems.join('; '));
    const before = expectedParcels(XUCHANG_DEFAULT_RULE_SET, asOf, edits);
    const after = expectedParcels(edited.ruleSet, asOf, edits);
    const changed = after.filter((p, i) => p.parcelClass !== before[i]?.parcelClass);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((p) => p.parcelClass === 'inefficient')).toBe(true);

    await page.getByTestId('rules-settings-open').click();
    const input = page.getByTestId('rules-project-minFloorAreaRatio');
    expect(await input.inputValue()).toBe('0.5');
    await input.fill('-1');
    expect(await page.getByTestId('rules-project-minFloorAreaRatio-problem').textContent()).toBe('不能小于 0');
    await page.getByTestId('rules-save').click();
    expect(await page.getByTestId('rules-message').textContent()).toBe('请先改正标出的问题');
    await input.fill('0.8');
    expect(await page.getByTestId('rules-project-minFloorAreaRatio-problem').count()).toBe(0);
    await page.getByTestId('rules-save').click();
    await page.getByTestId('rules-dialog').waitFor({ state: 'detached' });

    await page.locator('[data-testid=dashboard][data-ready=true][data-version="2"]').waitFor({ timeout: 60_000 });
    expect(await shownFigures(page)).toEqual(expectedFigures(parkSummaries(after, asOf)));
    await expect.poll(() => legendCounts(page)).toEqual(expectedLegend(after));
    expect(await page.getByTestId('rules-settings-open').textContent()).toContain('v2');

    // A parcel that changed class explains why on its card.
    const parcel = changed[0];
    if (!parcel) throw new Error('no changed parcel');
    await page.evaluate((id) => { window.location.hash = `parcel=${encodeURIComponent(id)}`; }, parcel.parcelId);
    await page.locator(`[data-testid=parcel-card][data-parcel-id="${parcel.parcelId}"]`).waitFor();
    const explanation = page.getByTestId('classify-explanation');
    await page.locator('[data-testid=classify-explanation][data-version="2"]').waitFor();
    expect(await explanation.getAttribute('data-class')).toBe('inefficient');
    expect(await page.getByTestId('card-class').textContent()).toBe('低效');
    const rule = explanation.locator('[data-rule="inefficient.floorAreaRatio"]');
    expect(await rule.getByTestId('classify-threshold').textContent()).toBe('< 0.8');
    const actual = Number(await rule.getByTestId('classify-actual').textContent());
    expect(actual).toBeGreaterThanOrEqual(0.5);
    expect(actual).toBeLessThan(0.8);
    expect(await page.getByTestId('classify-version').textContent()).toContain('第 2 版');
  });
});
