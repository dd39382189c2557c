import type { ParcelClass } from '../survey/card-enums.ts';
import type { ParcelExportInput } from './parcel-export-columns.ts';
import type { ExportGeometry } from './shape-parts.ts';

/** Where land on the annual list comes from: one of the four stock classes, or a planned increment (新增). */
export type AvailableLandSource = 'approvedUnsupplied' | 'idle' | 'inefficient' | 'reserve' | 'plannedIncrement';

/** Stock sources first, then the increment, as the list prints them. */
export const AVAILABLE_LAND_SOURCES: readonly AvailableLandSource[] = ['approvedUnsupplied', 'idle', 'inefficient', 'reserve', 'plannedIncrement'];

/** What the list says about supplying a piece of land; entered by the office, not derived. */
export interface AvailableLandDetails {
  /** 土地成本, 万元. */
  readonly landCostWanYuan?: number | null;
  /** 供地条件: site readiness and planning conditions (净地, 通水通电, 容积率 ≥ 1.0 …). */
  readonly supplyConditions?: string;
  /** 供地程序: how it will be supplied (收回后招拍挂出让, 协议出让 …). */
  readonly procedure?: string;
  /** 预计供地周期, months. */
  readonly expectedCycleMonths?: number | null;
  /** 预计供地时间, 'YYYY-MM-DD' or 'YYYY-MM'. */
  readonly plannedSupplyDate?: string | null;
  readonly notes?: string;
}

/** One piece of land offered for the list: a stock parcel with its class, or a planned increment. */
export interface AvailableLandInput extends AvailableLandDetails {
  readonly id: string;
  readonly parcelCode: string;
  /** 地块名称 (project or plot name), if any. */
  readonly name?: string;
  /** Current landholder of stock land. */
  readonly landholder?: string;
  readonly park: string;
  readonly county?: string;
  readonly location?: string;
  readonly source: AvailableLandSource;
  readonly plannedUse?: string;
  /** Ellipsoidal area on CGCS2000, m². */
  readonly areaSquareMeters: number;
  /** CGCS2000 lon/lat; a planned increment may have none yet. */
  readonly geometry?: ExportGeometry | null;
}

/** Detail fields the list expects; an item lacking any is listed but flagged. */
export const AVAILABLE_LAND_REQUIRED: readonly (keyof AvailableLandDetails)[] = ['landCostWanYuan', 'supplyConditions', 'procedure', 'expectedCycleMonths'];

export interface AvailableLandItem extends AvailableLandInput {
  /** 序号, from 1. */
  readonly serial: number;
  /** Required details that are empty (never silently treated as zero). */
  readonly missing: readonly (keyof AvailableLandDetails)[];
}

export interface AvailableLandList {
  readonly year: number;
  readonly items: readonly AvailableLandItem[];
  /** Count, area (m²) and known cost (万元) per source, over the items. */
  readonly bySource: Readonly<Record<AvailableLandSource, { count: number; areaSquareMeters: number; landCostWanYuan: number }>>;
}

export interface AvailableLandListOptions {
  /** The year the list is for (年度). */
  readonly year: number;
  /** Sources to keep; all by default. */
  readonly sources?: readonly AvailableLandSource[];
  /** Parks in this order first, then the others by Chinese collation. */
  readonly parkOrder?: readonly string[];
}

const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Builds the annual available-land list (年度可供土地清单): keeps the chosen
 * sources, orders by park, source (批而未供, 闲置, 低效, 储备, 增量) and parcel
 * code, numbers the items, flags those missing cost, conditions, procedure or
 * cycle, and totals count, area (m²) and cost (万元) per source.
 */
export function buildAvailableLandList(inputs: readonly AvailableLandInput[], options: AvailableLandListOptions): AvailableLandList {
  const sources = options.sources ?? AVAILABLE_LAND_SOURCES;
  const order = options.parkOrder ?? [];
  const collator = new Intl.Collator('zh-CN');
  const rank = (park: string) => (park === '' ? Infinity : order.includes(park) ? order.indexOf(park) : order.length);
  const kept = inputs.filter((input) => sources.includes(input.source)).sort((a, b) =>
    rank(a.park) - rank(b.park) || collator.compare(a.park, b.park) ||
    AVAILABLE_LAND_SOURCES.indexOf(a.source) - AVAILABLE_LAND_SOURCES.indexOf(b.source) || collator.compare(a.parcelCode, b.parcelCode));
  const bySource = Object.fromEntries(AVAILABLE_LAND_SOURCES.map((s) => [s, { count: 0, areaSquareMeters: 0, landCostWanYuan: 0 }])) as
    Record<AvailableLandSource, { count: number; areaSquareMeters: number; landCostWanYuan: number }>;
  const items = kept.map((input, i): AvailableLandItem => {
    const totals = bySource[input.source];
    totals.count++;
    totals.areaSquareMeters += input.areaSquareMeters;
    totals.landCostWanYuan += input.landCostWanYuan ?? 0;
    return { ...input, serial: i + 1, missing: AVAILABLE_LAND_REQUIRED.filter((key) => isEmpty(input[key])) };
  });
  return { year: options.year, items, bySource };
}

const STOCK: ReadonlySet<ParcelClass> = new Set(['approvedUnsupplied', 'idle', 'inefficient', 'reserve']);

/**
 * Stock parcels as list inputs: those whose shown class is 批而未供, 闲置, 低效 or
 * 储备 (the classification decides), with the office's details by parcel id.
 */
export function availableLandFromParcels(
  parcels: readonly ParcelExportInput[], details: ReadonlyMap<string, AvailableLandDetails> = new Map(),
): AvailableLandInput[] {
  return parcels.filter((p) => STOCK.has(p.row.parcelClass)).map((p) => ({
    ...details.get(p.row.parcelId),
    id: p.row.parcelId, parcelCode: p.row.parcelCode, landholder: p.row.landholder, park: p.row.park, county: p.row.county,
    location: p.row.location, source: p.row.parcelClass as AvailableLandSource, plannedUse: p.row.plannedUse,
    areaSquareMeters: p.row.areaSquareMeters, geometry: p.geometry ?? null,
  }));
}
