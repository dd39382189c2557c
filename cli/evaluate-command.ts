import { readFileSync } from 'node:fs';
import { describeProblem } from '../shared/import/import-messages.ts';
import { areaCount, classTotals, type AreaCount } from '../shared/land-stats/class-totals.ts';
import type { LandStatsRow } from '../shared/land-stats/land-stats-row.ts';
import { describeRuleResult, reasonRules } from '../shared/rules/classification-text.ts';
import { classifyParcels, firedRules, type ClassificationResult } from '../shared/rules/classify-parcel.ts';
import { isIsoDate } from '../shared/rules/iso-date.ts';
import type { ParcelFacts } from '../shared/rules/parcel-facts.ts';
import { parseRuleSetText } from '../shared/rules/rule-set-parse.ts';
import type { RuleSet } from '../shared/rules/rule-set-schema.ts';
import { parcelFactsFromSource } from '../shared/rules/source-facts.ts';
import { XUCHANG_DEFAULT_RULE_SET } from '../shared/rules/xuchang-default-rules.ts';
import { localIsoDate } from '../shared/search/parcel-filter.ts';
import { parkByAttribute, parkNameIndex } from '../shared/parks/park-assignment.ts';
import { XUCHANG_PARK_PRESET } from '../shared/parks/park-preset.ts';
import { summarizeLand } from '../shared/land-stats/land-summary.ts';
import { squareMetersToMu } from '../shared/geodesy/area-units.ts';
import { importFromPath } from './import-path.ts';

export interface EvaluateOptions {
  readonly source: string;
  /** A rule-set JSON file; the Xuchang default when absent. */
  readonly rulesFile?: string;
  /** 'YYYY-MM-DD'; today (local time) when absent. */
  readonly asOf?: string;
  readonly json: boolean;
}

const m2 = (value: number) => Math.round(value * 100) / 100;
const mu = (squareMeters: number) => Math.round(squareMetersToMu(squareMeters) * 10000) / 10000;

function loadRuleSet(file: string | undefined, err: (text: string) => void): RuleSet | undefined {
  if (!file) return XUCHANG_DEFAULT_RULE_SET;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    err(`${file}: no such rules file`);
    return undefined;
  }
  const parsed = parseRuleSetText(text);
  if (parsed.ok) return parsed.ruleSet;
  err(`${file}: not a valid rules file (${parsed.problems.length} ${parsed.problems.length === 1 ? 'problem' : 'problems'})`);
  for (const problem of parsed.problems) err(`  ${problem}`);
  return undefined;
}

interface EvaluatedParcel {
  readonly parcelCode: string;
  readonly park: string;
  readonly areaSquareMeters: number;
  readonly result: ClassificationResult;
}

function parcelJson({ parcelCode, park, areaSquareMeters, result }: EvaluatedParcel) {
  const fired = firedRules(result);
  const lacking = result.rules.filter((r) => r.outcome === 'insufficientData');
  return {
    parcelId: result.parcelId, parcelCode, park,
    areaSquareMeters: m2(areaSquareMeters), areaMu: mu(areaSquareMeters),
    parcelClass: result.parcelClass, evaluatedClass: result.evaluatedClass,
    ...(result.override ? { override: result.override } : {}),
    ...(result.overrideIgnored ? { overrideIgnored: result.overrideIgnored } : {}),
    // Like the card: the rules that decided the class, else what data is missing.
    reasons: reasonRules(result).map((rule) => describeRuleResult(rule, 'en')),
    fired,
    insufficientData: lacking,
  };
}

/**
 * Runs `evaluate`: classifies every parcel of SOURCE with the rule set on the
 * as-of date. Exit 0 with the result on stdout; 1 when the source or the rules
 * file cannot be used (one line per problem on stderr); 2 for a bad --as-of.
 */
export function runEvaluate(options: EvaluateOptions, out: (text: string) => void, err: (text: string) => void): number {
  const asOf = options.asOf ?? localIsoDate();
  if (!isIsoDate(asOf)) {
    err(`--as-of ${asOf}: expected a date YYYY-MM-DD`);
    return 2;
  }
  const ruleSet = loadRuleSet(options.rulesFile, err);
  if (!ruleSet) return 1;
  let imported;
  try {
    imported = importFromPath(options.source);
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const layers = imported.layers.filter((layer) => layer.role === 'parcels');
  if (layers.length === 0) {
    err(imported.problems.map((p) => describeProblem(p, 'en')).join('; ') || `${options.source}: no parcel layer to evaluate`);
    return 1;
  }
  const parkIndex = parkNameIndex(XUCHANG_PARK_PRESET.parks);
  const facts: (ParcelFacts & { readonly park: string })[] = [];
  for (const layer of layers) {
    for (const feature of layer.features) {
      if (!feature.geometry) continue;
      const source = parcelFactsFromSource(`${layer.name}:${feature.sourceIndex}`, feature.attributes, layer.fieldMapping, feature.areaSquareMeters);
      const recorded = String(source.values.park ?? '');
      // A park named by an alias counts as the preset park (e.g. 中原电气谷核心区 → 市高新技术产业集聚区).
      facts.push({ ...source, park: parkByAttribute(recorded, parkIndex) ?? recorded });
    }
  }
  // Thresholds resolved once per park and industry, not per parcel.
  const parcels: EvaluatedParcel[] = classifyParcels(facts, ruleSet, asOf).map((result, i) => {
    const parcel = facts[i] as (typeof facts)[number];
    return { parcelCode: String(parcel.values.parcelCode ?? ''), park: parcel.park, areaSquareMeters: parcel.siteAreaSquareMeters, result };
  });
  const rows: LandStatsRow[] = parcels.map((p) => ({
    parcelId: p.result.parcelId, park: p.park, county: '', areaSquareMeters: p.areaSquareMeters, parcelClass: p.result.parcelClass,
    disposalStatus: '', disposalDeadline: '', supervisedListing: false,
  }));
  const rounded = (totals: Record<string, AreaCount>) =>
    Object.fromEntries(Object.entries(totals).map(([name, t]) => [name, { count: t.count, areaSquareMeters: m2(t.areaSquareMeters), areaMu: mu(t.areaSquareMeters) }]));
  const classes = rounded(classTotals(rows));
  const parks = summarizeLand(rows, { level: 'park', asOf }).map((s) => ({
    park: s.key, parcelCount: s.total.count, areaSquareMeters: m2(s.total.areaSquareMeters), areaMu: mu(s.total.areaSquareMeters), classes: rounded(s.byClass),
  }));
  const total = areaCount(rows).areaSquareMeters;
  const summary = {
    source: options.source, asOf,
    ruleSet: { id: ruleSet.id, version: ruleSet.version, name: ruleSet.name },
    parcelCount: parcels.length, areaSquareMeters: m2(total), areaMu: mu(total),
    classes,
    parks,
  };
  if (options.json) {
    out(JSON.stringify({ ...summary, parcels: parcels.map(parcelJson) }, null, 2));
  } else {
    out(`${options.source}: ${parcels.length} parcels, ${summary.areaMu} mu, rule set ${ruleSet.id} v${ruleSet.version}, as of ${asOf}`);
    for (const [name, t] of Object.entries(classes)) if (t.count > 0) out(`  ${name}: ${t.count} parcels, ${t.areaMu} mu`);
  }
  return 0;
}
