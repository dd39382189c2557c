import { useTranslation } from 'react-i18next';
import { AVAILABLE_LAND_SOURCE_LABELS } from '../../../shared/export/available-land-columns.ts';
import type { AvailableLandItem } from '../../../shared/export/available-land-list.ts';
import { squareMetersToMu } from '../../../shared/geodesy/area-units.ts';

/** Rows drawn at most; the export always has every item. */
export const LIST_ROWS_SHOWN = 500;

const COLUMNS = ['serial', 'parcelCode', 'park', 'source', 'landholder', 'areaMu', 'cost', 'conditions', 'procedure', 'cycle', 'plannedDate', 'notes'] as const;

/** The list as a table; a row click opens its editor. Empty required details are marked. */
export function AvailableLandTable({ items, selectedId, onSelect }: {
  readonly items: readonly AvailableLandItem[]; readonly selectedId: string | undefined; readonly onSelect: (item: AvailableLandItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const two = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const missing = (item: AvailableLandItem, key: AvailableLandItem['missing'][number], text: string | undefined) =>
    item.missing.includes(key) ? <span className="land-list-missing">{t('landListMissing')}</span> : text;
  return (
    <div className="land-list-scroll">
      <table className="land-list-table" data-testid="land-list-table">
        <thead>
          <tr>{COLUMNS.map((c) => <th key={c}>{t(`landListCol_${c}`)}</th>)}</tr>
        </thead>
        <tbody>
          {items.slice(0, LIST_ROWS_SHOWN).map((item) => (
            <tr key={item.id} data-testid="land-list-row" data-source={item.source} aria-selected={item.id === selectedId}
              className={item.id === selectedId ? 'selected' : undefined} onClick={() => onSelect(item)}>
              <td>{item.serial}</td>
              <td data-column="parcelCode">{item.parcelCode}</td>
              <td>{item.park}</td>
              <td data-column="source">{AVAILABLE_LAND_SOURCE_LABELS[item.source][language]}</td>
              <td className="long">{item.landholder}</td>
              <td className="number">{two.format(squareMetersToMu(item.areaSquareMeters))}</td>
              <td className="number" data-column="cost">{missing(item, 'landCostWanYuan', item.landCostWanYuan === null || item.landCostWanYuan === undefined ? '' : two.format(item.landCostWanYuan))}</td>
              <td className="long">{missing(item, 'supplyConditions', item.supplyConditions)}</td>
              <td className="long">{missing(item, 'procedure', item.procedure)}</td>
              <td className="number">{missing(item, 'expectedCycleMonths', item.expectedCycleMonths?.toString())}</td>
              <td>{item.plannedSupplyDate}</td>
              <td className="long">{item.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
