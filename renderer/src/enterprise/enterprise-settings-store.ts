import { HENAN_ABC_SCHEME } from '../../../shared/evaluation/enterprise-presets.ts';
import type { EnterpriseScheme } from '../../../shared/evaluation/enterprise-scheme-schema.ts';
import { parseEnterpriseScheme } from '../../../shared/evaluation/scheme-parse.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import { readSetting, writeSetting } from '../storage/settings-store.ts';

/** A project's evaluation settings: the scheme as edited and the year chosen (absent: the latest with figures). */
export interface EnterpriseSettings {
  readonly scheme: EnterpriseScheme;
  readonly year?: number;
}

const settingKey = (projectId: string) => `enterprise:${projectId}`;

/** The project's settings; a new project, or a stored scheme that no longer parses, starts from the Henan A/B/C preset. */
export async function readEnterpriseSettings(db: ParcelDeskDatabase, projectId: string): Promise<EnterpriseSettings> {
  const stored = await readSetting<Partial<EnterpriseSettings> | undefined>(db, settingKey(projectId), undefined);
  const parsed = parseEnterpriseScheme(stored?.scheme);
  const year = stored?.year;
  return { scheme: parsed.ok ? parsed.value : HENAN_ABC_SCHEME, ...(Number.isInteger(year) ? { year } : {}) };
}

/** Stores the project's settings (the scheme already parsed). */
export async function saveEnterpriseSettings(db: ParcelDeskDatabase, projectId: string, settings: EnterpriseSettings): Promise<void> {
  await writeSetting(db, settingKey(projectId), settings);
}
