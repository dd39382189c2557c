import { useTranslation } from 'react-i18next';
import { useSurvey } from '../survey/survey-context.ts';
import { useWorkspace } from '../workspace/workspace-store.ts';
import { usePrintCards } from './use-print-cards.ts';

/** Prints every selected parcel's card, one per page, in project order; hidden while fewer than `minCount` (1) are selected. */
export function PrintSelectionButton({ className, minCount = 1 }: { readonly className?: string; readonly minCount?: number }) {
  const { t } = useTranslation();
  const survey = useSurvey();
  const { selection } = useWorkspace(survey.workspace);
  const [print, state] = usePrintCards();
  if (selection.size < minCount) return null;
  const position = (id: string) => survey.index.positionById.get(id) ?? Number.MAX_SAFE_INTEGER;
  const ordered = () => [...selection].sort((a, b) => position(a) - position(b));
  return (
    <>
      <button type="button" className={className} data-testid="print-selection" disabled={state.busy} onClick={() => void print(ordered())}>
        {state.busy ? t('printPrinting') : t('printSelection', { count: selection.size })}
      </button>
      {state.error && <span role="alert" className="error">{t('printFailed', { message: state.error })}</span>}
    </>
  );
}
