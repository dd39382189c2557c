import { describeSchemaIssues } from '../rules/schema-problems.ts';
import { EnterpriseSchemeSchema, type EnterpriseScheme } from './enterprise-scheme-schema.ts';
import { StandardLandSetSchema, type StandardLandSet } from './standard-land-schema.ts';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly string[] };

/** Checks an edited enterprise scheme; problems in plain words, one per line. */
export function parseEnterpriseScheme(value: unknown): Parsed<EnterpriseScheme> {
  const result = EnterpriseSchemeSchema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: describeSchemaIssues(result.error.issues) };
}

/** Checks an edited standard-land indicator set; problems in plain words, one per line. */
export function parseStandardLandSet(value: unknown): Parsed<StandardLandSet> {
  const result = StandardLandSetSchema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: describeSchemaIssues(result.error.issues) };
}
