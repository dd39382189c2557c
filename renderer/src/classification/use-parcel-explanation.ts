import { useEffect, useState } from 'react';
import type { ClassificationResult } from '../../../shared/rules/classify-parcel.ts';
import type { ClassificationStore } from './classification-store.ts';
import { useClassificationState } from './use-classification.ts';

/**
 * A parcel's full classification result, asked of the classifier again
 * whenever results change (an edit of this parcel, a new rule set or date).
 */
export function useParcelExplanation(store: ClassificationStore | undefined, parcelId: string): { result: ClassificationResult | undefined; error: string | undefined } {
  const state = useClassificationState(store);
  const [result, setResult] = useState<ClassificationResult>();
  const [error, setError] = useState<string>();
  const byId = state?.byId;
  useEffect(() => {
    if (!store || !byId || byId.size === 0) return;
    let cancelled = false;
    store.explain(parcelId).then(
      (found) => {
        if (cancelled) return;
        setResult(found);
        setError(undefined);
      },
      (failure: unknown) => !cancelled && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      cancelled = true;
    };
  }, [store, byId, parcelId]);
  return { result: result?.parcelId === parcelId ? result : undefined, error: error ?? (state?.status === 'error' ? state.error : undefined) };
}
