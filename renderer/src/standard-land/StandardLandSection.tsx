import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldDefinition, type CardFieldDefinition } from '../../../shared/survey/card-fields.ts';
import type { IndicatorCheck } from '../../../shared/evaluation/standard-land-check.ts';
import { useCard } from '../card/card-context.ts';
import { FieldEditor } from '../card/CardField.tsx';
import { useSurvey } from '../survey/survey-context.ts';
import { ACCEPTANCE_STAGES, standardLandRows, tallyStandardLand, type StandardLandRow } from './standard-land-rows.ts';
import { indicatorLabel, standardLandUnit, thresholdText, type Translate } from './standard-land-text.ts';
import { useStandardLandSet } from './use-standard-land-set.ts';
import './standard-land.css';

/** 标准地 3+N+1 on the card: contracted and actual figures per indicator, and pass/fail at each acceptance. */
export function StandardLandSection() {
  const { t } = useTranslation();
  const survey = useSurvey();
  const card = useCard();
  const set = useStandardLandSet(survey.db, survey.loaded.project.id);
  const rows = useMemo(() => (set ? standardLandRows(set, card.values) : []), [set, card.values]);
  if (!set) return <p className="card-hint">{t('standardLandLoading')}</p>;
  const tally = tallyStandardLand(rows);
  return (
    <div className="standard-land" data-testid="standard-land-section">
      <p className="standard-land-summary" data-testid="standard-land-summary">
        {t('standardLandSummary', { name: set.name, pass: tally.pass, fail: tally.fail, insufficient: tally.insufficientData, pending: tally.pending })}
      </p>
      <div className="card-table-scroll">
        <table className="card-economics-table standard-land-table" data-testid="standard-land-table">
          <thead>
            <tr>
              <th>{t('standardLandIndicator')}</th>
              <th>{t('standardLandKind_contracted')}</th>
              {ACCEPTANCE_STAGES.map((stage) => <th key={stage}>{t(`standardLandKind_${stage}`)}</th>)}
            </tr>
          </thead>
          <tbody>{rows.map((row) => <IndicatorRow key={row.indicator.key} row={row} />)}</tbody>
        </table>
      </div>
      <p className="card-hint">{t('standardLandHint')}</p>
    </div>
  );
}

function IndicatorRow({ row }: { readonly row: StandardLandRow }) {
  const { t } = useTranslation();
  const { indicator } = row;
  const deciding = row.checks[indicator.stage];
  return (
    <tr data-indicator={indicator.key} data-slot={indicator.slot}>
      <th scope="row">
        {indicatorLabel(t, indicator)}
        <small>{[standardLandUnit(t, indicator.unit), t(`standardLandSlot_${indicator.slot}`)].filter(Boolean).join(' · ')}</small>
      </th>
      <td>
        <FigureInput fieldKey={row.contractedKey} label={`${indicatorLabel(t, indicator)} ${t('standardLandKind_contracted')}`} />
        {deciding?.contractedSource === 'set' && <small className="standard-land-note">{t('standardLandFromSet', { value: deciding.contracted ?? '' })}</small>}
      </td>
      {ACCEPTANCE_STAGES.map((stage) => (
        <td key={stage} className={stage === indicator.stage ? 'standard-land-deciding' : undefined}>
          <FigureInput fieldKey={row.actualKeys[stage]} label={`${indicatorLabel(t, indicator)} ${t(`standardLandKind_${stage}`)}`} />
          <Outcome check={row.checks[stage]} t={t} testId={`standard-land-outcome-${indicator.key}-${stage}`} />
        </td>
      ))}
    </tr>
  );
}

function FigureInput({ fieldKey, label }: { readonly fieldKey: string; readonly label: string }) {
  const card = useCard();
  const messages = card.messages.get(fieldKey) ?? [];
  return (
    <>
      <FieldEditor definition={fieldDefinition(fieldKey) as CardFieldDefinition} fieldKey={fieldKey} label={label}
        value={card.values[fieldKey]} invalid={messages.length > 0} readOnly={card.readOnly} onCommit={card.commit} />
      {messages.map((message) => <p key={message} className="card-issue" role="alert" data-testid={`issue-${fieldKey}`}>{message}</p>)}
    </>
  );
}

function Outcome({ check, t, testId }: { readonly check: IndicatorCheck | undefined; readonly t: Translate; readonly testId: string }) {
  if (!check) return <span className="standard-land-outcome none" data-testid={testId} data-outcome="none">{t('standardLandNotChecked')}</span>;
  const threshold = check.contracted === undefined ? t('standardLandNoThreshold') : thresholdText(t, check.direction, check.contracted, check.unit);
  return (
    <span className={`standard-land-outcome ${check.outcome}`} data-testid={testId} data-outcome={check.outcome} title={threshold}>
      {t(`standardLandOutcome_${check.outcome}`)}<small>{threshold}</small>
    </span>
  );
}
