/**
 * The parcel model's attributes that imported data maps onto, with the column
 * names Chinese land data uses for each (不动产 SHYQZD, 三调 DLTB, survey ledgers).
 * First match wins; matching ignores case.
 */
export const PARCEL_FIELD_CANDIDATES = {
  parcelCode: ['ZDDM', 'DJH', 'ZDBH', 'DKBM', 'ZDH', 'TBBH'],
  realEstateUnitId: ['BDCDYH'],
  landholder: ['QLR', 'QLRMC', 'CQR', 'YDDW', 'SYQR', 'TDSYZ', 'QSDWMC'],
  location: ['ZL', 'TDZL', 'ZLDWMC', 'DZ'],
  registeredArea: ['ZDMJ', 'TBMJ', 'SCMJ', 'PZMJ', 'TDMJ', 'DKMJ', 'MJ'],
  areaUnit: ['MJDW'],
  plannedUse: ['TDYT', 'YT', 'GHYT', 'SJYT', 'DLMC'],
  parcelName: ['DKMC', 'XMMC', 'ZDMC'],
  landClassCode: ['DLBM'],
  rightType: ['QLLX'],
  rightNature: ['QLXZ', 'QSXZ'],
  approvalNumber: ['PZWH'],
  approvalDate: ['PZSJ'],
  supplyDate: ['GDSJ', 'GYSJ'],
  agreedStartDate: ['YDKGSJ', 'YDKGRQ'],
  actualStartDate: ['SJKGSJ', 'SJKGRQ'],
  floorAreaRatio: ['RJL'],
  buildingDensity: ['JZMD'],
  park: ['YQMC', 'SSYQ', 'YQ'],
  county: ['XZQMC', 'ZLDWMC', 'QXMC'],
} as const;

export type ParcelField = keyof typeof PARCEL_FIELD_CANDIDATES;

/** Which source column feeds each model field (undefined: none). */
export type FieldMapping = Partial<Record<ParcelField, string>>;

/** Recognises a schema's columns; every original column is kept regardless. */
export function recognizeFieldMapping(columnNames: readonly string[]): FieldMapping {
  const byUpper = new Map(columnNames.map((name) => [name.toUpperCase(), name]));
  const mapping: FieldMapping = {};
  for (const [field, candidates] of Object.entries(PARCEL_FIELD_CANDIDATES) as [ParcelField, readonly string[]][]) {
    const match = candidates.map((c) => byUpper.get(c)).find((name) => name !== undefined);
    if (match) mapping[field] = match;
  }
  return mapping;
}

/** A key for "this schema", under which a user's adjusted mapping is remembered. */
export function schemaSignature(columnNames: readonly string[]): string {
  return [...columnNames].map((n) => n.toUpperCase()).sort().join(',');
}

/** Square metres per unit for an area-unit column (MJDW): 1 m², 2 亩, 3 公顷 by the national code. */
export function squareMetersPerAreaUnit(unit: unknown): number {
  const text = String(unit ?? '').trim();
  if (text === '2' || text === '亩') return 10000 / 15;
  if (text === '3' || text === '公顷' || /^ha$/i.test(text)) return 10000;
  return 1;
}
