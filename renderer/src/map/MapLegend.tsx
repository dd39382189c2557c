import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import { countParcelClasses } from './legend-counts.ts';
import { LEGEND_ORDER, PARCEL_CLASS_COLOURS, UNSURVEYED_HATCH_COLOUR } from './parcel-class-colours.ts';

/** Class legend with the number of parcels of each class in the project. */
export function MapLegend({ rows }: { readonly rows: readonly ParcelRow[] }) {
  const { t } = useTranslation();
  const counts = useMemo(() => countParcelClasses(rows), [rows]);
  return (
    <section className="map-legend" data-testid="map-legend" aria-label={t('mapLegendTitle')}>
      <h3>{t('mapLegendTitle')}</h3>
      <ul>
        {LEGEND_ORDER.map((parcelClass) => (
          <li key={parcelClass} data-class={parcelClass}>
            <span
              className="map-legend-swatch"
              style={{
                background: parcelClass === 'unsurveyed'
                  ? `repeating-linear-gradient(135deg, ${UNSURVEYED_HATCH_COLOUR} 0 1.5px, ${PARCEL_CLASS_COLOURS.unsurveyed} 1.5px 5px)`
                  : PARCEL_CLASS_COLOURS[parcelClass],
              }}
            />
            <span className="map-legend-label">{t(`mapClass_${parcelClass}`)}</span>
            <span className="map-legend-count" data-testid={`legend-count-${parcelClass}`}>
              {t('mapLegendCount', { count: counts[parcelClass].count })}
            </span>
          </li>
        ))}
        <li data-class="park">
          <span className="map-legend-swatch map-legend-park" />
          <span className="map-legend-label">{t('mapParkOutline')}</span>
        </li>
      </ul>
    </section>
  );
}
