import type { EnterpriseScheme } from '../../../shared/evaluation/enterprise-scheme-schema.ts';
import type { XlsxWorkbook } from '../../../shared/export/xlsx-model.ts';
import type { EnterpriseView } from './enterprise-view.ts';

/** Texts the workbook needs, in the UI language. */
export interface EnterpriseExportTexts {
  readonly sheet: string;
  readonly rank: string;
  readonly name: string;
  readonly rankClass: string;
  readonly score: string;
  readonly parcels: string;
  readonly area: string;
  readonly missing: string;
  /** An indicator's column header with its unit, e.g. '亩均税收（万元/亩）'. */
  readonly indicator: (key: string) => string;
}

/** The evaluation table as a one-sheet workbook: rank, enterprise, class, score, each indicator's figure, parcels, 亩, missing figures. */
export function enterpriseWorkbook(scheme: EnterpriseScheme, year: number, view: EnterpriseView, texts: EnterpriseExportTexts): XlsxWorkbook {
  const labelOf = new Map(scheme.indicators.map((i) => [i.key, i.label]));
  return {
    sheets: [{
      name: texts.sheet,
      title: `${texts.sheet}（${scheme.name}，${year} 年）`,
      columns: [
        { header: texts.rank, format: 'integer' }, { header: texts.name, format: 'text' }, { header: texts.rankClass, format: 'text' },
        { header: texts.score, format: 'decimal2' },
        ...scheme.indicators.map((i) => ({ header: texts.indicator(i.key), format: 'decimal2' as const })),
        { header: texts.parcels, format: 'integer' }, { header: texts.area, format: 'decimal2' }, { header: texts.missing, format: 'text' },
      ],
      rows: view.lines.map(({ result, parcelIds, areaMu }) => {
        const valueOf = new Map(result.indicators.map((s) => [s.key, s.value]));
        return [
          result.rank ?? null, result.id, result.rankClass ?? null, result.score ?? null,
          ...scheme.indicators.map((i) => valueOf.get(i.key) ?? null),
          parcelIds.length, areaMu, result.missing.map((key) => labelOf.get(key) ?? key).join('、'),
        ];
      }),
    }],
  };
}
