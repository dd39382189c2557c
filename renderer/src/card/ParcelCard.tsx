import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../../../shared/survey/card-enums.ts';
import { validateCard, type FieldIssue } from '../../../shared/survey/card-validation.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import { PrintSelectionButton } from '../print/PrintSelectionButton.tsx';
import { usePrintCards } from '../print/use-print-cards.ts';
import { ConflictBanner } from '../conflicts/ConflictBadge.tsx';
import { IdentityDialog } from '../survey/IdentityDialog.tsx';
import { useSurvey } from '../survey/survey-context.ts';
import { CardContext, type CardContextValue } from './card-context.ts';
import { issueMessage } from './card-text.ts';
import { CardSections } from './CardSections.tsx';
import { localIsoDate } from '../../../shared/search/parcel-filter.ts';
import { currentStatus, planStatusMove } from './status-move.ts';
import { useParcelCard } from './use-parcel-card.ts';
import './card.css';

/** Inline messages by field: the card's validation plus what blocks the status move last tried. */
function messagesByField(t: (key: string) => string, issues: readonly FieldIssue[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.code === 'statusMove') continue;
    const text = issueMessage(t, issue);
    const list = byField.get(issue.field) ?? [];
    if (!list.includes(text)) byField.set(issue.field, [...list, text]);
  }
  return byField;
}

/** One parcel's card (一宗一卡): header actions, the sections, and the surveyor in the footer. */
export function ParcelCard({ parcelId }: { readonly parcelId: string }) {
  const { t } = useTranslation();
  const survey = useSurvey();
  const card = useParcelCard(survey, parcelId);
  const [print, printState] = usePrintCards();
  const [identityOpen, setIdentityOpen] = useState(false);
  const [attempt, setAttempt] = useState<{ from: SurveyStatus; to: SurveyStatus }>();
  const position = survey.index.positionById.get(parcelId);
  const row = position === undefined ? undefined : survey.index.rows[position];
  const area = card.source?.areaSquareMeters ?? row?.areaSquareMeters ?? 0;
  const author = survey.identity?.author ?? '';
  const status = currentStatus(card.values);

  const refused = useMemo(() => (attempt && attempt.from === status
    ? { to: attempt.to, issues: planStatusMove(card.values, attempt.to, area, author, localIsoDate()).issues }
    : undefined), [attempt, status, card.values, area, author]);
  const messages = useMemo(() => messagesByField(t, [...validateCard(card.values, area), ...(refused?.issues ?? [])]),
    [t, card.values, area, refused]);

  const { commit: commitChanges } = card;
  const commit = useCallback((field: string, oldValue: FieldValue, newValue: FieldValue) => {
    void commitChanges([{ field, oldValue, newValue }]);
  }, [commitChanges]);
  const onMove = (to: SurveyStatus) => {
    const plan = planStatusMove(card.values, to, area, author, localIsoDate());
    if (plan.issues.length > 0) {
      setAttempt({ from: status, to });
      return;
    }
    setAttempt(undefined);
    void commitChanges(plan.changes);
  };

  const context = useMemo<CardContextValue>(() => ({
    parcelId, values: card.values, siteAreaSquareMeters: area, messages, readOnly: !survey.session, commit, conflicts: card.conflicts,
  }), [parcelId, card.values, area, messages, survey.session, commit, card.conflicts]);

  const code = String(card.values.parcelCode ?? row?.parcelCode ?? parcelId);
  return (
    <aside className="card-panel" data-testid="parcel-card" data-parcel-id={parcelId} aria-label={t('cardTitle')}>
      <header className="card-header">
        <div className="card-heading">
          <small>{t('cardTitle')}</small>
          <h2 data-testid="card-parcel-code">{code}</h2>
          <p>{[card.values.landholder, card.values.park].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="card-actions">
          <button type="button" data-testid="card-zoom" disabled={!row} onClick={() => row && survey.workspace.zoomTo(row.bbox)}>{t('cardZoomTo')}</button>
          <button type="button" data-testid="card-print" disabled={printState.busy} onClick={() => void print([parcelId])}>{t('cardPrint')}</button>
          <button type="button" data-testid="card-pdf" disabled={printState.busy} onClick={() => void print([parcelId], code)}>{t('cardExportPdf')}</button>
          <button type="button" className="card-close" data-testid="card-close" aria-label={t('cardClose')} title={t('cardClose')}
            onClick={() => survey.workspace.openParcel(undefined)}>×</button>
        </div>
        <p className={`card-save-state save-${card.save.kind}`} data-testid="card-save-state" aria-live="polite">
          {card.save.kind === 'saving' && t('cardSaving')}
          {card.save.kind === 'saved' && t('cardSaved')}
          {card.save.kind === 'error' && t('cardSaveFailed', { message: card.save.message })}
        </p>
        <div className="card-batch"><PrintSelectionButton minCount={2} /></div>
        {printState.error && <p className="card-issue" role="alert">{t('printFailed', { message: printState.error })}</p>}
        <ConflictBanner fields={card.conflicts} />
      </header>
      {!survey.identity && (
        <div className="card-identity-prompt" data-testid="card-identity-prompt">
          <p>{t('cardReadOnly')}</p>
          <button type="button" data-testid="card-set-identity" onClick={() => setIdentityOpen(true)}>{t('cardSetIdentity')}</button>
        </div>
      )}
      {identityOpen && <IdentityDialog identity={survey.identity} onSave={survey.setIdentity} onClose={() => setIdentityOpen(false)} />}
      {card.loadError && <p className="card-issue" role="alert">{t('cardLoadFailed', { message: card.loadError })}</p>}
      {!card.source && !card.loadError && <p className="card-hint">{t('cardLoading')}</p>}
      {card.source && (
        <CardContext.Provider value={context}>
          <CardSections source={card.source} history={card.history} refused={refused} onMove={onMove} />
        </CardContext.Provider>
      )}
      <footer className="card-footer" data-testid="card-footer">
        {survey.identity ? t('cardFooterSurveyor', { author: survey.identity.author, device: survey.identity.deviceName }) : t('cardFooterNoSurveyor')}
      </footer>
    </aside>
  );
}
