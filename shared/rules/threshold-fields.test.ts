import { describe, expect, it } from 'vitest';
import { ThresholdsSchema } from './rule-set-schema.ts';
import { THRESHOLD_FIELDS } from './threshold-fields.ts';
import { XUCHANG_DEFAULT_RULE_SET } from './xuchang-default-rules.ts';

describe('THRESHOLD_FIELDS', () => {
  it('lists every threshold of the schema once', () => {
    expect(THRESHOLD_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(ThresholdsSchema.shape).sort());
  });

  it('marks exactly the thresholds the schema lets be null as nullable', () => {
    for (const field of THRESHOLD_FIELDS) {
      const withNull = { ...XUCHANG_DEFAULT_RULE_SET.thresholds, [field.key]: null };
      expect(ThresholdsSchema.safeParse(withNull).success, field.key).toBe(field.nullable);
    }
  });
});
