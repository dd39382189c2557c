import type { FieldOperation } from '../../../shared/survey/field-operation.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import { formatHlc } from '../../../shared/sync/hlc.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { recordOperations } from '../storage/survey-store.ts';

/** The demo's survey in progress, as scripts/demo/demo-survey.ts writes it. */
interface DemoSurveyFile {
  readonly author: string;
  readonly deviceName: string;
  readonly device: string;
  readonly enteredAt: string;
  readonly parcels: readonly { readonly index: number; readonly values: Readonly<Record<string, FieldValue>> }[];
}

const SURVEY_URL = 'demo/xuchang-demo-survey.json';

/**
 * The demo survey as field operations by its author ("示例数据"), one second
 * apart from its entry time. Ids and clocks are the same on every device that
 * opens the demo, so packages exchanged between two demos never double them.
 */
export function demoSurveyOperations(survey: DemoSurveyFile, projectId: string, layerId: string): FieldOperation[] {
  const start = Date.parse(survey.enteredAt);
  const operations: FieldOperation[] = [];
  survey.parcels.forEach((parcel, p) => {
    Object.entries(parcel.values).forEach(([field, newValue], counter) => {
      const hlc = formatHlc({ millis: start + p * 1000, counter, device: survey.device });
      operations.push({
        id: hlc, projectId, parcelId: `${layerId}:${parcel.index}`, field, oldValue: null, newValue,
        author: survey.author, device: survey.device, deviceName: survey.deviceName, hlc, origin: 'remote', baseHlc: '',
      });
    });
  });
  return operations;
}

/** Stores the demo survey (fetched beside the demo zip); returns how many parcels it fills. */
export async function storeDemoSurvey(db: ParcelDeskDatabase, projectId: string, layerId: string): Promise<number> {
  const response = await fetch(SURVEY_URL);
  if (!response.ok) throw new Error(`demo survey missing (${response.status})`);
  const survey = (await response.json()) as DemoSurveyFile;
  await recordOperations(db, demoSurveyOperations(survey, projectId, layerId));
  return survey.parcels.length;
}
