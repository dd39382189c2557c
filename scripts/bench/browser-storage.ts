// The Chromium half of the import benchmark: the built app imports the same
// 100k-parcel zip through its UI (worker parse → preview → IndexedDB), then is
// reloaded until the map holds every parcel again. Times come from the page.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { openProfile, startPreviewServer } from '../../tests/e2e/harness.ts';
import type { BenchShapefile } from './generate-bench-parcels.ts';

export interface BrowserStorageResult {
  readonly previewMs: number;
  readonly storeMs: number;
  readonly reopenMs: number[];
  readonly reopenMedianMs: number;
  /** Each reopening until the legend shows: the parcel index built, so selection, search and the ledger work. */
  readonly reopenListsMs: number[];
  readonly loadProjectMs: number;
  /** Parcel tiles the last reopening read from IndexedDB (kept) and cut from the chunks (made). */
  readonly reopenTiles: { readonly kept: number; readonly made: number; /** ms after navigation start */ readonly lastTileAtMs: number; readonly projectReadAtMs: number };
  readonly jsHeapUsedMb: number;
  /** The same reload with nothing stored: what any reopen costs before data (page, MapLibre, WebGL). */
  readonly emptyBootMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function benchBrowserStorage(shapefile: BenchShapefile, reopenRuns = 3): Promise<BrowserStorageResult> {
  execSync('npm run -s build:renderer', { stdio: 'ignore' }); // the app as it is now
  const dir = mkdtempSync(join(tmpdir(), 'parceldesk-bench-zip-'));
  const zipPath = join(dir, 'bench_parcels.zip');
  writeFileSync(zipPath, zipSync(Object.fromEntries(Object.entries(shapefile.bytes).map(([ext, b]) => [`bench_parcels.${ext}`, b])), { level: 1 }));
  const server = await startPreviewServer();
  const profile = await openProfile();
  const { page } = profile;
  const parcels = `[data-testid=map][data-parcels="${shapefile.parcels}"]`;
  try {
    await page.goto(server.url);
    await page.getByTestId('demo-offer').waitFor();
    const bootStarted = performance.now();
    await page.reload();
    await page.locator('[data-testid=map][data-ready=true]').waitFor();
    await page.getByTestId('demo-offer').waitFor();
    const emptyBootMs = performance.now() - bootStarted;
    await page.getByTestId('open-import').click();
    let started = performance.now();
    await page.getByTestId('file-input').setInputFiles(zipPath);
    await page.getByTestId('layer-preview-0').waitFor({ timeout: 300_000 });
    const previewMs = performance.now() - started;
    started = performance.now();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached', timeout: 300_000 });
    const storeMs = performance.now() - started;
    await page.locator(parcels).waitFor({ timeout: 300_000 });
    const cdp = await profile.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const jsHeapUsedMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
    const reopenMs: number[] = [];
    const reopenListsMs: number[] = [];
    let loadProjectMs = NaN;
    let reopenTiles = { kept: 0, made: 0, lastTileAtMs: NaN, projectReadAtMs: NaN };
    for (let i = 0; i < reopenRuns; i++) {
      started = performance.now();
      await page.reload();
      await page.locator(parcels).waitFor({ timeout: 300_000 });
      reopenMs.push(performance.now() - started);
      await page.getByTestId('map-legend').waitFor({ timeout: 300_000 });
      reopenListsMs.push(performance.now() - started);
      loadProjectMs = await page.evaluate(() => performance.getEntriesByName('parceldesk:load-project')[0]?.duration ?? NaN);
      reopenTiles = await page.evaluate(() => {
        const tiles = [...performance.getEntriesByName('parceldesk:tile-kept'), ...performance.getEntriesByName('parceldesk:tile-made')];
        const project = performance.getEntriesByName('parceldesk:load-project')[0];
        return {
          kept: performance.getEntriesByName('parceldesk:tile-kept').length,
          made: performance.getEntriesByName('parceldesk:tile-made').length,
          lastTileAtMs: Math.max(...tiles.map((t) => t.startTime)),
          projectReadAtMs: project ? project.startTime + project.duration : NaN,
        };
      });
    }
    return { previewMs, storeMs, reopenMs, reopenMedianMs: median(reopenMs), reopenListsMs, loadProjectMs, reopenTiles, jsHeapUsedMb, emptyBootMs };
  } finally {
    await profile.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
