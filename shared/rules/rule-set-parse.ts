import { RuleSetSchema, type RuleSet } from './rule-set-schema.ts';
import { describeSchemaIssues } from './schema-problems.ts';

export type RuleSetParse = { readonly ok: true; readonly ruleSet: RuleSet } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads a rule-set file's text (JSON): the rule set, or every problem in
 * plain words (bad JSON, missing or wrong settings, unknown settings).
 */
export function parseRuleSetText(text: string): RuleSetParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  return parseRuleSet(json);
}

/** Checks a parsed value against the rule-set schema. */
export function parseRuleSet(value: unknown): RuleSetParse {
  const result = RuleSetSchema.safeParse(value);
  return result.success ? { ok: true, ruleSet: result.data } : { ok: false, problems: describeSchemaIssues(result.error.issues) };
}
