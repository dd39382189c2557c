import { describe, expect, it } from 'vitest';
import {
  DISPOSAL_METHOD_LABELS, DISPOSAL_STATUS_LABELS, PARCEL_CLASS_LABELS, SUPPLY_METHOD_LABELS, SURVEY_STATUS_LABELS, type ExportTexts,
} from '../../../shared/export/export-labels.ts';
import { cardMessages } from '../card/messages.ts';

const card = cardMessages['zh-CN'] as Readonly<Record<string, string>>;
const TABLES: readonly [string, Readonly<Record<string, ExportTexts>>][] = [
  ['cardClass_', PARCEL_CLASS_LABELS], ['cardStatus_', SURVEY_STATUS_LABELS], ['cardSupply_', SUPPLY_METHOD_LABELS],
  ['cardDisposal_', DISPOSAL_METHOD_LABELS], ['cardDisposalStatus_', DISPOSAL_STATUS_LABELS],
];

describe('export labels', () => {
  it('print every class, status and method in Chinese as the card shows it', () => {
    for (const [prefix, table] of TABLES) {
      for (const [code, texts] of Object.entries(table)) expect(texts['zh-CN'], `${prefix}${code}`).toBe(card[`${prefix}${code}`]);
    }
  });
});
