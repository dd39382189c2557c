import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { FEATURE_BUNDLES } from './feature-bundles.ts';
import { zhCN } from './zh-CN.ts';

describe('UI messages', () => {
  it('has an English text for every Chinese one and no extras', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('keeps interpolation placeholders the same in both languages', () => {
    const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('has matching keys and placeholders in every feature bundle, and no key defined twice', () => {
    const seen = new Set(Object.keys(zhCN));
    for (const bundle of FEATURE_BUNDLES) {
      expect(Object.keys(bundle.en).sort()).toEqual(Object.keys(bundle['zh-CN']).sort());
      for (const [key, text] of Object.entries(bundle['zh-CN'])) {
        const placeholders = (t: string) => (t.match(/{{\w+}}/g) ?? []).sort();
        expect(placeholders(bundle.en[key] ?? ''), key).toEqual(placeholders(text));
        expect(seen.has(key), `duplicate message key ${key}`).toBe(false);
        seen.add(key);
      }
    }
  });
});
