import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSurvey } from '../survey/survey-context.ts';
import { StandardLandSettingsDialog } from './StandardLandSettingsDialog.tsx';
import { useStandardLandSet } from './use-standard-land-set.ts';

/** The top bar's 标准地指标 button: opens the project's 3+N+1 settings. */
export function StandardLandSettingsButton() {
  const { t } = useTranslation();
  const survey = useSurvey();
  const set = useStandardLandSet(survey.db, survey.loaded.project.id);
  const [open, setOpen] = useState(false);
  if (!set) return null;
  return (
    <>
      <button type="button" data-testid="standard-land-settings-open" title={`${set.name} v${set.version}`} onClick={() => setOpen(true)}>
        {t('standardLandSettings')}
      </button>
      {open && <StandardLandSettingsDialog set={set} onClose={() => setOpen(false)} />}
    </>
  );
}
