import { useSurvey } from '../survey/survey-context.ts';
import { useWorkspace } from '../workspace/workspace-store.ts';
import { ParcelCard } from './ParcelCard.tsx';
import { useParcelHash } from './use-card-hash.ts';

/** The open parcel's card (一宗一卡), beside the map; `#parcel=<id>` in the URL opens one. */
export function ParcelCardPanel() {
  const survey = useSurvey();
  useParcelHash(survey.workspace, survey.index.locationById);
  const { openParcelId } = useWorkspace(survey.workspace);
  if (!openParcelId) return null;
  return <ParcelCard key={openParcelId} parcelId={openParcelId} />;
}
