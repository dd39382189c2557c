import { createContext, useContext } from 'react';
import type { FieldValue, FieldValues } from '../../../shared/survey/field-value.ts';

/** What every section of an open card shares. */
export interface CardContextValue {
  readonly parcelId: string;
  readonly values: FieldValues;
  /** Ellipsoidal site area, m². */
  readonly siteAreaSquareMeters: number;
  /** Inline messages by field key, already translated. */
  readonly messages: ReadonlyMap<string, readonly string[]>;
  /** True until the surveyor has identified: the card can be read, not edited. */
  readonly readOnly: boolean;
  readonly commit: (field: string, oldValue: FieldValue, newValue: FieldValue) => void;
  /** Fields in conflict between devices: marked with a badge. */
  readonly conflicts?: readonly string[];
}

export const CardContext = createContext<CardContextValue | undefined>(undefined);

/** The open card's shared state; only inside a card. */
export function useCard(): CardContextValue {
  const card = useContext(CardContext);
  if (!card) throw new Error('useCard outside a parcel card');
  return card;
}
