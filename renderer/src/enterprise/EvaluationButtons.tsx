import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StandardLandSettingsButton } from '../standard-land/StandardLandSettingsButton.tsx';
import { EnterprisePanel } from './EnterprisePanel.tsx';
import './enterprise.css';

/** The top bar's 标准地指标 settings and 亩均效益评价 toggle (the panel floats over the map so a picked enterprise shows on it). */
export function EvaluationButtons() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <StandardLandSettingsButton />
      <button type="button" className="enterprise-open" data-testid="enterprise-open" aria-pressed={open} onClick={() => setOpen((o) => !o)}>
        {t('enterpriseOpen')}
      </button>
      {open && <EnterprisePanel onClose={() => setOpen(false)} />}
    </>
  );
}
