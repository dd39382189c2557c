import { useTranslation } from 'react-i18next';
import { CHINA_CRS_REGISTRY } from '../../../shared/crs/china-crs-registry.ts';
import type { FeatureIssueCode } from '../../../shared/import/geometry-check.ts';
import { describeIssue, describeWarning, type MessageLanguage } from '../../../shared/import/import-messages.ts';
import { PARCEL_FIELD_CANDIDATES, type FieldMapping, type ParcelField } from '../../../shared/model/parcel-fields.ts';
import type { LayerPreview, WorkerImportOptions } from './import-protocol.ts';
import type { PolygonLayerUse } from './layer-use.ts';
import { ParkBoundaryChoice } from './ParkBoundaryChoice.tsx';

const ENCODINGS = ['gbk', 'gb18030', 'utf-8', 'big5', 'windows-1252', 'windows-1250', 'shift_jis', 'euc-kr'];

export interface LayerChoice extends PolygonLayerUse {
  readonly options: WorkerImportOptions;
  readonly include: boolean;
  readonly crsConfirmed: boolean;
  readonly previousImportDate?: string;
}

interface Props {
  readonly index: number;
  readonly preview: LayerPreview;
  readonly choice: LayerChoice;
  readonly onOptions: (options: WorkerImportOptions) => void;
  readonly onChoice: (choice: Partial<LayerChoice>) => void;
}

