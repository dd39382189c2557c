import { describeSchemaIssues } from '../rules/schema-problems.ts';
import { ParkPresetSchema, type ParkPreset } from './park-preset.ts';

export type ParkPresetParse = { readonly ok: true; readonly preset: ParkPreset } | { readonly ok: false; readonly problems: readonly string[] };

/** Checks an edited or loaded park preset; problems in plain words, one per line (duplicate park names too). */
export function parseParkPreset(value: unknown): ParkPresetParse {
  const result = ParkPresetSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: describeSchemaIssues(result.error.issues) };
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const park of result.data.parks) {
    for (const name of [park.name, ...park.aliases]) {
      const owner = seen.get(name);
      if (owner !== undefined && owner !== park.name) problems.push(`"${name}" names both ${owner} and ${park.name}`);
      else if (owner === park.name && name === park.name) problems.push(`park ${park.name} is listed twice`);
      seen.set(name, park.name);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, preset: result.data };
}
