import { useTranslation } from 'react-i18next';
import { recognizeBoundaryNameColumn } from '../../../shared/parks/park-boundary-layer.ts';
import type { PolygonLayerUse } from './layer-use.ts';

interface Props {
  readonly columns: readonly string[];
  readonly use: PolygonLayerUse;
  readonly onChange: (use: PolygonLayerUse) => void;
}

/**
 * A polygon layer's use: parcels (the default) or park boundaries (园区边界)
 * with the column holding the park names (YQMC, NAME, MC … recognised).
 */
export function ParkBoundaryChoice({ columns, use, onChange }: Props) {
  const { t } = useTranslation();
  const asBoundaries = use.role === 'parkBoundaries';
  return (
    <div className="park-boundary-choice" data-testid="layer-use">
      <label>
        {t('parkBoundaryUse')}{' '}
        <select data-testid="layer-role" value={use.role ?? 'parcels'}
          onChange={(e) => onChange(e.target.value === 'parkBoundaries'
            ? { role: 'parkBoundaries', parkNameColumn: use.parkNameColumn ?? recognizeBoundaryNameColumn(columns) }
            : { role: 'parcels' })}>
          <option value="parcels">{t('parkBoundaryAsParcels')}</option>
          <option value="parkBoundaries">{t('parkBoundaryAsBoundaries')}</option>
        </select>
      </label>
      {asBoundaries && (
        <>
          {' '}
          <label>
            {t('parkBoundaryNameColumn')}{' '}
            <select data-testid="park-name-column" value={use.parkNameColumn ?? ''}
              onChange={(e) => onChange({ role: 'parkBoundaries', ...(e.target.value ? { parkNameColumn: e.target.value } : {}) })}>
              <option value="">{t('parkBoundaryNoColumn')}</option>
              {columns.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
          <p className="notice">{t('parkBoundaryHint')}</p>
        </>
      )}
    </div>
  );
}
