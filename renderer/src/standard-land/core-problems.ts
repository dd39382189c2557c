import type { Translate } from './standard-land-text.ts';

const FIELD_KEYS: Readonly<Record<string, string>> = {
  indicators: 'evalField_indicators', weight: 'evalField_weight', benchmark: 'evalField_benchmark', capRatio: 'evalField_capRatio',
  classes: 'evalField_classes', upToShare: 'evalField_upToShare', name: 'evalField_name', label: 'evalField_label', unit: 'evalField_unit',
  key: 'evalField_key', controlValue: 'evalField_controlValue', direction: 'evalField_direction', stage: 'evalField_stage', slot: 'evalField_slot',
};

const CUSTOM: readonly [RegExp, string][] = [
  [/class shares must increase/, 'evalProblem_sharesIncrease'],
  [/last class must reach share 1/, 'evalProblem_lastShare'],
  [/indicator "(.+)" is listed twice/, 'evalProblem_twice'],
  [/required indicators must be exactly/, 'evalProblem_required'],
  [/there is one open slot/, 'evalProblem_oneOpen'],
  [/"(.+)" is not an optional indicator/, 'evalProblem_notOptional'],
  [/open slot's key starts with/, 'evalProblem_openKey'],
];

const PREDICATES: readonly [RegExp, string][] = [
  [/^must be more than (.+)$/, 'evalProblem_gt'], [/^must be at least (.+)$/, 'evalProblem_min'],
  [/^must be less than (.+)$/, 'evalProblem_lt'], [/^must be at most (.+)$/, 'evalProblem_max'],
  [/^must not be empty$/, 'evalProblem_empty'], [/^must be a number$/, 'evalProblem_number'], [/^is missing$/, 'evalProblem_missing'],
];

function placeText(t: Translate, place: string): string {
  if (place === 'the file') return t('evalField_whole');
  const field = (word: string) => (FIELD_KEYS[word] ? t(FIELD_KEYS[word]) : word);
  return place.split(' → ').map((part) => {
    const item = /^(\S+) #(\d+)$/.exec(part);
    return item ? t('evalField_item', { n: Number(item[2]), field: field(item[1] as string) }) : field(part);
  }).join(' → ');
}

/**
 * A problem from the core's scheme parse ("indicators #1 → weight must be more
 * than 0") in the UI language ("第 1 项指标 → 权重须大于 0"); the original text
 * when its wording is not known here.
 */
export function coreProblemText(t: Translate, problem: string): string {
  const custom = /^(.*?): (.+)$/.exec(problem);
  if (custom) {
    for (const [pattern, key] of CUSTOM) {
      const match = pattern.exec(custom[2] as string);
      if (match) return `${placeText(t, custom[1] as string)}：${t(key, { value: match[1] ?? '' })}`;
    }
    return problem;
  }
  const split = /^(.*?) ((?:must|is) .+)$/.exec(problem);
  if (!split) return problem;
  for (const [pattern, key] of PREDICATES) {
    const match = pattern.exec(split[2] as string);
    if (match) return `${placeText(t, split[1] as string)}${t(key, { value: match[1] ?? '' })}`;
  }
  return problem;
}
