import { useTranslation } from 'react-i18next';
import { CHINA_CRS_REGISTRY, findKnownCrs } from '../../../shared/crs/china-crs-registry.ts';

/** Picks the coordinate system of a shapefile: the source system first, then every system of the registry. */
export function CrsSelect({ value, sourceCode, onChange, testId }: {
  readonly value: string | null; readonly sourceCode: string | null; readonly onChange: (code: string | null) => void; readonly testId: string;
}) {
  const { t, i18n } = useTranslation();
  const name = (code: string) => {
    const crs = findKnownCrs(code);
    return crs ? `${i18n.language === 'en' ? crs.nameEn : crs.nameZh}（${crs.code}）` : code;
  };
  return (
    <label className="export-field">
      {t('exportsCrs')}
      <select data-testid={testId} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value={sourceCode ?? ''}>{sourceCode ? t('exportsCrsSource', { name: name(sourceCode) }) : t('exportsCrsUnknown')}</option>
        {CHINA_CRS_REGISTRY.filter((crs) => crs.code !== sourceCode).map((crs) => <option key={crs.code} value={crs.code}>{name(crs.code)}</option>)}
      </select>
    </label>
  );
}
