import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Park } from '../../../shared/parks/park-preset.ts';
import type { ThresholdKey } from '../../../shared/rules/rule-set-schema.ts';
import { THRESHOLD_FIELDS } from '../../../shared/rules/threshold-fields.ts';
import { ThresholdTable } from './ThresholdTable.tsx';
import type { RuleSetDraft } from './use-rule-set-draft.ts';

/** Per-park, per-industry and park+industry overrides: add, edit their thresholds, remove. */
export function OverridesEditor({ rules, parks }: { readonly rules: RuleSetDraft; readonly parks: readonly Park[] }) {
  const { t } = useTranslation();
  const [park, setPark] = useState('');
  const [industry, setIndustry] = useState('');
  const [needsTarget, setNeedsTarget] = useState(false);
  const add = () => {
    const id = rules.addOverride(park, industry);
    setNeedsTarget(id === undefined);
    if (id) setIndustry('');
  };
  return (
    <section className="rules-overrides" data-testid="rules-overrides">
      <h3>{t('classifyOverrides')}</h3>
      <p className="rules-hint">{t('classifyOverridesHint')}</p>
      {rules.draft.overrides.map((override) => {
        const unset = THRESHOLD_FIELDS.filter((field) => override.thresholds[field.key] === undefined);
        return (
          <details key={override.id} className="rules-override" data-testid="rules-override" data-override-id={override.id}>
            <summary>
              {override.label ?? override.id}
              <button type="button" className="rules-link" onClick={() => rules.removeOverride(override.id)}>{t('classifyOverrideRemove')}</button>
            </summary>
            <ThresholdTable thresholds={override.thresholds} onlySet testId={`rules-override-${override.id}`} resetKey={override.id}
              onChange={(key, value) => rules.setOverride(override.id, key, value)}
              onRemove={(key) => rules.removeOverrideThreshold(override.id, key)} />
            {unset.length > 0 && (
              <select value="" data-testid="rules-override-add-threshold" aria-label={t('classifyOverrideAddThreshold')}
                onChange={(e) => {
                  const key = e.target.value as ThresholdKey;
                  if (key) rules.setOverride(override.id, key, rules.draft.thresholds[key]);
                }}>
                <option value="">{t('classifyOverrideAddThreshold')}</option>
                {unset.map((field) => <option key={field.key} value={field.key}>{t(`classifyThreshold_${field.key}`)}</option>)}
              </select>
            )}
          </details>
        );
      })}
      <div className="rules-add-override">
        <label>{t('classifyOverridePark')}{' '}
          <select value={park} data-testid="rules-new-override-park" onChange={(e) => setPark(e.target.value)}>
            <option value="">{t('classifyOverrideAny')}</option>
            {parks.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
          </select>
        </label>
        <label>{t('classifyOverrideIndustry')}{' '}
          <input type="text" value={industry} data-testid="rules-new-override-industry" onChange={(e) => setIndustry(e.target.value)} />
        </label>
        <button type="button" data-testid="rules-new-override-add" onClick={add}>{t('classifyOverrideAdd')}</button>
        {needsTarget && <span className="rules-problem" role="alert">{t('classifyOverrideNeedsTarget')}</span>}
      </div>
    </section>
  );
}
