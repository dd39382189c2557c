import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDemoZip } from '../../scripts/generate-demo.ts';
import { enterpriseFiguresFromParcels, type EnterpriseParcel } from '../../shared/evaluation/enterprise-figures.ts';
import { HENAN_ABC_SCHEME } from '../../shared/evaluation/enterprise-presets.ts';
import type { EnterpriseScheme } from '../../shared/evaluation/enterprise-scheme-schema.ts';
import { evaluateEnterprises } from '../../shared/evaluation/enterprise-score.ts';
import { importZip } from '../../shared/import/zip-import.ts';
import { parcelFactsFromSource } from '../../shared/rules/source-facts.ts';
import { economicYears } from '../../shared/survey/card-fields.ts';
import type { FieldValues } from '../../shared/survey/field-value.ts';
import { DEMO_LAYER_ID, storedEdits } from './demo-classes.ts';
import { readXlsxText } from './xlsx-cells.ts';
import { openDemo } from './demo-steps.ts';
import { useBrowserSession } from './harness.ts';

const [DEMO] = importZip('xuchang-demo.zip', buildDemoZip());

/** The demo's parcels as the evaluation reads them: landholder (edits applied), ellipsoidal area, stored values. */
function demoParcels(edits: ReadonlyMap<string, FieldValues>): (EnterpriseParcel & { parcelId: string })[] {
  if (!DEMO) throw new Error('demo zip has no layer');
  return DEMO.features.filter((f) => f.geometry).map((f) => {
    const parcelId = `${DEMO_LAYER_ID}:${f.sourceIndex}`;
    const facts = parcelFactsFromSource(parcelId, f.attributes, DEMO.fieldMapping, f.areaSquareMeters, edits.get(parcelId));
    return { parcelId, landholder: String(facts.values.landholder ?? ''), areaSquareMeters: f.areaSquareMeters, values: edits.get(parcelId) ?? {} };
  });
}

// Scores to 6 decimals: the app's parcel areas come from its stored chunks and
// differ from the shapefile's in the last bits.
type Shown = Record<string, { rank: string; rankClass: string; score: string }>;

/** Every enterprise line of the table as its data attributes say. */
async function shownTable(page: Page): Promise<Shown> {
  return page.getByTestId('enterprise-table').evaluate((table) => {
    const out: Record<string, { rank: string; rankClass: string; score: string }> = {};
    for (const row of table.querySelectorAll<HTMLElement>('tbody tr')) {
      const score = row.dataset.score ?? '';
      out[row.dataset.enterprise ?? ''] = { rank: row.dataset.rank ?? '', rankClass: row.dataset.class ?? '', score: score === '' ? '' : Number(score).toFixed(6) };
    }
    return out;
  });
}

function expectedTable(scheme: EnterpriseScheme, parcels: readonly EnterpriseParcel[], year: number): Shown {
  const out: Shown = {};
  for (const e of evaluateEnterprises(scheme, enterpriseFiguresFromParcels(parcels, year))) {
    out[e.id] = { rank: e.rank === undefined ? '' : String(e.rank), rankClass: e.rankClass ?? '', score: e.score === undefined ? '' : e.score.toFixed(6) };
  }
  return out;
}

const topOf = (table: Shown) => Object.entries(table).find(([, line]) => line.rank === '1');

