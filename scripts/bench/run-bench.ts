// Shapefile import benchmark: `npm run bench [-- --parcels N] [--runs R]`.
// Generates N parcels once (EPSG:4547, GBK DBF with LDID only, no .cpg), then runs
// each contender in its own child process on the same files: a warm-up and R timed
// runs (median reported) plus the child's peak RSS. Prints a table with ratios and
// writes bench-results/import.json. Speed targets are reported, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManifest } from './bench-input.ts';
import { RESULT_PREFIX, type ContenderResult } from './contender.ts';
import { CONTENDERS, type ContenderName } from './contenders.ts';
import { generateBenchParcels } from './generate-bench-parcels.ts';
import { CHROMIUM_PATH } from '../../tests/e2e/harness.ts';
import { benchBrowserStorage, type BrowserStorageResult } from './browser-storage.ts';
import { coreStagesMs, formatStages, formatTable, formatVerdicts, machine, rate, writeResults } from './report.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const RESULTS_PATH = join(root, 'bench-results', 'import.json');
const ORDER: readonly ContenderName[] = ['ours', 'ours-1-thread', 'ours-stages', 'shpjs', 'shpjs-gbk', 'mapshaper', 'mapshaper-proj'];

function parseArgs(argv: readonly string[]): { parcels: number; runs: number } {
  const value = (flag: string, fallback: number): number => {
    const at = argv.indexOf(flag);
    const inline = argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
    const text = inline ?? (at >= 0 ? argv[at + 1] : undefined);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got '${text}'`);
    return n;
  };
  return { parcels: value('--parcels', 100_000), runs: value('--runs', 3) };
}

function runChild(name: ContenderName, manifestPath: string, runs: number): ContenderResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join(here, 'contender.ts'), name, manifestPath, String(runs)],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) {
    throw new Error(`contender '${name}' failed (exit ${child.status ?? child.signal}):\n${child.stderr}${child.stdout}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ContenderResult;
}

async function main(): Promise<void> {
  const { parcels, runs } = parseArgs(process.argv.slice(2));
  const machineInfo = machine(); // before the bench loads the machine
  console.log(`Generating ${parcels} parcels (7-vertex polygons, 15 fields, GBK + LDID 0x4D, no .cpg, EPSG:4547)…`);
  const shapefile = generateBenchParcels(parcels);
  const sizes = Object.fromEntries(Object.entries(shapefile.bytes).map(([part, bytes]) => [part, bytes.byteLength]));
  console.log(`  ${shapefile.dir} in ${shapefile.generationMs.toFixed(0)} ms: ${Object.entries(sizes).map(([p, b]) => `.${p} ${(b / 1024 / 1024).toFixed(1)} MiB`).join(', ')}`);
  const manifestPath = writeManifest(shapefile);
  try {
    const results: ContenderResult[] = [];
    for (const name of ORDER) {
      process.stdout.write(`  running ${CONTENDERS[name].label} (warm-up + ${runs} runs)… `);
      const result = runChild(name, manifestPath, runs);
      console.log(`median ${result.medianMs.toFixed(0)} ms, peak RSS ${result.peakRssMb.toFixed(0)} MB`);
      results.push(result);
    }
    const { rated, verdicts } = rate(results);
    const ours = rated.find((r) => r.name === 'ours-1-thread');
    const stages = rated.find((r) => r.name === 'ours-stages');
    console.log(`\nShapefile import, ${parcels} parcels, median of ${runs} runs after a warm-up (ratios: median ÷ baseline median)\n`);
    console.log(formatTable(rated));
    console.log('');
    console.log(formatVerdicts(verdicts));
    if (stages?.stagesMedianMs && ours) {
      console.log('\nours (stages), medians:');
      console.log(formatStages(stages.stagesMedianMs, ours.medianMs));
    }
    const coreMs = stages?.stagesMedianMs ? coreStagesMs(stages.stagesMedianMs) : undefined;
    const shpjsMs = rated.find((r) => r.name === 'shpjs')?.medianMs ?? NaN;
    const mapshaperMs = rated.find((r) => r.name === 'mapshaper')?.medianMs ?? NaN;
    if (coreMs !== undefined) {
      console.log(`  parse + reproject + checks + area (stages without the layer summary): ${coreMs.toFixed(0)} ms = ` +
        `${(coreMs / shpjsMs).toFixed(3)} × shpjs, ${(coreMs / mapshaperMs).toFixed(3)} × mapshaper (informational)`);
    }
    const mapshaper = rated.find((r) => r.name === 'mapshaper');
    if (mapshaper?.stagesMedianMs) {
      console.log(`\nmapshaper split: ${Object.entries(mapshaper.stagesMedianMs).map(([s, ms]) => `${s} ${ms.toFixed(0)} ms`).join(', ')}`);
    }
    const shpjs = rated.find((r) => r.name === 'shpjs');
    if (shpjs && !shpjs.qlrCorrect) {
      console.log(`shpjs without .cpg decodes the GBK text as UTF-8: QLR ${JSON.stringify(shpjs.qlr)} instead of ${JSON.stringify(shpjs.expectedQlr)}`);
    }
    console.log('\nWhat was timed:');
    for (const r of rated) console.log(`  ${r.label}: ${r.timed}`);
    let browser: BrowserStorageResult | { skipped: string };
    if (process.argv.includes('--no-browser')) browser = { skipped: '--no-browser' };
    else if (!existsSync(CHROMIUM_PATH)) browser = { skipped: `no Chromium at ${CHROMIUM_PATH}` };
    else {
      console.log(`\nChromium: importing the same ${parcels} parcels through the app, storing in IndexedDB, reopening…`);
      browser = await benchBrowserStorage(shapefile);
      console.log(`  worker parse to preview ${browser.previewMs.toFixed(0)} ms; store (encode, IndexedDB commit) ${browser.storeMs.toFixed(0)} ms (target ≤ 2000: ${browser.storeMs <= 2000 ? 'met' : 'not met'})`);
      console.log(`  reopen to a map holding every parcel: median ${browser.reopenMedianMs.toFixed(0)} ms of ${browser.reopenMs.map((m) => m.toFixed(0)).join(' / ')} (target ≤ 2000: ${browser.reopenMedianMs <= 2000 ? 'met' : 'not met'}); reading the project ${browser.loadProjectMs.toFixed(0)} ms; the same reload with nothing stored ${browser.emptyBootMs.toFixed(0)} ms; parcel tiles on the last reopening: ${browser.reopenTiles.kept} kept, ${browser.reopenTiles.made} cut`);
      console.log(`  reopen until the parcel index is built (legend shown; selection, search and ledger work): ${browser.reopenListsMs.map((m) => m.toFixed(0)).join(' / ')} ms`);
      console.log(`  page JS heap after import: ${browser.jsHeapUsedMb.toFixed(0)} MB`);
    }
    const unverified = rated.filter((r) => !r.verified);
    writeResults(RESULTS_PATH, {
      date: new Date().toISOString(),
      machine: machineInfo,
      parcels, runs,
      input: { bytes: sizes, generationMs: shapefile.generationMs, probe: shapefile.probe, crs: 'EPSG:4547', encoding: 'GBK, LDID 0x4D, no .cpg' },
      targets: verdicts,
      oursParseReprojectAreaOnlyMs: coreMs ?? null,
      contenders: rated,
      browser,
    });
    console.log(`\nResults: ${RESULTS_PATH}`);
    if (unverified.length > 0) {
      console.error(`Verification failed for: ${unverified.map((r) => r.label).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(shapefile.dir, { recursive: true, force: true });
  }
}

await main();
