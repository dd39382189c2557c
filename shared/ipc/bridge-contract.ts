import { z } from 'zod';
import type { BridgeCallName } from './bridge-calls.ts';

/**
 * The one contract between the renderer and the Electron main process. Each
 * entry names a call, the zod schema of its argument tuple and of its result.
 * The preload exposes exactly these keys; the main process validates every call
 * against them; the web build implements the same type without Electron.
 */

/** Largest file the renderer may hand to the main process in one call (bytes). */
export const MAX_SAVE_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/** A bare file name: no path separators, no characters Windows reserves, no control characters. */
function isPlainFileName(name: string): boolean {
  return ![...name].some((ch) => '\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20) && name !== '.' && name !== '..';
}

const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['electron', 'web']),
});

const saveFileRequest = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine(isPlainFileName, 'file name must not contain path separators or reserved characters'),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'file too large'),
});

const saveFileResult = z.object({ saved: z.boolean(), fileName: z.string().optional() });

/** Prints the page as it is laid out for print (the print view is already rendered) to a PDF file the user picks. */
const printToPdfRequest = z.object({
  suggestedName: z.string().min(1).max(200).refine(isPlainFileName, 'file name must not contain path separators or reserved characters')
    .refine((name) => name.toLowerCase().endsWith('.pdf'), 'file name must end in .pdf'),
  landscape: z.boolean().optional(),
});

export const bridgeContract = {
  getAppInfo: { args: z.tuple([]), result: appInfo },
  openExternal: { args: z.tuple([z.string().max(2048)]), result: z.boolean() },
  saveFile: { args: z.tuple([saveFileRequest]), result: saveFileResult },
  printToPdf: { args: z.tuple([printToPdfRequest]), result: saveFileResult },
} as const satisfies Record<BridgeCallName, { args: z.ZodTuple; result: z.ZodType }>;

/** The bridge as the renderer sees it: one async function per contract entry. */
export type BridgeApi = {
  readonly [K in BridgeCallName]: (
    ...args: z.input<(typeof bridgeContract)[K]['args']>
  ) => Promise<z.output<(typeof bridgeContract)[K]['result']>>;
};

export type AppInfo = z.output<typeof appInfo>;

export type ParsedBridgeArgs =
  | { readonly ok: true; readonly args: unknown[] }
  | { readonly ok: false; readonly reason: string };

/** Validates raw IPC arguments for a call; never throws. */
export function parseBridgeArgs(name: string, raw: unknown): ParsedBridgeArgs {
  if (!Object.hasOwn(bridgeContract, name)) return { ok: false, reason: `unknown call ${JSON.stringify(name)}` };
  const schema = bridgeContract[name as BridgeCallName].args;
  const result = schema.safeParse(raw);
  if (!result.success) {
    return { ok: false, reason: result.error.issues.map((issue) => `${issue.path.join('.') || 'args'}: ${issue.message}`).join('; ') };
  }
  return { ok: true, args: result.data as unknown[] };
}