describe('enterprise evaluation and standard land in Chromium', () => {
  const app = useBrowserSession({ prepare: ({ page, url }) => openDemo(page, url) });

  it('scores the demo\'s enterprises as the core does, selects one\'s parcels, and re-ranks on a changed weight', async () => {
    const { page } = app;
    await page.getByTestId('enterprise-open').click();
    await page.locator('[data-testid=enterprise-panel][data-ready=true]').waitFor({ timeout: 60_000 });
    const parcels = demoParcels(await storedEdits(page));
    const year = economicYears(parcels.flatMap((p) => Object.keys(p.values)))[0];
    if (year === undefined) throw new Error('the demo survey has no yearly figures');
    expect(await page.getByTestId('enterprise-year').inputValue()).toBe(String(year));

    const henan = expectedTable(HENAN_ABC_SCHEME, parcels, year);
    const scored = Object.values(henan).filter((line) => line.rank !== '').length;
    expect(scored).toBeGreaterThan(100);
    const shown = await shownTable(page);
    expect(shown).toEqual(henan);
    const [topName, top] = topOf(henan) ?? [];
    expect(top?.rankClass).toBe('A');
    const topRow = page.locator('[data-testid=enterprise-table] tbody tr').first();
    expect(await topRow.getAttribute('data-enterprise')).toBe(topName);
    expect(await page.getByTestId('enterprise-meta').textContent()).toContain(`参评 ${scored} 家`);

    // A click selects the enterprise's parcels on the map.
    const own = parcels.filter((p) => p.landholder.trim() === topName).length;
    await topRow.click();
    await expect.poll(() => page.getByTestId('map-selection-count').textContent()).toBe(`已选 ${own} 宗`);

    // 亩均营业收入 added at weight 10 and 亩均税收 down to 1: revenue decides the order.
    await page.getByTestId('enterprise-scheme').locator('summary').click();
    await page.getByTestId('enterprise-add').selectOption('revenuePerMu');
    await page.getByTestId('enterprise-weight-taxPerMu').fill('0');
    expect(await page.getByTestId('enterprise-problems').textContent()).toBe('权重须为大于 0 的数字');
    await page.getByTestId('enterprise-weight-taxPerMu').fill('1');
    await page.getByTestId('enterprise-problems').waitFor({ state: 'detached' });
    const edited: EnterpriseScheme = {
      ...HENAN_ABC_SCHEME,
      indicators: [{ ...HENAN_ABC_SCHEME.indicators[0]!, weight: 1 }, { key: 'revenuePerMu', label: '亩均营业收入', unit: 'wanYuanPerMu', weight: 10, direction: 'higherBetter', benchmark: 'mean', capRatio: null }],
    };
    const reranked = expectedTable(edited, parcels, year);
    expect(topOf(reranked)?.[0]).not.toBe(topName);
    await expect.poll(() => shownTable(page)).toEqual(reranked);
    expect(await topRow.getAttribute('data-enterprise')).toBe(topOf(reranked)?.[0]);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: 'docs/images/enterprise.png' });

    // The Excel file holds the table as shown: header, the top enterprise with its class, every enterprise once.
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('enterprise-export').click()]);
    expect(file.suggestedFilename()).toBe(`亩均效益评价-${year}.xlsx`);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const [sheet] = readXlsxText(new Uint8Array(Buffer.concat(chunks)));
    expect(sheet?.rows.get(2)?.slice(0, 6)).toEqual(['排名', '企业（权利人）', '类别', '综合得分', '亩均税收（万元/亩）', '亩均营业收入（万元/亩）']);
    const [bestName, best] = topOf(reranked) ?? [];
    expect(sheet?.rows.get(3)?.slice(0, 3)).toEqual(['1', bestName, best?.rankClass]);
    expect(Number(sheet?.rows.get(3)?.[3]).toFixed(6)).toBe(best?.score);
    expect((sheet?.rows.size ?? 0) - 2).toBe(Object.keys(reranked).length);
    await page.getByTestId('enterprise-close').click();
  });

  it('checks standard-land figures entered on a card against the contract and the project\'s control values', async () => {
    const { page } = app;
    if (await page.getByTestId('enterprise-panel').isVisible()) await page.getByTestId('enterprise-close').click();
    const parcelId = `${DEMO_LAYER_ID}:0`;
    await page.evaluate((id) => { window.location.hash = `parcel=${encodeURIComponent(id)}`; }, parcelId);
    await page.locator(`[data-testid=parcel-card][data-parcel-id="${parcelId}"]`).waitFor({ timeout: 30_000 });
    await page.getByTestId('card-set-identity').click();
    await page.getByTestId('identity-author').fill('李核验');
    await page.getByTestId('identity-device').fill('园区平板-2');
    await page.getByTestId('identity-save').click();
    await page.getByTestId('card-identity-prompt').waitFor({ state: 'detached' });

    const outcome = (key: string, stage: string) => page.getByTestId(`standard-land-outcome-${key}-${stage}`);
    expect(await outcome('investmentIntensity', 'completion').getAttribute('data-outcome')).toBe('pending');
    await page.getByTestId('field-standardLand.contracted.investmentIntensity').fill('300');
    await page.getByTestId('field-standardLand.completion.investmentIntensity').fill('280');
    await page.getByTestId('field-standardLand.completion.investmentIntensity').press('Enter');
    await expect.poll(() => outcome('investmentIntensity', 'completion').getAttribute('data-outcome')).toBe('fail');
    expect(await outcome('investmentIntensity', 'completion').textContent()).toBe('未达标≥ 300 万元/亩');
    await page.getByTestId('field-standardLand.completion.investmentIntensity').fill('320');
    await page.getByTestId('field-standardLand.completion.investmentIntensity').press('Enter');
    await expect.poll(() => outcome('investmentIntensity', 'completion').getAttribute('data-outcome')).toBe('pass');
    await page.getByTestId('field-standardLand.completion.greenRatio').fill('120');
    await page.getByTestId('field-standardLand.completion.greenRatio').press('Enter');
    await expect.poll(() => page.getByTestId('issue-standardLand.completion.greenRatio').textContent()).toContain('100');
    await expect.poll(async () => (await storedEdits(page)).get(parcelId)?.['standardLand.completion.investmentIntensity']).toBe(320);

    // A project control value for 容积率 applies where the contract states none.
    await page.getByTestId('field-standardLand.completion.floorAreaRatio').fill('0.9');
    await page.getByTestId('field-standardLand.completion.floorAreaRatio').press('Enter');
    await expect.poll(() => outcome('floorAreaRatio', 'completion').getAttribute('data-outcome')).toBe('insufficientData');
    await page.getByTestId('standard-land-settings-open').click();
    await page.getByTestId('standard-land-control-floorAreaRatio').fill('-1');
    await page.getByTestId('standard-land-save').click();
    expect(await page.getByTestId('standard-land-problems').textContent()).toBe('控制值不能为负数');
    await page.getByTestId('standard-land-control-floorAreaRatio').fill('1.0');
    await page.getByTestId('standard-land-save').click();
    await page.getByTestId('standard-land-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => outcome('floorAreaRatio', 'completion').getAttribute('data-outcome')).toBe('fail');
    expect(await outcome('floorAreaRatio', 'completion').textContent()).toBe('未达标≥ 1');
  });
});
