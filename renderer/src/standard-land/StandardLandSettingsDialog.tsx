import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { StandardLandIndicator, StandardLandSet } from '../../../shared/evaluation/standard-land-schema.ts';
import { useSurvey } from '../survey/survey-context.ts';
import { coreProblemText } from './core-problems.ts';
import { draftFromSet, optionalCatalogue, setFromDraft, type DraftProblem, type StandardLandDraft } from './standard-land-draft.ts';
import { saveStandardLandSet } from './standard-land-settings-store.ts';
import { indicatorLabel, standardLandUnit, type Translate } from './standard-land-text.ts';
import './standard-land.css';

/** The project's 3+N+1 set: optional indicators on or off, control values, the open slot. Saved as a new version. */
export function StandardLandSettingsDialog({ set, onClose }: { readonly set: StandardLandSet; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const survey = useSurvey();
  const [draft, setDraft] = useState<StandardLandDraft>(() => draftFromSet(set));
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const setControl = (key: string, text: string) => setDraft((d) => ({ ...d, controls: { ...d.controls, [key]: text } }));
  const toggle = (key: string, on: boolean) => setDraft((d) => ({ ...d, optionalOn: on ? [...d.optionalOn, key] : d.optionalOn.filter((k) => k !== key) }));
  const setOpen = (change: Partial<StandardLandDraft['open']>) => setDraft((d) => ({ ...d, open: { ...d.open, ...change } }));
  const save = async () => {
    const result = setFromDraft(set, draft);
    if (!result.ok) return setProblems(result.problems);
    setSaving(true);
    await saveStandardLandSet(survey.db, survey.loaded.project.id, result.set);
    setSaving(false);
    onClose();
  };
  const fieldProblem = (key: string) => problems.find((p) => p.field === key);
  const controlInput = (indicator: StandardLandIndicator, disabled = false) => (
    <ControlInput t={t} value={draft.controls[indicator.key] ?? ''} unit={indicator.unit} testId={`standard-land-control-${indicator.key}`}
      label={`${indicatorLabel(t, indicator)} ${t('standardLandControl')}`} problem={fieldProblem(indicator.key)} disabled={disabled}
      onChange={(text) => setControl(indicator.key, text)} />
  );
  return createPortal(
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog standard-land-dialog" role="dialog" aria-modal="true" aria-labelledby="standard-land-title" data-testid="standard-land-dialog">
        <h2 id="standard-land-title">{t('standardLandSettingsTitle')}</h2>
        <p className="card-hint">{t('standardLandSettingsHint')}</p>
        <label className="standard-land-name">{t('standardLandSetName')}
          <input type="text" value={draft.name} data-testid="standard-land-name" onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
        </label>
        <h3>{t('standardLandRequired')}</h3>
        <table className="standard-land-settings-table"><tbody>
          {set.indicators.filter((i) => i.slot === 'required').map((indicator) => (
            <tr key={indicator.key}><th scope="row">{indicatorLabel(t, indicator)}</th><td>{t(`standardLandDirection_${indicator.direction}`)}</td><td>{controlInput(indicator)}</td></tr>
          ))}
        </tbody></table>
        <h3>{t('standardLandOptional')}</h3>
        <table className="standard-land-settings-table"><tbody>
          {optionalCatalogue(set).map((indicator) => {
            const on = draft.optionalOn.includes(indicator.key);
            return (
              <tr key={indicator.key}>
                <th scope="row"><label><input type="checkbox" checked={on} data-testid={`standard-land-on-${indicator.key}`} onChange={(e) => toggle(indicator.key, e.target.checked)} />{indicatorLabel(t, indicator)}</label></th>
                <td>{t(`standardLandDirection_${indicator.direction}`)} · {t(`standardLandStage_${indicator.stage}`)}</td>
                <td>{controlInput(indicator, !on)}</td>
              </tr>
            );
          })}
        </tbody></table>
        <h3>{t('standardLandOpenSlot')}</h3>
        <div className="standard-land-open">
          <label><input type="checkbox" checked={draft.open.enabled} data-testid="standard-land-open-enabled" onChange={(e) => setOpen({ enabled: e.target.checked })} />{t('standardLandOpenEnabled')}</label>
          <label>{t('standardLandOpenName')}<input type="text" value={draft.open.label} disabled={!draft.open.enabled} data-testid="standard-land-open-name" onChange={(e) => setOpen({ label: e.target.value })} /></label>
          <label>{t('standardLandOpenUnit')}<input type="text" value={draft.open.unit} disabled={!draft.open.enabled} data-testid="standard-land-open-unit" onChange={(e) => setOpen({ unit: e.target.value })} /></label>
          <label>{t('standardLandDirection')}
            <select value={draft.open.direction} disabled={!draft.open.enabled} data-testid="standard-land-open-direction" onChange={(e) => setOpen({ direction: e.target.value as StandardLandIndicator['direction'] })}>
              <option value="atLeast">{t('standardLandDirection_atLeast')}</option><option value="atMost">{t('standardLandDirection_atMost')}</option>
            </select>
          </label>
          <label>{t('standardLandStage')}
            <select value={draft.open.stage} disabled={!draft.open.enabled} data-testid="standard-land-open-stage" onChange={(e) => setOpen({ stage: e.target.value as StandardLandIndicator['stage'] })}>
              <option value="completion">{t('standardLandStage_completion')}</option><option value="production">{t('standardLandStage_production')}</option>
            </select>
          </label>
          <ControlInput t={t} value={draft.open.control} unit={draft.open.unit} testId="standard-land-open-control" label={t('standardLandControl')}
            problem={fieldProblem('custom.openSlot')} disabled={!draft.open.enabled} onChange={(control) => setOpen({ control })} />
        </div>
        {problems.length > 0 && (
          <ul className="standard-land-problems" role="alert" data-testid="standard-land-problems">
            {problems.map((p, i) => <li key={i}>{p.params?.core ? coreProblemText(t, p.params.core) : t(p.message)}</li>)}
          </ul>
        )}
        <footer>
          <button type="button" data-testid="standard-land-cancel" onClick={onClose}>{t('standardLandCancel')}</button>
          <button type="button" className="primary" data-testid="standard-land-save" disabled={saving} onClick={() => void save()}>{t('standardLandSave')}</button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}

interface ControlProps {
  readonly t: Translate; readonly value: string; readonly unit: string; readonly testId: string; readonly label: string;
  readonly problem: DraftProblem | undefined; readonly disabled: boolean; readonly onChange: (text: string) => void;
}

function ControlInput({ t, value, unit, testId, label, problem, disabled, onChange }: ControlProps) {
  return (
    <span className="standard-land-control">
      <input type="text" inputMode="decimal" value={value} placeholder={t('standardLandControlPlaceholder')} aria-label={label} aria-invalid={problem ? true : undefined}
        disabled={disabled} data-testid={testId} onChange={(e) => onChange(e.target.value)} />
      <span className="card-unit">{standardLandUnit(t, unit)}</span>
      {problem && <span className="card-issue" role="alert">{t(problem.message)}</span>}
    </span>
  );
}
