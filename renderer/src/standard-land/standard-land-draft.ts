import { parseStandardLandSet } from '../../../shared/evaluation/scheme-parse.ts';
import { OPTIONAL_INDICATOR_KEYS, type StandardLandIndicator, type StandardLandSet } from '../../../shared/evaluation/standard-land-schema.ts';
import { parseTypedNumber } from '../card/input-value.ts';

type Catalogue = Omit<StandardLandIndicator, 'controlValue'>;

/** Defaults of each optional indicator when a project switches it on. */
const OPTIONAL_DEFAULTS: Readonly<Record<string, Catalogue>> = {
  energyPerOutput: { key: 'energyPerOutput', slot: 'optional', label: '单位产值能耗', unit: 'tcePerWanYuan', direction: 'atMost', stage: 'production' },
  emissionsPerOutput: { key: 'emissionsPerOutput', slot: 'optional', label: '单位产值排放', unit: 'tonPerWanYuan', direction: 'atMost', stage: 'production' },
  rdSharePercent: { key: 'rdSharePercent', slot: 'optional', label: '研发经费投入占比', unit: 'percent', direction: 'atLeast', stage: 'production' },
  buildingCoverage: { key: 'buildingCoverage', slot: 'optional', label: '建筑系数', unit: 'percent', direction: 'atLeast', stage: 'completion' },
  greenRatio: { key: 'greenRatio', slot: 'optional', label: '绿地率', unit: 'percent', direction: 'atMost', stage: 'completion' },
  officeLandShare: { key: 'officeLandShare', slot: 'optional', label: '行政办公及生活服务设施用地比例', unit: 'percent', direction: 'atMost', stage: 'completion' },
  revenuePerMu: { key: 'revenuePerMu', slot: 'optional', label: '亩均营业收入', unit: 'wanYuanPerMu', direction: 'atLeast', stage: 'production' },
  outputPerMu: { key: 'outputPerMu', slot: 'optional', label: '亩均产值', unit: 'wanYuanPerMu', direction: 'atLeast', stage: 'production' },
};

/** The settings form as typed: control values as text ('' = each contract states it). */
export interface StandardLandDraft {
  readonly name: string;
  /** Control value text by indicator key (required and optional). */
  readonly controls: Readonly<Record<string, string>>;
  /** Optional indicators switched on. */
  readonly optionalOn: readonly string[];
  readonly open: {
    readonly enabled: boolean;
    readonly label: string;
    readonly unit: string;
    readonly direction: StandardLandIndicator['direction'];
    readonly stage: StandardLandIndicator['stage'];
    readonly control: string;
  };
}

/** A problem in the form: a message key and, for a field, the indicator key it belongs to. */
export interface DraftProblem {
  readonly message: string;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string>>;
}

export const OPEN_SLOT_KEY = 'custom.openSlot';

/** Every optional indicator the catalogue offers, as a project's set has it or with its defaults. */
export function optionalCatalogue(set: StandardLandSet): StandardLandIndicator[] {
  return OPTIONAL_INDICATOR_KEYS.map((key) => set.indicators.find((i) => i.key === key) ?? { ...(OPTIONAL_DEFAULTS[key] as Catalogue), controlValue: null });
}

const numberText = (value: number | null) => (value === null ? '' : String(value));

/** The form for a stored set. */
export function draftFromSet(set: StandardLandSet): StandardLandDraft {
  const open = set.indicators.find((i) => i.slot === 'open');
  const controls: Record<string, string> = {};
  for (const indicator of [...set.indicators, ...optionalCatalogue(set)]) controls[indicator.key] = numberText(indicator.controlValue);
  return {
    name: set.name,
    controls,
    optionalOn: set.indicators.filter((i) => i.slot === 'optional').map((i) => i.key),
    open: open
      ? { enabled: true, label: open.label, unit: open.unit, direction: open.direction, stage: open.stage, control: numberText(open.controlValue) }
      : { enabled: false, label: '', unit: '', direction: 'atLeast', stage: 'production', control: '' },
  };
}

function controlValue(text: string, field: string, problems: DraftProblem[]): number | null {
  if (text.trim() === '') return null;
  const value = parseTypedNumber(text);
  if (value === undefined) problems.push({ message: 'standardLandProblemNumber', field });
  else if (value < 0) problems.push({ message: 'standardLandProblemNegative', field });
  return value === undefined || value < 0 ? null : value;
}

/**
 * The set the form describes (a new version of `base`), checked field by field
 * and then by the core's parse; problems as message keys, or the core's text.
 */
export function setFromDraft(base: StandardLandSet, draft: StandardLandDraft): { ok: true; set: StandardLandSet } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  if (draft.name.trim() === '') problems.push({ message: 'standardLandProblemName' });
  const required = base.indicators.filter((i) => i.slot === 'required');
  // The set's own optional indicators keep their order; newly switched-on ones follow in catalogue order.
  const catalogue = optionalCatalogue(base);
  const inBase = (key: string) => base.indicators.some((i) => i.key === key);
  const optional = [...catalogue.filter((i) => inBase(i.key)).sort((a, b) => base.indicators.indexOf(a) - base.indicators.indexOf(b)), ...catalogue.filter((i) => !inBase(i.key))]
    .filter((i) => draft.optionalOn.includes(i.key));
  const indicators: StandardLandIndicator[] = [...required, ...optional].map((i) => ({ ...i, controlValue: controlValue(draft.controls[i.key] ?? '', i.key, problems) }));
  if (draft.open.enabled) {
    if (draft.open.label.trim() === '') problems.push({ message: 'standardLandProblemOpenName', field: OPEN_SLOT_KEY });
    const key = base.indicators.find((i) => i.slot === 'open')?.key ?? OPEN_SLOT_KEY;
    const control = controlValue(draft.open.control, OPEN_SLOT_KEY, problems);
    indicators.push({ key, slot: 'open', label: draft.open.label.trim() || '—', unit: draft.open.unit.trim(), direction: draft.open.direction, stage: draft.open.stage, controlValue: control });
  }
  if (problems.length > 0) return { ok: false, problems };
  const version = /^\d+$/.test(base.version) ? String(Number(base.version) + 1) : `${base.version}+1`;
  const parsed = parseStandardLandSet({ ...base, name: draft.name.trim(), version, indicators });
  return parsed.ok ? { ok: true, set: parsed.value } : { ok: false, problems: parsed.problems.map((core) => ({ message: 'standardLandProblemCore', params: { core } })) };
}
