import { useTranslation } from 'react-i18next';
import { SURVEY_STATUS_MOVES, type SurveyStatus } from '../../../shared/survey/card-enums.ts';
import type { FieldIssue } from '../../../shared/survey/card-validation.ts';
import { useCard } from './card-context.ts';
import { choiceLabel, fieldLabel, issueMessage } from './card-text.ts';
import { currentStatus } from './status-move.ts';

interface Props {
  /** The move last tried and refused, with what still stands in its way (updates as the card changes). */
  readonly refused: { readonly to: SurveyStatus; readonly issues: readonly FieldIssue[] } | undefined;
  readonly onMove: (to: SurveyStatus) => void;
}

/** The survey status, a button for each allowed move, and why a move was refused. */
export function SurveyStatusSection({ refused, onMove }: Props) {
  const { t } = useTranslation();
  const card = useCard();
  const status = currentStatus(card.values);
  return (
    <div className="card-status">
      <p>
        {t('cardField_surveyStatus')}：
        <strong className={`card-status-badge status-${status}`} data-testid="survey-status">{choiceLabel(t, 'surveyStatus', status)}</strong>
      </p>
      <div className="card-status-moves">
        {SURVEY_STATUS_MOVES[status].map((to) => (
          <button key={to} type="button" data-testid={`status-move-${to}`} disabled={card.readOnly} onClick={() => onMove(to)}>
            {t('cardStatusMove', { status: choiceLabel(t, 'surveyStatus', to) })}
          </button>
        ))}
      </div>
      {refused && refused.issues.length > 0 && (
        <div className="card-status-refused" role="alert" data-testid="status-refused">
          <p>{t('cardStatusRefused', { status: choiceLabel(t, 'surveyStatus', refused.to) })}</p>
          <ul>
            {refused.issues.map((issue, i) => (
              <li key={i}>{issue.code === 'statusMove' ? '' : `${fieldLabel(t, issue.field)}：`}{issueMessage(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
