import { useTranslation } from 'react-i18next';
import type { ClassificationStore } from './classification-store.ts';
import { useClassificationState } from './use-classification.ts';

/** The park a parcel is counted in, with how that was decided: 按园区边界 (boundary layer) or 按属性 (park attribute). */
export function ParkAssignmentNote({ store, parcelId }: { readonly store: ClassificationStore | undefined; readonly parcelId: string }) {
  const { t } = useTranslation();
  const derived = useClassificationState(store)?.byId.get(parcelId);
  if (!derived) return null;
  const method = derived.parkMethod ?? (derived.park ? 'attribute' : 'none');
  const note = method === 'boundary' ? t('parkBoundaryByBoundary') : method === 'attribute' ? t('parkBoundaryByAttribute') : t('parkBoundaryNone');
  return (
    <p className="classify-park" data-testid="card-park-assignment" data-method={method}>
      {t('parkBoundaryParkLine', { park: derived.park || '—' })} <small data-testid="card-park-method">（{note}）</small>
    </p>
  );
}
