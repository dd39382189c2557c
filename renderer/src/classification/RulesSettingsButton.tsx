import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalSurvey } from '../survey/survey-context.ts';
import { RulesSettingsDialog } from './RulesSettingsDialog.tsx';
import { useClassificationState } from './use-classification.ts';

/** The top bar's 认定标准 button and its settings dialog. */
export function RulesSettingsButton() {
  const { t } = useTranslation();
  const store = useOptionalSurvey()?.classification;
  const state = useClassificationState(store);
  const [open, setOpen] = useState(false);
  if (!store || !state?.settings) return null;
  return (
    <>
      <button type="button" className="rules-open" data-testid="rules-settings-open" onClick={() => setOpen(true)}
        title={t('classifyVersionLine', { name: state.settings.ruleSet.name, version: state.settings.ruleSet.version })}>
        {t('classifySettings')} v{state.settings.ruleSet.version}
      </button>
      {open && <RulesSettingsDialog store={store} settings={state.settings} asOf={state.asOf} onClose={() => setOpen(false)} />}
    </>
  );
}
