import { useSurvey } from '../survey/survey-context.ts';

/** The ledger table (台账) of all parcels. */
export function LedgerPanel() {
  const survey = useSurvey();
  return <section className="ledger-panel" data-testid="ledger">{survey.index.rows.length}</section>;
}
