import { describe, expect, it } from 'vitest';
import { exchangeMessages } from './messages.ts';
import { IMPORT_PROBLEM_CODES, problemKey } from './problem-text.ts';

describe('refusal reasons', () => {
  it('every reason a package can be refused has a Chinese and an English text', () => {
    expect(IMPORT_PROBLEM_CODES.length).toBeGreaterThanOrEqual(16);
    for (const code of IMPORT_PROBLEM_CODES) {
      const zh = (exchangeMessages['zh-CN'] as Record<string, string>)[problemKey(code)];
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect((exchangeMessages.en as Record<string, string>)[problemKey(code)], code).toBeTruthy();
    }
  });
});
