import { describe, expect, it } from 'vitest';
import { HENAN_ABC_SCHEME, HUAIAN_ABCD_SCHEME } from '../../../shared/evaluation/enterprise-presets.ts';
import { addIndicator, draftFromScheme, schemeFromDraft, type SchemeDraft } from './scheme-draft.ts';

const edit = (change: (d: SchemeDraft) => SchemeDraft, base = HUAIAN_ABCD_SCHEME) => schemeFromDraft(base, change(draftFromScheme(base)));

describe('enterprise scheme form', () => {
  it('gives back a preset unchanged; class shares are typed in percent', () => {
    expect(draftFromScheme(HUAIAN_ABCD_SCHEME).classes.map((c) => c.upToPercent)).toEqual(['20', '60', '95', '100']);
    expect(schemeFromDraft(HUAIAN_ABCD_SCHEME, draftFromScheme(HUAIAN_ABCD_SCHEME))).toEqual({ ok: true, scheme: HUAIAN_ABCD_SCHEME });
  });

  it('reads a weight, a fixed benchmark and a cap; an empty benchmark divides by the mean', () => {
    const result = edit((d) => ({ ...d, indicators: d.indicators.map((i, n) => (n === 0 ? { ...i, weight: '50', benchmark: '２0', cap: '2' } : i)) }));
    if (!result.ok) throw new Error('refused');
    expect(result.scheme.indicators[0]).toMatchObject({ key: 'taxPerMu', weight: 50, benchmark: 20, capRatio: 2 });
    expect(result.scheme.indicators[1]).toMatchObject({ benchmark: 'mean', capRatio: null });
  });

  it('adds a figure the parcels give, once', () => {
    const draft = addIndicator(addIndicator(draftFromScheme(HENAN_ABC_SCHEME), 'revenuePerMu'), 'revenuePerMu');
    expect(draft.indicators.map((i) => [i.indicator.key, i.weight])).toEqual([['taxPerMu', '100'], ['revenuePerMu', '10']]);
  });

  it.each([
    { name: 'a zero weight', change: (d: SchemeDraft) => ({ ...d, indicators: d.indicators.map((i) => ({ ...i, weight: '0' })) }), first: { message: 'enterpriseProblemWeight', at: 'taxPerMu' } },
    { name: 'a benchmark that is not a number', change: (d: SchemeDraft) => ({ ...d, indicators: d.indicators.map((i) => ({ ...i, benchmark: 'abc' })) }), first: { message: 'enterpriseProblemBenchmark', at: 'taxPerMu' } },
    { name: 'a share over 100%', change: (d: SchemeDraft) => ({ ...d, classes: d.classes.map((c, i) => (i === 3 ? { ...c, upToPercent: '101' } : c)) }), first: { message: 'enterpriseProblemShare', at: '3' } },
    { name: 'no indicator', change: (d: SchemeDraft) => ({ ...d, indicators: [] }), first: { message: 'enterpriseProblemNoIndicator' } },
  ])('refuses $name', ({ change, first }) => {
    const result = edit(change);
    expect(result.ok ? [] : result.problems[0]).toEqual(first);
  });

  it('leaves cut-offs that do not rise to 100% to the core, which says so', () => {
    const result = edit((d) => ({ ...d, classes: d.classes.map((c, i) => (i === 1 ? { ...c, upToPercent: '10' } : c)) }));
    expect(result).toEqual({ ok: false, problems: [{ message: 'enterpriseProblemCore', core: 'classes: class shares must increase from the best class to the last' }] });
  });
});
