// One contender in its own process, so its peak RSS is its own:
//   node --import tsx --expose-gc scripts/bench/contender.ts NAME MANIFEST [RUNS]
// Reads the generated files, runs a warm-up and RUNS timed runs, and prints one
// line 'BENCH_RESULT {json}' on stdout for the parent.
import { fileURLToPath } from 'node:url';
import { readBenchInput } from './bench-input.ts';
import { CONTENDERS, isContenderName, type RunOutcome } from './contenders.ts';

export const RESULT_PREFIX = 'BENCH_RESULT ';

export interface ContenderResult {
  readonly name: string;
  readonly label: string;
  readonly role: 'ours' | 'baseline' | 'info';
  readonly timed: string;
  readonly warmupMs: number;
  readonly runsMs: number[];
  readonly medianMs: number;
  readonly features: number;
  readonly expectedFeatures: number;
  readonly qlr: string;
  readonly expectedQlr: string;
  readonly qlrCorrect: boolean;
  /** Decoded text that is not the expected Chinese: replacement characters or wrong code page. */
  readonly qlrMojibake: boolean;
  /** Median ms per sub-stage, when the contender reports stages. */
  readonly stagesMedianMs?: Record<string, number>;
  readonly notes?: Record<string, string | number>;
  /** RSS after loading the library and reading the files, before the first run. */
  readonly baselineRssMb: number;
  /** process.resourceUsage().maxRSS at the end: the whole child's peak. */
  readonly peakRssMb: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function main(): Promise<void> {
  const [name = '', manifestPath = '', runsArg = '3'] = process.argv.slice(2);
  if (!isContenderName(name)) throw new Error(`unknown contender '${name}'; known: ${Object.keys(CONTENDERS).join(', ')}`);
  const runs = Math.max(1, Number.parseInt(runsArg, 10) || 3);
  const contender = CONTENDERS[name];
  const input = readBenchInput(manifestPath);
  const run = await contender.load();
  const baselineRss = process.memoryUsage().rss;

  const timedRun = async (): Promise<{ ms: number; outcome: RunOutcome }> => {
    globalThis.gc?.(); // start each run from a collected heap; the run's own GC time still counts
    const started = performance.now();
    const outcome = await run(input);
    return { ms: performance.now() - started, outcome };
  };
  const warmup = await timedRun();
  const timed: { ms: number; outcome: RunOutcome }[] = [];
  for (let i = 0; i < runs; i++) timed.push(await timedRun());

  const last = (timed[timed.length - 1] as { outcome: RunOutcome }).outcome;
  const stageNames = Object.keys(last.stages ?? {});
  const stagesMedianMs = stageNames.length === 0 ? undefined
    : Object.fromEntries(stageNames.map((stage) => [stage, median(timed.map((t) => t.outcome.stages?.[stage] ?? NaN))]));
  const qlrCorrect = last.qlr === input.probe.qlr;
  const result: ContenderResult = {
    name, label: contender.label, role: contender.role, timed: contender.timed,
    warmupMs: warmup.ms,
    runsMs: timed.map((t) => t.ms),
    medianMs: median(timed.map((t) => t.ms)),
    features: last.features,
    expectedFeatures: input.parcels,
    qlr: last.qlr,
    expectedQlr: input.probe.qlr,
    qlrCorrect,
    qlrMojibake: !qlrCorrect && last.qlr.length > 0,
    ...(stagesMedianMs ? { stagesMedianMs } : {}),
    ...(last.notes ? { notes: last.notes } : {}),
    baselineRssMb: baselineRss / 1024 / 1024,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
