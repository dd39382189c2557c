import type { ExportLanguage } from '../../../shared/export/export-labels.ts';
import type { LayerRecord } from '../../../shared/model/project.ts';
import { XUCHANG_PARK_PRESET } from '../../../shared/parks/park-preset.ts';
import type { ParcelRow } from '../../../shared/survey/parcel-rows.ts';
import type { ExportLayer, ExportRequest, ExportSpec } from './export-protocol.ts';

/** What the export dialog can write. */
export type ExportWhat = 'ledgerXlsx' | 'parcelsShapefile' | 'parcelsGeoJson' | 'cardsPdf';
export const EXPORT_WHATS: readonly ExportWhat[] = ['ledgerXlsx', 'parcelsShapefile', 'parcelsGeoJson', 'cardsPdf'];

/** Parks listed in the official order of the Xuchang preset, then the others. */
export const PARK_ORDER: readonly string[] = XUCHANG_PARK_PRESET.parks.map((park) => park.name);

/** Which parcels: all, the current selection, or one park's. */
export type ExportScope = 'all' | 'selection' | 'park';

export interface ExportChoice {
  readonly what: ExportWhat;
  readonly scope: ExportScope;
  /** The park when scope is 'park' ('' = parcels without a park). */
  readonly park: string;
  /** Shapefile system ("EPSG:n"); null when the source system is unknown. */
  readonly crsCode: string | null;
}

/** Parks present in the rows: those of `presetOrder` first in that order, the others collated, '' (none) last. */
export function parkOptions(rows: readonly ParcelRow[], presetOrder: readonly string[] = []): string[] {
  const present = new Set(rows.map((row) => row.park));
  const collator = new Intl.Collator('zh-CN');
  const preset = presetOrder.filter((park) => present.has(park));
  const others = [...present].filter((park) => park !== '' && !presetOrder.includes(park)).sort(collator.compare);
  return [...preset, ...others, ...(present.has('') ? [''] : [])];
}

/** The first parcel layer's source system code ("EPSG:4547"), or null when unknown. */
export function sourceCrsCode(layers: readonly LayerRecord[]): string | null {
  return layers.find((layer) => (layer.role ?? 'parcels') === 'parcels' && layer.crs?.code)?.crs?.code ?? null;
}

/** The chosen parcels' ids in project order; undefined for all. */
export function scopeParcelIds(rows: readonly ParcelRow[], choice: Pick<ExportChoice, 'scope' | 'park'>, selection: ReadonlySet<string>): string[] | undefined {
  if (choice.scope === 'all') return undefined;
  if (choice.scope === 'selection') return rows.filter((row) => selection.has(row.parcelId)).map((row) => row.parcelId);
  return rows.filter((row) => row.park === choice.park).map((row) => row.parcelId);
}

const NAMES: Record<ExportLanguage, Record<ExportWhat | 'availableLand', string> & { selection: (n: number) => string; noPark: string }> = {
  'zh-CN': { ledgerXlsx: '土地台账', parcelsShapefile: '宗地', parcelsGeoJson: '宗地', cardsPdf: '宗地卡', availableLand: '可供土地清单',
    selection: (n) => `选中${n}宗`, noPark: '未填园区' },
  en: { ledgerXlsx: 'land-ledger', parcelsShapefile: 'parcels', parcelsGeoJson: 'parcels', cardsPdf: 'parcel-cards', availableLand: 'available-land',
    selection: (n) => `selection-${n}`, noPark: 'no-park' },
};

/** A file name without extension from its parts: reserved characters become '_', at most 150 characters. */
export function plainFileName(parts: readonly string[]): string {
  const joined = parts.filter((part) => part.trim() !== '').join('_');
  return [...joined].map((ch) => ('\\/:*?"<>|'.includes(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('').trim().slice(0, 150) || 'export';
}

/** The suggested name (no extension): project, content, scope and date, e.g. 许昌示例项目_土地台账_禹州市产业集聚区_2025-03-01. */
export function exportFileName(
  projectName: string, what: ExportWhat | 'availableLand', scope: { scope: ExportScope; park: string; count: number }, date: string, language: ExportLanguage,
): string {
  const names = NAMES[language];
  const scopePart = scope.scope === 'all' ? '' : scope.scope === 'selection' ? names.selection(scope.count) : scope.park || names.noPark;
  return plainFileName([projectName, names[what], scopePart, date]);
}

/** The parcel layers as the worker reads them. */
export function exportLayers(layers: readonly LayerRecord[]): ExportLayer[] {
  return layers.filter((layer) => (layer.role ?? 'parcels') === 'parcels').map((layer) => ({ id: layer.id, fieldMapping: layer.fieldMapping }));
}

/** Each row's shown class and park, for the worker (so files agree with the map, the ledger and the dashboard). */
export function shownParcels(rows: readonly ParcelRow[]): ExportRequest['shown'] {
  return rows.map((row) => [row.parcelId, row.parcelClass, row.park] as const);
}

/** Why an export cannot start. */
export type ExportRefusal = 'noSelection' | 'empty';

/** The spec of a file export chosen in the dialog (cards go to the print path instead). */
export function fileSpec(choice: ExportChoice, fileName: string, asOfDate: string, parkOrder: readonly string[]): ExportSpec {
  switch (choice.what) {
    case 'parcelsShapefile': return { kind: 'parcelsShapefile', fileName, crsCode: choice.crsCode };
    case 'parcelsGeoJson': return { kind: 'parcelsGeoJson', fileName };
    default: return { kind: 'ledgerXlsx', fileName, asOfDate, parkOrder };
  }
}

/** Refuses an empty choice: nothing selected, or no parcel in the range. */
export function refusal(choice: Pick<ExportChoice, 'scope'>, ids: readonly string[] | undefined, total: number): ExportRefusal | undefined {
  if (choice.scope === 'selection' && (ids?.length ?? 0) === 0) return 'noSelection';
  return (ids ? ids.length : total) === 0 ? 'empty' : undefined;
}
