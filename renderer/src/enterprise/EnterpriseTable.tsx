import { useTranslation } from 'react-i18next';
import type { EnterpriseScheme } from '../../../shared/evaluation/enterprise-scheme-schema.ts';
import { enterpriseUnit, figureText } from './enterprise-text.ts';
import type { EnterpriseLine, EnterpriseView } from './enterprise-view.ts';

interface Props {
  readonly scheme: EnterpriseScheme;
  readonly view: EnterpriseView;
  readonly picked: string | undefined;
  readonly onPick: (line: EnterpriseLine) => void;
}

/** Enterprises best first: rank, class, score and each indicator's figure; a click selects the enterprise's parcels. */
export function EnterpriseTable({ scheme, view, picked, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <div className="enterprise-table-scroll">
      <table className="enterprise-table" data-testid="enterprise-table">
        <thead>
          <tr>
            <th>{t('enterpriseColRank')}</th><th>{t('enterpriseColName')}</th><th>{t('enterpriseColClass')}</th><th>{t('enterpriseColScore')}</th>
            {scheme.indicators.map((i) => <th key={i.key}>{i.label}<small>{enterpriseUnit(t, i.unit)}</small></th>)}
            <th>{t('enterpriseColArea')}</th>
          </tr>
        </thead>
        <tbody>
          {view.lines.map((line) => {
            const { result } = line;
            const valueOf = new Map(result.indicators.map((s) => [s.key, s.value]));
            return (
              <tr key={result.id} data-enterprise={result.id} data-rank={result.rank ?? ''} data-class={result.rankClass ?? ''} data-score={result.score ?? ''}
                aria-selected={picked === result.id} className={result.rank === undefined ? 'unscored' : undefined} onClick={() => onPick(line)}>
                <td>{result.rank ?? '—'}</td>
                <th scope="row"><button type="button" className="enterprise-name" title={t('enterpriseClickHint')}>{result.id}</button></th>
                <td className={`enterprise-class class-${result.rankClass ?? 'none'}`}>{result.rankClass ?? '—'}</td>
                <td className="number">{figureText(result.score)}</td>
                {scheme.indicators.map((i) => <td key={i.key} className="number">{figureText(valueOf.get(i.key))}</td>)}
                <td className="number">{figureText(line.areaMu)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
