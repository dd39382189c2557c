import type { TFunction } from 'i18next';
import { ExportCancelled, ExportWorkerFailed } from './export-client.ts';
import type { ExportStep } from './export-protocol.ts';

/** Share of the bar each phase fills, in the order phases come: reading, then the writer's phases. */
const PHASE_SPAN: Readonly<Record<ExportStep['phase'], readonly [number, number]>> = {
  read: [0, 0.3], geometry: [0.3, 0.6], attributes: [0.6, 0.9], sheet: [0.3, 0.9], zip: [0.9, 1],
};

/** How far the whole export is, 0–1, from the current step (never below `previous`, so the bar only moves forward). */
export function overallFraction(step: ExportStep, previous = 0): number {
  const [from, to] = PHASE_SPAN[step.phase];
  const within = step.total > 0 ? Math.min(1, Math.max(0, step.done / step.total)) : 1;
  return Math.max(previous, from + (to - from) * within);
}

/** The step as the user reads it: "读取宗地：12 / 50". */
export function stepText(t: TFunction, step: ExportStep, language: string): string {
  const n = new Intl.NumberFormat(language);
  return t('exportsProgress', { phase: t(`exportsPhase_${step.phase}`), done: n.format(step.done), total: n.format(step.total) });
}

/** One note of an export file (shared/export/export-job.ts codes) in plain words. */
export function noteText(t: TFunction, note: string): string {
  if (note === 'crs-fell-back') return t('exportsNote_crsFellBack');
  if (note.startsWith('text-cut:')) return t('exportsNote_textCut', { field: note.slice('text-cut:'.length) });
  if (note.startsWith('missing-details:')) return t('exportsNote_missingDetails', { count: Number(note.slice('missing-details:'.length)) });
  return note;
}

/** Why an export failed, in plain words; undefined when the user cancelled it. */
export function failureText(t: TFunction, error: unknown): string | undefined {
  if (error instanceof ExportCancelled) return undefined;
  if (error instanceof ExportWorkerFailed) return t('exportsFailed', { message: t('exportsError_worker') });
  const message = error instanceof Error ? error.message : String(error);
  if (/IndexedDB|Dexie|DatabaseClosed|parcel data missing/i.test(message)) return t('exportsFailed', { message: t('exportsError_database') });
  return t('exportsFailed', { message });
}
