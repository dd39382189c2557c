import { squareMetersToMu } from '../geodesy/area-units.ts';
import { economicKey } from '../survey/card-fields.ts';
import type { FieldValues } from '../survey/field-value.ts';
import type { EnterpriseFigures } from './enterprise-score.ts';

/** One parcel as enterprise figures need it. */
export interface EnterpriseParcel {
  readonly landholder: string;
  /** Ellipsoidal on CGCS2000, m². */
  readonly areaSquareMeters: number;
  /** Card values with the yearly economics (`economics.<year>.<metric>`). */
  readonly values: FieldValues;
}

const metric = (values: FieldValues, year: number, name: string) => {
  const value = values[economicKey(year, name)];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** The parcels of each landholder (name trimmed; parcels without one left out), in order of first appearance. */
export function parcelsByLandholder<P extends EnterpriseParcel>(parcels: readonly P[]): Map<string, P[]> {
  const byHolder = new Map<string, P[]>();
  for (const parcel of parcels) {
    const holder = parcel.landholder.trim();
    if (holder === '') continue;
    const list = byHolder.get(holder);
    if (list) list.push(parcel);
    else byHolder.set(holder, [parcel]);
  }
  return byHolder;
}

/**
 * Per enterprise (landholder), for `year`, over all its parcels: taxPerMu,
 * revenuePerMu, outputPerMu (万元/亩, sums ÷ total 亩), outputPerEnergy
 * (万元/tce) and revenuePerEmployee (万元/人). A figure is missing when any of
 * the enterprise's parcels lacks an input. Indicators the card does not hold
 * (value added, emissions, R&D, green indicators) come from other data.
 */
export function enterpriseFiguresFromParcels(parcels: readonly EnterpriseParcel[], year: number): EnterpriseFigures[] {
  return [...parcelsByLandholder(parcels)].map(([id, own]) => {
    const mu = squareMetersToMu(own.reduce((sum, p) => sum + p.areaSquareMeters, 0));
    const total = (name: string) => {
      let sum = 0;
      for (const parcel of own) {
        const value = metric(parcel.values, year, name);
        if (value === undefined) return undefined;
        sum += value;
      }
      return sum;
    };
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !(b > 0) ? undefined : a / b);
    const tax = total('tax'), revenue = total('revenue'), output = total('output');
    return {
      id,
      values: {
        taxPerMu: ratio(tax, mu), revenuePerMu: ratio(revenue, mu), outputPerMu: ratio(output, mu),
        outputPerEnergy: ratio(output, total('energyUse')), revenuePerEmployee: ratio(revenue, total('employees')),
      },
    };
  });
}
