import { hubRoles, type HubRole } from '../../shared/sync/hub-protocol.ts';
import { openHubDatabase } from '../db/open-hub-database.ts';
import type { HubConfig } from '../hub-config.ts';
import { createCounty, createEnrollmentCode, createProject, createUser, revokeDevice } from '../store/accounts-store.ts';

export const ADMIN_USAGE = `usage: npm run -s hub -- admin <command> [--json]
  create-project --name NAME [--id ID]
  create-county  --project PROJECT_ID --name NAME [--id ID]
  create-user    --name NAME --role surveyor|county-reviewer|city [--county COUNTY_ID] [--id ID]
  enroll-code    --user USER_ID [--hours 72]
  revoke-device  --device DEVICE_ID
With PGlite (no DATABASE_URL) stop the hub first: one process at a time opens the data folder.`;

function options(args: readonly string[]): { flags: Map<string, string>; json: boolean } {
  const flags = new Map<string, string>();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
      flags.set(arg.slice(2), value);
      i++;
    } else throw new Error(`unexpected argument '${arg}'`);
  }
  return { flags, json };
}

function required(flags: Map<string, string>, name: string): string {
  const value = flags.get(name);
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

function role(text: string): HubRole {
  if (!(hubRoles as readonly string[]).includes(text)) throw new Error(`--role must be one of ${hubRoles.join(', ')}`);
  return text as HubRole;
}

/** Runs one admin command against the hub database; prints the result (text or --json). Exit code 0/1/2. */
export async function runAdmin(args: readonly string[], config: HubConfig, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [command, ...rest] = args;
  let parsed: ReturnType<typeof options>;
  try {
    parsed = options(rest);
    if (!command || !['create-project', 'create-county', 'create-user', 'enroll-code', 'revoke-device'].includes(command)) throw new Error(`unknown command '${command ?? ''}'`);
  } catch (error) {
    err(`${(error as Error).message}\n${ADMIN_USAGE}`);
    return 2;
  }
  const { flags, json } = parsed;
  try {
    const db = await openHubDatabase(config);
    try {
      const id = flags.get('id');
      const result: Record<string, unknown> =
        command === 'create-project' ? await createProject(db, { name: required(flags, 'name'), ...(id ? { id } : {}) })
          : command === 'create-county' ? await createCounty(db, { projectId: required(flags, 'project'), name: required(flags, 'name'), ...(id ? { id } : {}) })
            : command === 'create-user' ? await createUser(db, { name: required(flags, 'name'), role: role(required(flags, 'role')), countyId: flags.get('county') ?? null, ...(id ? { id } : {}) })
              : command === 'enroll-code' ? await createEnrollmentCode(db, { userId: required(flags, 'user'), ttlHours: Number(flags.get('hours') ?? 72) })
                : await revokeDevice(db, required(flags, 'device'));
      out(json ? JSON.stringify(result) : Object.entries(result).map(([k, v]) => `${k}: ${v ?? '-'}`).join('\n'));
      return 0;
    } finally {
      await db.close();
    }
  } catch (error) {
    err(`${command}: ${(error as Error).message}`);
    return 1;
  }
}
