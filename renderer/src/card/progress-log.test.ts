import { describe, expect, it } from 'vitest';
import { isProgressKey, newProgressKey, parseProgressValue, progressEntries, progressValue } from './progress-log.ts';

describe('progress log', () => {
  it('reads stored entries newest first and ignores other fields and removed entries', () => {
    const values = {
      'progress.a': progressValue('2021-05-01', '约谈企业'),
      'progress.b': progressValue('2021-08-15', '签订收回协议'),
      'progress.c': null,
      notes: '{"date":"2030-01-01","text":"not progress"}',
    };
    expect(progressEntries(values).map((e) => e.text)).toEqual(['签订收回协议', '约谈企业']);
  });

  it('orders entries of the same day by the time they were added, latest first', () => {
    const first = newProgressKey(Date.parse('2021-05-01T08:00:00Z'), () => 0.9);
    const second = newProgressKey(Date.parse('2021-05-01T09:00:00Z'), () => 0.1);
    const values = { [first]: progressValue('2021-05-01', '一'), [second]: progressValue('2021-05-01', '二') };
    expect(progressEntries(values).map((e) => e.text)).toEqual(['二', '一']);
  });

  it('keeps a value that is not the expected JSON as plain text', () => {
    expect(parseProgressValue('progress.x', '已发函')).toEqual({ key: 'progress.x', date: '', text: '已发函' });
    expect(parseProgressValue('progress.x', '[1,2]')).toEqual({ key: 'progress.x', date: '', text: '[1,2]' });
    expect(parseProgressValue('progress.x', 12)).toEqual({ key: 'progress.x', date: '', text: '12' });
  });

  it('makes distinct keys that it recognises as progress keys', () => {
    const now = Date.parse('2026-11-26T08:00:00Z');
    const a = newProgressKey(now, () => 0.1), b = newProgressKey(now, () => 0.2);
    expect(a).not.toBe(b);
    expect(isProgressKey(a)).toBe(true);
    expect(isProgressKey('progress.')).toBe(false);
    expect(isProgressKey('notes')).toBe(false);
  });
});
