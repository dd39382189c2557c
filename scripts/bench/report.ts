// Turns the children's results into the printed table, the target verdicts and
// bench-results/import.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { ContenderResult } from './contender.ts';

export interface TargetVerdict {
  readonly name: string;
  readonly ratio: number;
  readonly target: number;
  readonly met: boolean;
}

export interface RatedResult extends ContenderResult {
  readonly ratioVsShpjs: number;
  readonly ratioVsMapshaper: number;
  readonly verified: boolean;
}

/** Spec: our parse ≤ 0.2× shpjs and ≤ 0.6× mapshaper (reported, not asserted). */
const TARGETS = [
  { name: 'ours/shpjs', baseline: 'shpjs', target: 0.2 },
  { name: 'ours/mapshaper', baseline: 'mapshaper', target: 0.6 },
] as const;

export function rate(results: readonly ContenderResult[]): { rated: RatedResult[]; verdicts: TargetVerdict[] } {
  const medianOf = (name: string) => results.find((r) => r.name === name)?.medianMs ?? NaN;
  const shpjs = medianOf('shpjs'), mapshaper = medianOf('mapshaper');
  const rated = results.map((r) => ({
    ...r,
    ratioVsShpjs: r.medianMs / shpjs,
    ratioVsMapshaper: r.medianMs / mapshaper,
    // Every contender must return every parcel; ours must also decode the Chinese text right.
    verified: r.features === r.expectedFeatures && (r.role !== 'ours' || r.qlrCorrect),
  }));
  const ours = medianOf('ours');
  const verdicts = TARGETS.map(({ name, baseline, target }) => {
    const ratio = ours / medianOf(baseline);
    return { name, ratio, target, met: ratio <= target };
  });
  return { rated, verdicts };
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function formatTable(rated: readonly RatedResult[]): string {
  const header = ['contender', 'median ms', 'runs ms', '× shpjs', '× mapshaper', 'base RSS MB', 'peak RSS MB', 'Δ RSS MB', 'features', 'QLR (probe)'];
  const rows = rated.map((r) => [
    r.label,
    r.medianMs.toFixed(0),
    r.runsMs.map((ms) => ms.toFixed(0)).join(' / '),
    r.ratioVsShpjs.toFixed(3),
    r.ratioVsMapshaper.toFixed(3),
    r.baselineRssMb.toFixed(0),
    r.peakRssMb.toFixed(0),
    (r.peakRssMb - r.baselineRssMb).toFixed(0),
    `${r.features}${r.features === r.expectedFeatures ? ' ok' : ` ≠ ${r.expectedFeatures}`}`,
    r.qlrCorrect ? `ok ${r.qlr}` : `MOJIBAKE ${JSON.stringify(r.qlr.slice(0, 16))}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const numeric = new Set([1, 3, 4, 5, 6, 7]);
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] as number, numeric.has(i))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatStages(stages: Record<string, number>, totalMs: number): string {
  const sum = Object.values(stages).reduce((a, b) => a + b, 0);
  const width = Math.max(...Object.keys(stages).map((s) => s.length), 'sum of stages'.length);
  const row = (name: string, ms: number) => `  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / sum).toFixed(1).padStart(5)} %`;
  return [
    ...Object.entries(stages).map(([name, ms]) => row(name, ms)),
    `  ${'sum of stages'.padEnd(width)}  ${sum.toFixed(0).padStart(7)} ms`,
    `  ${'importShapefile (ours, 1 thread)'.padEnd(width)}  ${totalMs.toFixed(0).padStart(7)} ms`,
  ].join('\n');
}

/** The ours-stages stage that encodes the features for storage. */
export const ENCODE_STAGE = 'encodeFeatureChunks (storage)';

/** Stages outside the spec's "parse + reproject + area": the layer summary and the encoding for storage. */
const NOT_CORE_STAGES = new Set(['summarizeFeatures', ENCODE_STAGE]);

/** Sum of the stage medians without the layer summary and storage encoding (parse, reproject, checks, area). */
export function coreStagesMs(stages: Record<string, number>): number {
  return Object.entries(stages).reduce((sum, [name, ms]) => (NOT_CORE_STAGES.has(name) ? sum : sum + ms), 0);
}

export function formatVerdicts(verdicts: readonly TargetVerdict[]): string {
  return verdicts.map((v) => `${v.name} = ${v.ratio.toFixed(3)} (target ≤ ${v.target}): ${v.met ? 'met' : 'not met'}`).join('\n');
}

export function machine(): Record<string, string | number> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalMemoryGb: Math.round(totalmem() / 1024 ** 3),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    loadAverage1mAtStart: Math.round(loadavg()[0] as number * 100) / 100,
  };
}

export function writeResults(path: string, results: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
