import { createContext, useContext } from 'react';
import type { ClassificationStore } from '../classification/classification-store.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { LoadedProject } from '../storage/project-store.ts';
import type { WorkspaceStore } from '../workspace/workspace-store.ts';
import type { EditSession } from './edit-session.ts';
import type { ParcelIndex } from './parcel-index.ts';
import type { UserIdentity } from './user-identity.ts';

/**
 * Everything the survey views (card, ledger, search, map) share for the open
 * project. `session` is undefined until the user has given their name.
 */
export interface Survey {
  readonly db: ParcelDeskDatabase;
  readonly loaded: LoadedProject;
  readonly index: ParcelIndex;
  readonly workspace: WorkspaceStore;
  readonly identity: UserIdentity | undefined;
  readonly session: EditSession | undefined;
  /** Sets the user's and device's names (once; changeable later). */
  readonly setIdentity: (author: string, deviceName: string) => Promise<void>;
  /** Derived classes (rule set, parks, 认定日期); the index rows already carry them. */
  readonly classification?: ClassificationStore;
}

export const SurveyContext = createContext<Survey | undefined>(undefined);

/** The open project's survey; throws when used outside a loaded project. */
export function useSurvey(): Survey {
  const survey = useContext(SurveyContext);
  if (!survey) throw new Error('useSurvey outside a loaded project');
  return survey;
}

/** The survey when a project is open, else undefined. */
export function useOptionalSurvey(): Survey | undefined {
  return useContext(SurveyContext);
}
