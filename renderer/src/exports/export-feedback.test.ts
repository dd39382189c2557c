import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { exportsMessages } from './messages.ts';
import { ExportCancelled, ExportWorkerFailed } from './export-client.ts';
import { failureText, noteText, overallFraction } from './export-feedback.ts';

const zh: Record<string, string> = exportsMessages['zh-CN'];
/** The zh-CN texts with {{name}} filled in, like i18next does. */
const t = ((key: string, options?: Record<string, unknown>) =>
  (zh[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''))) as unknown as TFunction;

describe('export feedback', () => {
  it('moves the bar forward through reading and writing, never back', () => {
    const read = overallFraction({ phase: 'read', done: 25, total: 50 });
    const geometry = overallFraction({ phase: 'geometry', done: 0, total: 100 }, read);
    const attributes = overallFraction({ phase: 'attributes', done: 100, total: 100 }, geometry);
    const zipped = overallFraction({ phase: 'zip', done: 1, total: 1 }, attributes);
    expect([read, geometry, attributes, zipped]).toEqual([0.15, 0.3, 0.9, 1]);
    expect(overallFraction({ phase: 'geometry', done: 0, total: 10 }, 0.8)).toBe(0.8);
    expect(overallFraction({ phase: 'read', done: 0, total: 0 })).toBe(0.3);
  });

  it('says each note of a file in plain Chinese', () => {
    expect(noteText(t, 'crs-fell-back')).toContain('EPSG:4490');
    expect(noteText(t, 'text-cut:坐落')).toBe('字段「坐落」中有文字超过 254 字节，已在 DBF 中截断（Excel 和 GeoJSON 保留全文）。');
    expect(noteText(t, 'missing-details:3')).toMatch(/^3 宗缺少/);
  });

  it('says nothing for a cancel, and names a stopped worker or unreadable data in Chinese', () => {
    expect(failureText(t, new ExportCancelled())).toBeUndefined();
    expect(failureText(t, new ExportWorkerFailed('Uncaught RangeError'))).toBe('导出失败：后台导出进程意外停止');
    expect(failureText(t, new Error('DatabaseClosedError: gone'))).toBe('导出失败：读取项目数据失败');
  });
});
