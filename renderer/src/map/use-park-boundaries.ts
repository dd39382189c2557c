import { useEffect, useMemo, useState } from 'react';
import { parkNameIndex } from '../../../shared/parks/park-assignment.ts';
import { recognizeBoundaryNameColumn } from '../../../shared/parks/park-boundary-layer.ts';
import { XUCHANG_PARK_PRESET } from '../../../shared/parks/park-preset.ts';
import { useClassificationState } from '../classification/use-classification.ts';
import { loadLayerFeatures } from '../storage/project-store.ts';
import type { Survey } from '../survey/survey-context.ts';
import { parkBoundaryOutlines, type ParkBoundaryOutlines } from './park-boundary-outlines.ts';

/**
 * The open project's park-boundary layers as park outlines (undefined while
 * reading or without such a layer), named through the project's park preset.
 */
export function useParkBoundaries(survey: Survey | undefined): ParkBoundaryOutlines | undefined {
  const parks = useClassificationState(survey?.classification)?.settings?.parks ?? XUCHANG_PARK_PRESET;
  const index = useMemo(() => parkNameIndex(parks.parks), [parks]);
  const db = survey?.db;
  const layers = survey?.loaded.layers;
  const [outlines, setOutlines] = useState<ParkBoundaryOutlines>();

  useEffect(() => {
    const boundaryLayers = (layers ?? []).filter((layer) => layer.role === 'parkBoundaries');
    if (!db || boundaryLayers.length === 0) {
      setOutlines(undefined);
      return;
    }
    let live = true;
    void Promise.all(boundaryLayers.map(async (layer) => ({
      features: await loadLayerFeatures(db, layer.id),
      nameColumn: layer.fieldMapping?.park ?? recognizeBoundaryNameColumn((layer.fields ?? []).map((f) => f.name)) ?? '',
    }))).then((read) => {
      if (live) setOutlines(parkBoundaryOutlines(read, index));
    });
    return () => {
      live = false;
    };
  }, [db, layers, index]);

  return outlines;
}
