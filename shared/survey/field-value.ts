/** A value of one parcel field as stored and exchanged: dates are 'YYYY-MM-DD' text. */
export type FieldValue = string | number | boolean | null;

/** A parcel's field values by field key (see card-fields.ts for the keys). */
export type FieldValues = Readonly<Record<string, FieldValue>>;
