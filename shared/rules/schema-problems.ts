import type { z } from 'zod';

/** "thresholds → minFloorAreaRatio", "overrides #2 → industry", or "the file" for the root. */
function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.map((part) => (typeof part === 'number' ? `#${part + 1}` : String(part))).join(' → ').replace(/ → #/g, ' #');
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'array') return `must have at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'setting' : 'settings'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return 'has the wrong format';
    default:
      return issue.message;
  }
}

/**
 * Schema issues in plain words, one line each, e.g.
 * "thresholds → minFloorAreaRatio must be a number" or "overrides #2 → park: an override needs a park, an industry or both".
 */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const text = issue.code === 'custom' ? `: ${issue.message}` : ` ${describe(issue)}`;
    return `${where(issue.path)}${text}`;
  });
}
