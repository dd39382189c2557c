import { useTranslation } from 'react-i18next';
import { noteText, stepText } from './export-feedback.ts';
import type { ExportRunState } from './use-export-run.ts';

/** The run's progress bar with Cancel while it runs, then what came of it (saved file, notes, or the error in plain words). */
export function ExportProgress({ state, onCancel }: { readonly state: ExportRunState; readonly onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    return (
      <div className="export-progress" data-testid="export-progress">
        <progress max={1} value={state.fraction} aria-label={t('exportsTitle')} />
        <span className="export-step">{state.step ? stepText(t, state.step, i18n.language) : '…'}</span>
        <button type="button" data-testid="export-cancel" onClick={onCancel}>{t('exportsCancel')}</button>
      </div>
    );
  }
  if (state.status === 'failed') return <p className="export-error" role="alert" data-testid="export-error">{state.message}</p>;
  if (state.status === 'cancelled') return <p className="export-result" data-testid="export-result">{t('exportsCancelled')}</p>;
  return (
    <div className="export-result" data-testid="export-result">
      <p data-testid="export-saved">
        {!state.saved ? t('exportsNotSaved') : t(state.downloaded ? 'exportsDownloaded' : 'exportsSaved', { name: state.fileName })}
      </p>
      {state.notes.length > 0 && (
        <ul className="export-notes">
          {state.notes.map((note) => <li key={note} data-testid="export-note">{noteText(t, note)}</li>)}
        </ul>
      )}
    </div>
  );
}
