import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AvailableLandScreen } from './AvailableLandScreen.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import './exports.css';

/** The top bar's 导出 and 可供土地清单 buttons, each opening its view (for the open project). */
export function ExportsButtons() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'landList' | undefined>();
  return (
    <>
      <button type="button" className="exports-top-button" data-testid="exports-open" onClick={() => setOpen('export')}>{t('exportsButton')}</button>
      <button type="button" className="exports-top-button" data-testid="land-list-open" onClick={() => setOpen('landList')}>{t('landListButton')}</button>
      {open === 'export' && <ExportDialog onClose={() => setOpen(undefined)} />}
      {open === 'landList' && <AvailableLandScreen onClose={() => setOpen(undefined)} />}
    </>
  );
}
