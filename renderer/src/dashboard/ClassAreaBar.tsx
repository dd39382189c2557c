import { useTranslation } from 'react-i18next';
import type { AreaCount } from '../../../shared/land-stats/class-totals.ts';
import type { ParcelClass } from '../../../shared/survey/card-enums.ts';
import { LEGEND_ORDER, PARCEL_CLASS_COLOURS } from '../map/parcel-class-colours.ts';
import { formatMu } from './dashboard-format.ts';

interface Props {
  readonly byClass: Readonly<Record<ParcelClass, AreaCount>>;
  readonly totalMu: number;
  readonly onPick: (parcelClass: ParcelClass) => void;
}

/** Area by class as one stacked SVG bar (class colours of the map) and a table of 宗 and 亩; both click through. */
export function ClassAreaBar({ byClass, totalMu, onPick }: Props) {
  const { t, i18n } = useTranslation();
  let x = 0;
  const width = 300;
  return (
    <div className="dashboard-classes">
      <svg className="dashboard-bar" viewBox={`0 0 ${width} 14`} preserveAspectRatio="none" role="img" aria-label={t('dashboardTotal', { count: 0, area: formatMu(totalMu, i18n.language) })}>
        <rect x={0} y={0} width={width} height={14} fill="#eef1ec" />
        {totalMu > 0 && LEGEND_ORDER.map((parcelClass) => {
          const w = (byClass[parcelClass].areaMu / totalMu) * width;
          const rect = w > 0 && (
            <rect key={parcelClass} x={x} y={0} width={w} height={14} fill={PARCEL_CLASS_COLOURS[parcelClass]} className="dashboard-clickable"
              data-testid={`dashboard-bar-${parcelClass}`} onClick={() => onPick(parcelClass)}>
              <title>{`${t(`dashboardClass_${parcelClass}`)} ${formatMu(byClass[parcelClass].areaMu, i18n.language)}`}</title>
            </rect>
          );
          x += w;
          return rect;
        })}
      </svg>
      <table className="dashboard-class-table">
        <tbody>
          {LEGEND_ORDER.map((parcelClass) => {
            const figures = byClass[parcelClass];
            return (
              <tr key={parcelClass} className={figures.count > 0 ? 'dashboard-clickable' : 'dashboard-zero'} data-testid={`dashboard-class-${parcelClass}`}
                data-count={figures.count} data-area-mu={figures.areaMu.toFixed(2)} onClick={() => figures.count > 0 && onPick(parcelClass)}>
                <td><span className="dashboard-swatch" style={{ background: PARCEL_CLASS_COLOURS[parcelClass] }} />{t(`dashboardClass_${parcelClass}`)}</td>
                <td>{t('dashboardCount', { count: figures.count })}</td>
                <td>{t('dashboardArea', { area: formatMu(figures.areaMu, i18n.language) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
