import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatArea, formatLength } from './measure-format.ts';
import type { MeasureTool } from './use-measure-tool.ts';

interface MapToolbarProps {
  readonly measureTool: MeasureTool;
  readonly selectionCount: number | undefined;
  readonly onZoomSelection: (() => void) | undefined;
  /** Further tools (the basemap chooser). */
  readonly children?: ReactNode;
}

/** Tool buttons over the map: measuring, zoom to selection, and the measurement result. */
export function MapToolbar({ measureTool, selectionCount, onZoomSelection, children }: MapToolbarProps) {
  const { t } = useTranslation();
  const { mode, setMode, result } = measureTool;
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('mapTools')}>
      <div className="map-toolbar-buttons">
        <button type="button" aria-pressed={mode === 'distance'} data-testid="measure-distance"
          onClick={() => setMode(mode === 'distance' ? undefined : 'distance')}>{t('mapMeasureDistance')}</button>
        <button type="button" aria-pressed={mode === 'area'} data-testid="measure-area"
          onClick={() => setMode(mode === 'area' ? undefined : 'area')}>{t('mapMeasureArea')}</button>
        {selectionCount !== undefined && (
          <button type="button" data-testid="zoom-selection" disabled={!selectionCount || !onZoomSelection} onClick={onZoomSelection}>
            {t('mapZoomSelection')}
          </button>
        )}
        {children}
      </div>
      {selectionCount !== undefined && (
        <p className="map-toolbar-note" data-testid="map-selection-count" title={t('mapBoxSelectHint')}>
          {t('mapSelectionCount', { count: selectionCount })}
        </p>
      )}
      {mode && (
        <div className="map-measure" data-testid="measure-result" data-finished={measureTool.finished}>
          <p className="map-toolbar-note">{t('mapMeasureHint')}</p>
          {result && mode === 'distance' && (
            <p>{t('mapMeasureLength')}: <strong data-testid="measure-length">{formatLength(result.lengthMeters)}</strong></p>
          )}
          {result && mode === 'area' && result.areaSquareMeters !== undefined && (
            <>
              <p>{t('mapMeasureAreaLabel')}: <strong data-testid="measure-area-value">{formatArea(result.areaSquareMeters, t('mapMu'))}</strong></p>
              <p>{t('mapMeasurePerimeter')}: {formatLength(result.lengthMeters)}</p>
            </>
          )}
          <p className="map-toolbar-note">{t('mapMeasureEllipsoid')}</p>
        </div>
      )}
    </div>
  );
}
