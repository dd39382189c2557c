import { describe, expect, it } from 'vitest';
import { checkStandardLand } from '../../../shared/evaluation/standard-land-check.ts';
import { XUCHANG_STANDARD_LAND_SET } from '../../../shared/evaluation/standard-land-schema.ts';
import { draftFromSet, OPEN_SLOT_KEY, setFromDraft, type StandardLandDraft } from './standard-land-draft.ts';

const base = XUCHANG_STANDARD_LAND_SET;
const edit = (change: (d: StandardLandDraft) => StandardLandDraft) => setFromDraft(base, change(draftFromSet(base)));

describe('standard-land settings form', () => {
  it('gives back the Xuchang set unchanged but for a new version', () => {
    const result = setFromDraft(base, draftFromSet(base));
    expect(result).toEqual({ ok: true, set: { ...base, version: '2' } });
  });

  it('switches optional indicators on and off, keeping the three required ones', () => {
    const result = edit((d) => ({ ...d, optionalOn: ['greenRatio', 'rdSharePercent'], controls: { ...d.controls, rdSharePercent: '3' } }));
    if (!result.ok) throw new Error('refused');
    expect(result.set.indicators.map((i) => i.key)).toEqual(['investmentIntensity', 'taxPerMu', 'floorAreaRatio', 'greenRatio', 'rdSharePercent']);
    expect(result.set.indicators.at(-1)).toMatchObject({ slot: 'optional', direction: 'atLeast', controlValue: 3 });
  });

  it('a control value typed for 容积率 becomes the threshold the card checks against', () => {
    const result = edit((d) => ({ ...d, controls: { ...d.controls, floorAreaRatio: '１.2' } }));
    if (!result.ok) throw new Error('refused');
    const [, , far] = checkStandardLand(result.set, { completionAcceptanceDate: '2024-01-01', 'standardLand.completion.floorAreaRatio': 1.1 });
    expect(far).toMatchObject({ contracted: 1.2, contractedSource: 'set', outcome: 'fail' });
  });

  it('adds the open slot with its name, unit and direction', () => {
    const result = edit((d) => ({ ...d, open: { enabled: true, label: '亩均研发人员', unit: '人/亩', direction: 'atLeast', stage: 'production', control: '0.5' } }));
    if (!result.ok) throw new Error('refused');
    expect(result.set.indicators.at(-1)).toEqual({ key: OPEN_SLOT_KEY, slot: 'open', label: '亩均研发人员', unit: '人/亩', direction: 'atLeast', stage: 'production', controlValue: 0.5 });
    expect(draftFromSet(result.set).open).toMatchObject({ enabled: true, label: '亩均研发人员', control: '0.5' });
  });

  it.each([
    { name: 'a control value that is not a number', change: (d: StandardLandDraft) => ({ ...d, controls: { ...d.controls, taxPerMu: '二十' } }), problem: { message: 'standardLandProblemNumber', field: 'taxPerMu' } },
    { name: 'a negative control value', change: (d: StandardLandDraft) => ({ ...d, controls: { ...d.controls, greenRatio: '-1' } }), problem: { message: 'standardLandProblemNegative', field: 'greenRatio' } },
    { name: 'an open slot without a name', change: (d: StandardLandDraft) => ({ ...d, open: { ...d.open, enabled: true, label: ' ' } }), problem: { message: 'standardLandProblemOpenName', field: OPEN_SLOT_KEY } },
    { name: 'a set without a name', change: (d: StandardLandDraft) => ({ ...d, name: '' }), problem: { message: 'standardLandProblemName' } },
  ])('refuses $name', ({ change, problem }) => {
    expect(edit(change)).toEqual({ ok: false, problems: [problem] });
  });
});
