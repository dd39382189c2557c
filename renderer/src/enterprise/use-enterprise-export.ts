import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseScheme } from '../../../shared/evaluation/enterprise-scheme-schema.ts';
import { writeXlsx } from '../../../shared/export/xlsx-writer.ts';
import { bridge } from '../bridge/bridge.ts';
import { enterpriseWorkbook } from './enterprise-export.ts';
import { enterpriseUnit } from './enterprise-text.ts';
import type { EnterpriseView } from './enterprise-view.ts';

/** Saves the evaluation table as an Excel file through the bridge; returns the run and the last outcome's text. */
export function useEnterpriseExport(): { readonly exportTable: (scheme: EnterpriseScheme, year: number, view: EnterpriseView) => Promise<void>; readonly note: string | undefined } {
  const { t } = useTranslation();
  const [note, setNote] = useState<string>();
  const exportTable = useCallback(async (scheme: EnterpriseScheme, year: number, view: EnterpriseView) => {
    const byKey = new Map(scheme.indicators.map((i) => [i.key, i]));
    const workbook = enterpriseWorkbook(scheme, year, view, {
      sheet: t('enterpriseSheet'), rank: t('enterpriseColRank'), name: t('enterpriseColName'), rankClass: t('enterpriseColClass'), score: t('enterpriseColScore'),
      parcels: t('enterpriseColParcels'), area: t('enterpriseColArea'), missing: t('enterpriseColMissing'),
      indicator: (key) => {
        const indicator = byKey.get(key);
        const unit = indicator ? enterpriseUnit(t, indicator.unit) : '';
        return unit ? `${indicator?.label ?? key}（${unit}）` : (indicator?.label ?? key);
      },
    });
    const suggestedName = `${t('enterpriseSheet')}-${year}.xlsx`;
    try {
      const bytes = writeXlsx(workbook);
      const result = await bridge.saveFile({ suggestedName, bytes: bytes as Uint8Array<ArrayBuffer> });
      setNote(result.saved ? t('enterpriseExported', { fileName: result.fileName ?? suggestedName }) : undefined);
    } catch (error) {
      setNote(t('enterpriseExportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }, [t]);
  return { exportTable, note };
}
