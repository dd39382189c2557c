import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/rules/iso-date.ts';
import type { ClassificationStore } from './classification-store.ts';
import type { ProjectClassificationSettings } from './classification-settings-store.ts';
import { OverridesEditor } from './OverridesEditor.tsx';
import { ParkPresetTable } from './ParkPresetTable.tsx';
import { ThresholdTable } from './ThresholdTable.tsx';
import { useRuleSetDraft } from './use-rule-set-draft.ts';
import './classification.css';

interface Props {
  readonly store: ClassificationStore;
  readonly settings: ProjectClassificationSettings;
  readonly asOf: string;
  readonly onClose: () => void;
}

/**
 * 认定标准 settings: project-wide thresholds, park/industry overrides and the
 * 认定日期. Each change is checked by the rule-set schema; saving stores a new
 * version and every parcel is classified again.
 */
export function RulesSettingsDialog({ store, settings, asOf, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const rules = useRuleSetDraft(settings.ruleSet);
  const [message, setMessage] = useState<string>();
  const [saving, setSaving] = useState(false);
  const followsToday = settings.asOf === undefined;
  const [asOfText, setAsOfText] = useState(asOf);

  const save = async () => {
    if (rules.invalid.size > 0) return setMessage(t('classifyInvalid'));
    if (!rules.changed) return setMessage(t('classifyUnchanged'));
    const next = rules.nextVersion();
    if (!next.ok) return setMessage(next.problems.join('；'));
    setSaving(true);
    setMessage(t('classifySaving'));
    await store.saveRuleSet(next.ruleSet);
    setSaving(false);
    onClose();
  };

  const changeAsOf = (text: string, today: boolean) => {
    setAsOfText(text);
    if (today) void store.setAsOf(undefined);
    else if (isIsoDate(text)) void store.setAsOf(text);
  };

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return createPortal(
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog rules-dialog" role="dialog" aria-modal="true" aria-labelledby="rules-title" data-testid="rules-dialog">
        <h2 id="rules-title">{t('classifySettingsTitle')}</h2>
        <p className="rules-version" data-testid="rules-version">{t('classifyVersionLine', { name: settings.ruleSet.name, version: settings.ruleSet.version })}</p>
        <div className="rules-asof">
          <label>{t('classifyAsOf')}{' '}
            <input type="date" value={asOfText} disabled={followsToday} data-testid="rules-asof" onChange={(e) => changeAsOf(e.target.value, false)} />
          </label>
          <label>
            <input type="checkbox" checked={followsToday} data-testid="rules-asof-today" onChange={(e) => changeAsOf(asOfText, e.target.checked)} />
            {t('classifyAsOfToday')}
          </label>
        </div>
        <h3>{t('classifyProjectThresholds')}</h3>
        <ThresholdTable thresholds={rules.draft.thresholds} testId="rules-project" resetKey="project" onChange={rules.setProject} />
        <OverridesEditor rules={rules} parks={settings.parks.parks} />
        <ParkPresetTable preset={settings.parks} />
        {settings.history.length > 0 && (
          <details className="rules-history">
            <summary>{t('classifyHistory')}</summary>
            <ul>{settings.history.map((h) => <li key={`${h.version}-${h.replacedAt}`}>{t('classifyHistoryEntry', { version: h.version, date: date.format(new Date(h.replacedAt)) })}</li>)}</ul>
          </details>
        )}
        {rules.problems.length > 0 && <ul className="rules-problem" role="alert">{rules.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        <footer>
          {message && <span className="rules-message" role="status" data-testid="rules-message">{message}</span>}
          <button type="button" data-testid="rules-close" onClick={onClose}>{t('classifyCancel')}</button>
          <button type="button" className="primary" data-testid="rules-save" disabled={saving} onClick={() => void save()}>{t('classifySave')}</button>
        </footer>
      </div>
    </div>,
    document.body,
  );
}
