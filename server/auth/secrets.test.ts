import { describe, expect, it } from 'vitest';
import { hashSecret, newEnrollmentCode, newToken, normalizeEnrollmentCode } from './secrets.ts';

describe('secrets', () => {
  it('makes enrollment codes people can type, compared without case or dashes', () => {
    const code = newEnrollmentCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(normalizeEnrollmentCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code.replace(/-/g, ''));
  });

  it('makes a different token every time and stores only its hash', () => {
    const [a, b] = [newToken('dev'), newToken('dev')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^dev_[A-Za-z0-9_-]{43}$/);
    expect(hashSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(a)).not.toContain(a.slice(4));
  });
});
