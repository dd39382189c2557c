import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from '../../../shared/survey/card-enums.ts';
import type { FieldIssue } from '../../../shared/survey/card-validation.ts';
import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import { ClassificationExplanation } from '../classification/ClassificationExplanation.tsx';
import { ParcelPhotos } from '../photos/ParcelPhotos.tsx';
import { StandardLandSection } from '../standard-land/StandardLandSection.tsx';
import type { ParcelSource } from '../survey/parcel-index.ts';
import { useCard } from './card-context.ts';
import { EconomicsTable } from './EconomicsTable.tsx';
import { CardSectionBox, FieldsSection } from './FieldsSection.tsx';
import { HistoryList } from './HistoryList.tsx';
import { IndicatorsSection } from './IndicatorsSection.tsx';
import { siteAreaText } from './indicator-rows.ts';
import { OriginalAttributes } from './OriginalAttributes.tsx';
import { ProgressLog } from './ProgressLog.tsx';
import { SurveyStatusSection } from './SurveyStatusSection.tsx';

interface Props {
  readonly source: ParcelSource;
  readonly history: readonly FieldOperation[];
  readonly refused: { readonly to: SurveyStatus; readonly issues: readonly FieldIssue[] } | undefined;
  readonly onMove: (to: SurveyStatus) => void;
}

/** Class and reasons come from the rule set (classification/), not typed in. */
const DERIVED_CLASS_FIELDS = ['parcelClass', 'classReasons'];

/** The card's sections in the order of the paper card. */
export function CardSections({ source, history, refused, onMove }: Props) {
  const { t } = useTranslation();
  const card = useCard();
  return (
    <div className="card-body">
      <CardSectionBox id="identity" title={t('cardSection_identity')}><FieldsSection section="identity" /></CardSectionBox>
      <CardSectionBox id="supply" title={t('cardSection_supply')}><FieldsSection section="supply" /></CardSectionBox>
      <CardSectionBox id="landUse" title={t('cardSection_landUse')}>
        <div className="card-field card-readonly">
          <span className="card-field-label">{t('cardField_siteArea')}</span>
          <output data-testid="card-site-area">{siteAreaText(t, card.siteAreaSquareMeters)}</output>
        </div>
        <FieldsSection section="landUse" />
      </CardSectionBox>
      <CardSectionBox id="economics" title={t('cardSection_economics')}><EconomicsTable /></CardSectionBox>
      <CardSectionBox id="indicators" title={t('cardSection_indicators')}><IndicatorsSection /></CardSectionBox>
      <CardSectionBox id="standardLand" title={t('standardLandSection')}><StandardLandSection /></CardSectionBox>
      <CardSectionBox id="classification" title={t('cardSection_classification')}>
        <ClassificationExplanation parcelId={card.parcelId} />
        <FieldsSection section="classification" except={DERIVED_CLASS_FIELDS} />
      </CardSectionBox>
      <CardSectionBox id="disposal" title={t('cardSection_disposal')}>
        <FieldsSection section="disposal" />
        <ProgressLog />
      </CardSectionBox>
      <CardSectionBox id="survey" title={t('cardSection_survey')}>
        <SurveyStatusSection refused={refused} onMove={onMove} />
        <FieldsSection section="survey" except={['surveyStatus']} />
      </CardSectionBox>
      <CardSectionBox id="notes" title={t('cardSection_notes')}><FieldsSection section="notes" /></CardSectionBox>
      <CardSectionBox id="photos" title={t('cardSection_photos')}><ParcelPhotos parcelId={card.parcelId} /></CardSectionBox>
      <CardSectionBox id="attributes" title={t('cardSection_attributes', { count: Object.keys(source.attributes).length })} open={false}>
        <OriginalAttributes attributes={source.attributes} />
      </CardSectionBox>
      <CardSectionBox id="history" title={t('cardSection_history')}><HistoryList history={history} /></CardSectionBox>
    </div>
  );
}
