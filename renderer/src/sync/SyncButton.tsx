import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { useOptionalSurvey } from '../survey/survey-context.ts';
import { SyncDialog } from './SyncDialog.tsx';
import { useSync } from './use-sync.ts';
import './sync.css';

/** The top bar's "同步" button: hosts background sync with the hub (when enrolled) and opens its settings. */
export function SyncButton({ db }: { readonly db: ParcelDeskDatabase }) {
  const { t } = useTranslation();
  const survey = useOptionalSurvey();
  const sync = useSync(db, survey?.session);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="sync-open-button" data-testid="sync-open" onClick={() => setOpen(true)}>{t('syncButton')}</button>
      {open && createPortal(<SyncDialog db={db} sync={sync} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
