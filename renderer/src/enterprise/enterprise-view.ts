import { enterpriseFiguresFromParcels, parcelsByLandholder, type EnterpriseParcel } from '../../../shared/evaluation/enterprise-figures.ts';
import type { EnterpriseScheme } from '../../../shared/evaluation/enterprise-scheme-schema.ts';
import { evaluateEnterprises, type EnterpriseEvaluation } from '../../../shared/evaluation/enterprise-score.ts';
import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';
import { economicYears } from '../../../shared/survey/card-fields.ts';

/** A parcel with its id, so an enterprise's line can select its parcels. */
export interface IdentifiedParcel extends EnterpriseParcel {
  readonly parcelId: string;
}

/** One enterprise's line in the evaluation table. */
export interface EnterpriseLine {
  readonly result: EnterpriseEvaluation;
  readonly parcelIds: readonly string[];
  /** Ellipsoidal site area of its parcels, 亩. */
  readonly areaMu: number;
}

export interface EnterpriseView {
  /** Ranked enterprises first (best first), then the unscored ones by name. */
  readonly lines: readonly EnterpriseLine[];
  readonly scored: number;
  /** How many enterprises lack each indicator's figure. */
  readonly missingByIndicator: Readonly<Record<string, number>>;
}

/** The years with any yearly figure among the parcels, newest first. */
export function evaluationYears(parcels: readonly EnterpriseParcel[]): number[] {
  const keys = new Set<string>();
  for (const parcel of parcels) for (const key of Object.keys(parcel.values)) keys.add(key);
  return economicYears(keys);
}

/** Scores every landholder's parcels for `year` under `scheme`: the table the evaluation screen shows and exports. */
export function enterpriseView(scheme: EnterpriseScheme, parcels: readonly IdentifiedParcel[], year: number): EnterpriseView {
  const own = parcelsByLandholder(parcels);
  const results = evaluateEnterprises(scheme, enterpriseFiguresFromParcels(parcels, year));
  const lines = results.map((result): EnterpriseLine => {
    const mine = own.get(result.id) ?? [];
    return { result, parcelIds: mine.map((p) => p.parcelId), areaMu: squareMetersToMu(mine.reduce((sum, p) => sum + p.areaSquareMeters, 0)) };
  });
  lines.sort((a, b) => {
    const ra = a.result.rank, rb = b.result.rank;
    if (ra !== undefined && rb !== undefined) return ra - rb || a.result.id.localeCompare(b.result.id, 'zh-CN');
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return a.result.id.localeCompare(b.result.id, 'zh-CN');
  });
  const missingByIndicator: Record<string, number> = Object.fromEntries(scheme.indicators.map((i) => [i.key, 0]));
  for (const { result } of lines) for (const key of result.missing) missingByIndicator[key] = (missingByIndicator[key] ?? 0) + 1;
  return { lines, scored: lines.filter((l) => l.result.rank !== undefined).length, missingByIndicator };
}