/** One layer's preview: what was read and how, with every choice the user can change. */
export function LayerPreviewCard({ index, preview, choice, onOptions, onChoice }: Props) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'zh-CN') as MessageLanguage;
  const options = choice.options;
  const setMapping = (field: ParcelField, column: string) => {
    const mapping: FieldMapping = { ...preview.fieldMapping };
    if (column) mapping[field] = column;
    else delete mapping[field];
    onOptions({ ...options, fieldMapping: mapping });
  };
  const columns = preview.fields.map((f) => f.name);
  const issues = Object.entries(preview.issueCounts) as [FeatureIssueCode, number][];
  const asParcels = preview.role === 'parcels' && choice.role !== 'parkBoundaries';
  return (
    <section className="layer-preview" data-testid={`layer-preview-${index}`}>
      <header>
        <label>
          <input type="checkbox" checked={choice.include} data-testid="include-layer" onChange={(e) => onChoice({ include: e.target.checked })} />
          <strong>{preview.name}</strong>
        </label>
        <span>
          {asParcels ? t('layerParcels') : preview.role === 'parcels' ? t('parkBoundaryLayer') : t('layerReference')} · {preview.geometryType} · {t('featureCount')} {preview.featureCount}
        </span>
      </header>
      {choice.previousImportDate && (
        <p className="notice" data-testid="already-imported">
          {t('alreadyImported', { date: choice.previousImportDate })}{' '}
          <label><input type="checkbox" checked={choice.include} onChange={(e) => onChoice({ include: e.target.checked })} /> {t('importAgain')}</label>
        </p>
      )}
      <div className="preview-grid">
        {preview.role === 'parcels' && (
          <ParkBoundaryChoice columns={columns} use={choice} onChange={(use) => onChoice({ role: use.role, parkNameColumn: use.parkNameColumn })} />
        )}
        <label>
          {t('encoding')}{' '}
          <select data-testid="encoding-select" value={options.encoding ?? ''} onChange={(e) => onOptions({ ...options, encoding: e.target.value || undefined })}>
            <option value="">{t('encodingAuto')}</option>
            {ENCODINGS.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>{' '}
          <span data-testid="encoding-used">{preview.encoding.name} ({t(`source_${preview.encoding.source}`)})</span>
        </label>
        <label>
          {t('coordinateSystem')}{' '}
          <select data-testid="crs-select" value={options.crsCode ?? ''} onChange={(e) => onOptions({ ...options, crsCode: e.target.value || undefined })}>
            <option value="">{t('encodingAuto')}</option>
            {CHINA_CRS_REGISTRY.map((crs) => <option key={crs.code} value={crs.code}>{crs.code} {language === 'en' ? crs.nameEn : crs.nameZh}</option>)}
          </select>{' '}
          <span data-testid="crs-used">
            {preview.crs.code ?? ''} {language === 'en' ? preview.crs.nameEn : preview.crs.name} ({t(`source_${preview.crs.source}`)})
          </span>
        </label>
        {preview.crs.needsConfirmation && (
          <p className="warning" data-testid="crs-needs-confirmation">
            {preview.crs.code ? t('crsMustConfirm') : t('crsUnknown')}{' '}
            {preview.crs.code && (
              <label><input type="checkbox" checked={choice.crsConfirmed} data-testid="crs-confirm" onChange={(e) => onChoice({ crsConfirmed: e.target.checked })} /> {t('crsConfirm')}</label>
            )}
          </p>
        )}
        {asParcels && (
          <p data-testid="total-area">
            {t('totalArea')}: {preview.areaSquareMeters.toLocaleString(language, { maximumFractionDigits: 2 })} {t('squareMeters')} ·{' '}
            {preview.areaMu.toLocaleString(language, { maximumFractionDigits: 2 })} {t('mu')}
          </p>
        )}
        {asParcels && preview.fieldMapping.registeredArea && (
          <p>
            <span data-testid="area-mismatches">{t('areaMismatches', { percent: (options.areaTolerance ?? 0.01) * 100, count: preview.areaMismatches })}</span>{' '}
            <label>
              {t('areaTolerance')}{' '}
              <input type="number" min="0" step="0.1" defaultValue={(options.areaTolerance ?? 0.01) * 100} data-testid="area-tolerance"
                onBlur={(e) => onOptions({ ...options, areaTolerance: Math.max(0, Number(e.target.value) || 0) / 100 })} />
            </label>
          </p>
        )}
        <div data-testid="geometry-issues">
          {t('geometryIssues')}: {issues.length === 0 ? t('noIssues') : issues.map(([code, count]) => `${describeIssue(code, language)} ${count}`).join('，')}
          {issues.length > 0 && (
            <label>
              {' '}{t('invalidAction')}{' '}
              <select data-testid="invalid-action" value={options.invalidFeatures ?? 'keep'}
                onChange={(e) => onOptions({ ...options, invalidFeatures: e.target.value as WorkerImportOptions['invalidFeatures'] })}>
                {(['keep', 'fix', 'skip'] as const).map((a) => <option key={a} value={a}>{t(`action_${a}`)}</option>)}
              </select>
            </label>
          )}
        </div>
      </div>
      {preview.warnings.length > 0 && (
        <ul className="warnings" data-testid="warnings">
          {preview.warnings.map((code) => <li key={code}>{describeWarning(code, language)}</li>)}
        </ul>
      )}
      {asParcels && columns.length > 0 && (
        <details>
          <summary>{t('fieldMapping')}</summary>
          <table className="mapping" data-testid="field-mapping">
            <thead><tr><th>{t('modelField')}</th><th>{t('sourceColumn')}</th></tr></thead>
            <tbody>
              {(Object.keys(PARCEL_FIELD_CANDIDATES) as ParcelField[]).map((field) => (
                <tr key={field}>
                  <td>{t(`field_${field}`)}</td>
                  <td>
                    <select value={preview.fieldMapping[field] ?? ''} data-testid={`mapping-${field}`} onChange={(e) => setMapping(field, e.target.value)}>
                      <option value="">{t('noColumn')}</option>
                      {columns.map((c) => <option key={c} value={c}>{c}</option>)}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <h4>{t('sampleRows')}</h4>
      <div className="sample-scroll">
        <table className="sample" data-testid="sample-rows">
          <thead><tr>{columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>
          <tbody>
            {preview.sample.map((row, i) => <tr key={i}>{columns.map((c) => <td key={c}>{String(row[c] ?? '')}</td>)}</tr>)}
          </tbody>
        </table>
      </div>
    </section>
  );
}
