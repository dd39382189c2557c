import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { XUCHANG_DEFAULT_RULE_SET } from '../../shared/rules/xuchang-default-rules.ts';
import { EVALUATION_PARCELS, writeEvaluationShapefile } from '../fixtures/evaluation-parcels.ts';

const ROOT = join(import.meta.dirname, '../..');
const DEFAULT_RULES = join(ROOT, 'assets/rules/xuchang-default.json');
const work = mkdtempSync(join(tmpdir(), 'parceldesk-evaluate-'));
const shpPath = writeEvaluationShapefile(work);

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/parceldesk.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface ParcelOut {
  parcelCode: string; parcelClass: string; areaSquareMeters: number; reasons: string[];
  fired: { ruleId: string; actual?: number; threshold?: number; thresholdSource?: string }[];
  insufficientData: { ruleId: string; missing: string[] }[];
}

function evaluate(...extra: string[]) {
  const { status, stdout, stderr } = cli('evaluate', shpPath, '--as-of', '2021-06-30', '--json', ...extra);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout) as { parks: unknown[]; parcelCount: number; areaSquareMeters: number; ruleSet: { id: string; version: string }; classes: Record<string, { count: number; areaSquareMeters: number; areaMu: number }>; parcels: ParcelOut[] };
}

const writeRules = (name: string, content: unknown) => {
  const path = join(work, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('parceldesk evaluate', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('classifies each parcel with its reasons and counts classes with their areas', () => {
    const result = evaluate('--rules', DEFAULT_RULES);
    expect(result.ruleSet).toMatchObject({ id: 'xuchang-default', version: '1' });
    expect(result.parcelCount).toBe(EVALUATION_PARCELS.length);
    expect(Object.fromEntries(result.parcels.map((p) => [p.parcelCode, p.parcelClass]))).toEqual(Object.fromEntries(EVALUATION_PARCELS.map((p) => [p.code, p.expected])));
    for (const [name, totals] of Object.entries(result.classes)) {
      const members = result.parcels.filter((p) => p.parcelClass === name);
      expect(totals.count).toBe(members.length);
      expect(totals.areaSquareMeters).toBeCloseTo(members.reduce((sum, p) => sum + p.areaSquareMeters, 0), 1);
      expect(totals.areaMu).toBeCloseTo(totals.areaSquareMeters / (10000 / 15), 3);
    }
    expect(result.classes.inefficient?.count).toBe(2);
    expect(result.parks).toEqual([{ park: '长葛市产业集聚区', parcelCount: 7, areaSquareMeters: result.areaSquareMeters, areaMu: expect.closeTo(result.areaSquareMeters / (10000 / 15), 3), classes: result.classes }]);
    const byCode = new Map(result.parcels.map((p) => [p.parcelCode, p]));
    expect(byCode.get('CG004')?.fired).toEqual([expect.objectContaining({ ruleId: 'inefficient.floorAreaRatio', actual: 0.65, threshold: 0.7, thresholdSource: 'industry:装备制造' })]);
    expect(byCode.get('CG004')?.reasons).toEqual(['inefficient: floor-area ratio below the minimum: 0.65 < 0.7; industry:装备制造']);
    expect(byCode.get('CG002')?.reasons[0]).toMatch(/^idle: not started a full year after the agreed start: 911 days ≥ 365 days/);
    expect(byCode.get('CG007')?.insufficientData.map((r) => r.ruleId)).toContain('inefficient.productionStopped');
  });

  it('ships a default rules file equal to the preset, and uses the preset without --rules', () => {
    expect(JSON.parse(readFileSync(DEFAULT_RULES, 'utf8'))).toEqual(XUCHANG_DEFAULT_RULE_SET);
    expect(evaluate()).toEqual(evaluate('--rules', DEFAULT_RULES));
  });

  it('follows an edited rules file: a lower FAR minimum moves both low-FAR parcels out of 低效', () => {
    const edited = { ...XUCHANG_DEFAULT_RULE_SET, version: '2', thresholds: { ...XUCHANG_DEFAULT_RULE_SET.thresholds, minFloorAreaRatio: 0.4 }, overrides: [] };
    const result = evaluate('--rules', writeRules('edited.json', edited));
    expect(result.ruleSet.version).toBe('2');
    expect(result.classes.inefficient?.count).toBe(0);
    expect(result.classes.insufficientData?.count).toBe(3);
  });

  it('exits 1 and explains a bad rules file in plain words, one problem per line', () => {
    const bad = { ...XUCHANG_DEFAULT_RULE_SET, thresholds: { ...XUCHANG_DEFAULT_RULE_SET.thresholds, minFloorAreaRatio: 'high', noTaxYears: 0 } };
    const path = writeRules('bad.json', bad);
    const result = cli('evaluate', shpPath, '--rules', path, '--json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `${path}: not a valid rules file (2 problems)`,
      '  thresholds → minFloorAreaRatio must be a number',
      '  thresholds → noTaxYears must be at least 1',
    ]);
  });

  it.each([
    { name: 'not JSON', args: () => ['--rules', writeRules('broken.json', '{"format":')], status: 1, message: /broken\.json: not a valid rules file \(1 problem\)\n {2}the file is not valid JSON/ },
    { name: 'a missing rules file', args: () => ['--rules', join(work, 'none.json')], status: 1, message: /none\.json: no such rules file/ },
    { name: 'a bad as-of date', args: () => ['--as-of', '2021-02-30'], status: 2, message: /--as-of 2021-02-30: expected a date YYYY-MM-DD/ },
  ])('exits $status for $name', ({ args, status, message }) => {
    const result = cli('evaluate', shpPath, ...args(), '--json');
    expect(result.status).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('exits 1 for a source that does not exist', () => {
    const result = cli('evaluate', join(work, 'nothing.shp'), '--json');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nothing\.shp: no such file or folder/);
  });
});
