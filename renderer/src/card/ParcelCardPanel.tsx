import { useSurvey } from '../survey/survey-context.ts';
import { useWorkspace } from '../workspace/workspace-store.ts';

/** The open parcel's card (一宗一卡), beside the map. */
export function ParcelCardPanel() {
  const survey = useSurvey();
  const { openParcelId } = useWorkspace(survey.workspace);
  if (!openParcelId) return null;
  return <aside className="card-panel" data-testid="parcel-card">{openParcelId}</aside>;
}
