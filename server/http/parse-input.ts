import type { z } from 'zod';
import { HubRequestError } from '../hub-request-error.ts';

/** Parses a request body or parameter with a protocol schema; 400 badRequest with the first issue otherwise. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HubRequestError(400, 'badRequest', `${what}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? 'is invalid'}`);
}
