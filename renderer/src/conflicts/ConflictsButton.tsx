import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useSurvey } from '../survey/survey-context.ts';
import { ConflictRow } from './ConflictRow.tsx';
import { useConflicts } from './use-conflicts.ts';
import './conflicts.css';

/** The top bar's conflict count; opens the review of every conflicted field (base / mine / theirs). */
export function ConflictsButton() {
  const { t } = useTranslation();
  const survey = useSurvey();
  const { conflicts, error, resolve, reload } = useConflicts(survey);
  const [open, setOpen] = useState(false);
  const codeOf = (parcelId: string) => {
    const position = survey.index.positionById.get(parcelId);
    return String((position === undefined ? undefined : survey.index.rows[position]?.parcelCode) ?? parcelId);
  };
  return (
    <>
      <button type="button" className={`conflicts-button${conflicts.length > 0 ? ' has-conflicts' : ''}`} data-testid="conflicts-open"
        data-count={conflicts.length} onClick={() => { void reload(); setOpen(true); }}>
        {t('conflictsButton', { count: conflicts.length })}
      </button>
      {open && createPortal(
        <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={t('conflictsTitle')} data-testid="conflicts-dialog">
          <div className="dialog conflicts-dialog">
            <h2>{t('conflictsTitle')}</h2>
            <p className="card-hint">{t('conflictsHint')}</p>
            {!survey.session && <p role="alert" className="error">{t('conflictNeedsIdentity')}</p>}
            {error && <p role="alert" className="error">{t('conflictFailed', { message: error })}</p>}
            {conflicts.length === 0 && <p data-testid="conflicts-none">{t('conflictsNone')}</p>}
            <ul className="conflict-list">
              {conflicts.map((conflict) => (
                <ConflictRow key={`${conflict.parcelId}\u0000${conflict.field}`} conflict={conflict} parcelCode={codeOf(conflict.parcelId)}
                  canResolve={!!survey.session} onResolve={(value) => void resolve(conflict, value)}
                  onOpenCard={() => { survey.workspace.openParcel(conflict.parcelId); setOpen(false); }} />
              ))}
            </ul>
            <footer>
              <button type="button" data-testid="conflicts-close" onClick={() => setOpen(false)}>{t('conflictsClose')}</button>
            </footer>
          </div>
        </div>,
        document.body,
      )}
    </>
  );
}
