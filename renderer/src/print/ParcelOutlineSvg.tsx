import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LonLat } from '../../../shared/model/geometry.ts';
import { projectOutline } from './parcel-outline.ts';

interface Props {
  /** Parts → rings → [lon, lat] degrees, CGCS2000. */
  readonly rings: readonly (readonly (readonly LonLat[])[])[];
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
}

/** The parcel drawn to scale as inline SVG: outline, code, north arrow and a scale bar in metres. */
export function ParcelOutlineSvg({ rings, label, width = 360, height = 260 }: Props) {
  const { t } = useTranslation();
  const drawing = useMemo(() => projectOutline(rings, width, height, 36), [rings, width, height]);
  const [cx, cy] = drawing.center;
  const bar = drawing.scaleBar;
  const barY = height - 14;
  return (
    <svg className="parcel-outline" data-testid="parcel-outline" viewBox={`0 0 ${width} ${height}`} role="img"
      aria-label={`${t('printMap')} ${label}`} xmlns="http://www.w3.org/2000/svg">
      <rect x="0.5" y="0.5" width={width - 1} height={height - 1} fill="#fbfcfa" stroke="#9aa79f" />
      {drawing.paths.map((d, i) => (
        <path key={i} d={d} fill="#f2d7ae" fillOpacity="0.85" fillRule="evenodd" stroke="#a4471c" strokeWidth="1.6" strokeLinejoin="round" />
      ))}
      {drawing.paths.length === 0 && <text x={width / 2} y={height / 2} textAnchor="middle" fontSize="13" fill="#5a5a5a">{t('printNoOutline')}</text>}
      {drawing.paths.length > 0 && (
        <text x={cx} y={cy} textAnchor="middle" dominantBaseline="middle" fontSize="12" fontWeight="600" fill="#1d2a24"
          stroke="#fff" strokeWidth="3" paintOrder="stroke" data-testid="outline-label">{label}</text>
      )}
      <g transform={`translate(${width - 24} 14)`} data-testid="north-arrow">
        <path d="M0 0 L7 20 L0 15 L-7 20 Z" fill="#1d2a24" />
        <text x="0" y="33" textAnchor="middle" fontSize="11" fill="#1d2a24">{t('printNorth')}</text>
      </g>
      <g transform={`translate(14 ${barY})`} data-testid="scale-bar" data-meters={bar.meters}>
        <path d={`M0 -5 V0 H${bar.length} V-5`} fill="none" stroke="#1d2a24" strokeWidth="1.5" />
        <text x={bar.length + 6} y="0" fontSize="11" fill="#1d2a24">{bar.meters} m</text>
      </g>
    </svg>
  );
}
