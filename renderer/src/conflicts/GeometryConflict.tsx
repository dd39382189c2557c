import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import { formatNumber } from '../card/card-text.ts';
import type { FieldConflict } from './conflict-list.ts';
import { geometryConflictView, type GeometryOutline } from './geometry-conflict-view.ts';

interface GeometryConflictProps {
  readonly conflict: FieldConflict;
  readonly canResolve: boolean;
  readonly onResolve: (value: FieldValue) => void;
  /** Local date and time of an edit for display. */
  readonly timeText: (millis: number) => string;
}

/** A boundary conflict: base, mine and theirs as small outlines (the base dashed behind each side) with their areas; pick one. */
export function GeometryConflict({ conflict, canResolve, onResolve, timeText }: GeometryConflictProps) {
  const { t } = useTranslation();
  const view = useMemo(() => geometryConflictView(conflict), [conflict]);
  const card = (outline: GeometryOutline) => {
    const { side } = outline;
    const delta = outline.deltaSquareMeters;
    return (
      <li key={outline.key} className={`geometry-outline ${outline.role}`} data-testid="geometry-outline" data-role={outline.role}
        data-area-m2={outline.areaSquareMeters === null ? '' : outline.areaSquareMeters.toFixed(1)}>
        <span className="conflict-who">{t(outline.role === 'base' ? 'conflictBase' : outline.role === 'mine' ? 'conflictMine' : 'conflictTheirs')}</span>
        {outline.pathData === null
          ? <div className="geometry-unreadable" role="note">{outline.value === null ? t('cardEmpty') : t('conflictGeometryUnreadable')}</div>
          : (
            <svg viewBox={view.viewBox} role="img" aria-label={t('conflictGeometryOutline')}>
              {outline.role !== 'base' && view.base.pathData && <path className="geometry-base-behind" d={view.base.pathData} />}
              <path className="geometry-shape" d={outline.pathData} />
            </svg>
          )}
        {outline.areaSquareMeters !== null && outline.areaMu !== null && (
          <div className="geometry-area" data-testid="geometry-area">
            {t('conflictGeometryArea', { m2: formatNumber(outline.areaSquareMeters, 1), mu: formatNumber(outline.areaMu, 2) })}
            {delta !== null && <small> {t('conflictGeometryDelta', { m2: `${delta >= 0 ? '+' : '−'}${formatNumber(Math.abs(delta), 1)}` })}</small>}
          </div>
        )}
        {outline.pathData !== null && <small>{t('conflictGeometryVertices', { count: outline.vertexCount })}</small>}
        {side && <small>{t('conflictBy', { author: side.author, device: side.deviceName, time: timeText(side.millis) })}</small>}
        {side && <button type="button" data-testid="conflict-pick" disabled={!canResolve} onClick={() => onResolve(side.value)}>{t('conflictPick')}</button>}
      </li>
    );
  };
  return <ul className="geometry-conflict" data-testid="geometry-conflict">{[view.base, ...view.sides].map(card)}</ul>;
}
