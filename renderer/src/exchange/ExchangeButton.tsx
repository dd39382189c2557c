import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { useOptionalSurvey } from '../survey/survey-context.ts';
import { ExportSection } from './ExportSection.tsx';
import { ImportSection } from './ImportSection.tsx';
import './exchange.css';

/** The top bar's "数据交换" button and its dialog (in a portal, clear of the bar's styles): export and import of data packages by file. Works without a project (import only). */
export function ExchangeButton({ db, onProjectChanged }: { readonly db: ParcelDeskDatabase; readonly onProjectChanged: () => void }) {
  const { t } = useTranslation();
  const survey = useOptionalSurvey();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="exchange-open-button" data-testid="exchange-open" onClick={() => setOpen(true)}>{t('exchangeButton')}</button>
      {open && createPortal(
        <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={t('exchangeTitle')} data-testid="exchange-dialog">
          <div className="dialog exchange-dialog">
            <h2>{t('exchangeTitle')}</h2>
            <div className="exchange-sections">
              <ExportSection db={db} survey={survey} />
              <ImportSection db={db} session={survey?.session} onProjectChanged={onProjectChanged} />
            </div>
            <footer>
              <button type="button" data-testid="exchange-close" onClick={() => setOpen(false)}>{t('exchangeClose')}</button>
            </footer>
          </div>
        </div>,
        document.body,
      )}
    </>
  );
}
