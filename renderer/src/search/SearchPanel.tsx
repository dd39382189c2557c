import { useSurvey } from '../survey/survey-context.ts';

/** Search and filter parcels; results list in step with the map. */
export function SearchPanel() {
  const survey = useSurvey();
  return <section className="search-panel" data-testid="search">{survey.index.rows.length}</section>;
}
