import { useTranslation } from 'react-i18next';
import type { FieldValues } from '../../../shared/survey/field-value.ts';
import { displayValue, fieldLabel, type Translate } from '../card/card-text.ts';
import { indicatorRows, siteAreaText } from '../card/indicator-rows.ts';
import { progressEntries } from '../card/progress-log.ts';
import type { PrintCardData } from './load-print-card.ts';
import { ParcelOutlineSvg } from './ParcelOutlineSvg.tsx';

const IDENTITY = ['parcelCode', 'realEstateUnitId', 'landholder', 'location', 'park', 'county', 'plannedUse'];
const SUPPLY = ['supplyMethod', 'contractNumber', 'grantTermYears', 'supplyDate', 'agreedStartDate', 'actualStartDate', 'completionDate'];
const DISPOSAL = ['disposalMethod', 'disposalStatus', 'responsibleUnit', 'disposalDeadline', 'supervisedListing'];
const LATEST_PROGRESS = 4;

function Facts({ t, keys, values }: { readonly t: Translate; readonly keys: readonly string[]; readonly values: FieldValues }) {
  return (
    <dl className="print-facts">
      {keys.map((key) => (
        <div key={key} data-field={key}>
          <dt>{fieldLabel(t, key)}</dt>
          <dd>{displayValue(t, key, values[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One parcel card on one printed page: facts, outline, indicators, class, disposal plan, photos. */
export function PrintCard({ card, page, pages, printedAt }: { readonly card: PrintCardData; readonly page: number; readonly pages: number; readonly printedAt: string }) {
  const { t } = useTranslation();
  const { values } = card;
  const code = String(values.parcelCode ?? card.parcelId);
  const shownClass = values.classOverride || values.parcelClass || 'unsurveyed';
  const progress = progressEntries(values).slice(0, LATEST_PROGRESS);
  return (
    <article className="print-card" data-testid="print-card" data-parcel-id={card.parcelId}>
      <header>
        <h1>{t('printCardTitle')}</h1>
        <strong data-testid="print-parcel-code">{code}</strong>
        <span>{t('printPage', { page, pages })}</span>
      </header>
      <div className="print-top">
        <section>
          <h2>{t('printKeyFacts')}</h2>
          <Facts t={t} keys={IDENTITY} values={values} />
          <dl className="print-facts"><div><dt>{t('printSiteArea')}</dt><dd>{siteAreaText(t, card.areaSquareMeters)}</dd></div></dl>
        </section>
        <figure>
          <ParcelOutlineSvg rings={card.rings} label={code} />
          <figcaption>{t('printMap')}</figcaption>
        </figure>
      </div>
      <section>
        <h2>{t('printDates')}</h2>
        <Facts t={t} keys={SUPPLY} values={values} />
      </section>
      <section>
        <h2>{t('cardSection_indicators')}</h2>
        <dl className="print-facts print-indicators">
          {indicatorRows(t, values, card.areaSquareMeters).map((row) => (
            <div key={row.key}><dt>{row.label}</dt><dd>{row.text ?? t('cardEmpty')}</dd></div>
          ))}
        </dl>
      </section>
      <section>
        <h2>{t('cardSection_classification')}</h2>
        <p className="print-class">
          {displayValue(t, 'parcelClass', shownClass)}{values.classOverride ? t('cardClassOverridden') : ''}
        </p>
        {values.classReasons ? <p>{t('cardField_classReasons')}：{String(values.classReasons)}</p> : null}
        {values.classOverrideReason ? <p>{t('cardField_classOverrideReason')}：{String(values.classOverrideReason)}</p> : null}
      </section>
      <section>
        <h2>{t('cardSection_disposal')}</h2>
        <Facts t={t} keys={DISPOSAL} values={values} />
        {progress.length > 0 && (
          <>
            <h3>{t('printProgressLatest')}</h3>
            <ul className="print-progress">{progress.map((entry) => <li key={entry.key}>{entry.date} {entry.text}</li>)}</ul>
          </>
        )}
      </section>
      {card.photos.length > 0 && (
        <section>
          <h2>{t('printPhotos')}</h2>
          <div className="print-photos">
            {card.photos.map((photo) => (
              <figure key={photo.sha256}><img src={photo.url} alt={photo.caption} /><figcaption>{photo.caption}</figcaption></figure>
            ))}
          </div>
        </section>
      )}
      <footer>
        <span>{t('printSignature', { surveyor: displayValue(t, 'surveyor', values.surveyor), date: displayValue(t, 'surveyDate', values.surveyDate) })}</span>
        <span>{t('printPrintedAt', { time: printedAt })}</span>
      </footer>
    </article>
  );
}
