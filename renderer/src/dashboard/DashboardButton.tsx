import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardPanel } from './DashboardPanel.tsx';

/** The top bar's 统计看板 toggle; the panel floats over the map so click-through shows on it. */
export function DashboardButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="dashboard-open" data-testid="dashboard-open" aria-pressed={open} onClick={() => setOpen((o) => !o)}>
        {t('dashboardOpen')}
      </button>
      {open && <DashboardPanel onClose={() => setOpen(false)} />}
    </>
  );
}
