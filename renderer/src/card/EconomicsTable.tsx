import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ECONOMIC_METRICS, economicKey, economicYears, fieldDefinition, type CardFieldDefinition } from '../../../shared/survey/card-fields.ts';
import { useCard } from './card-context.ts';
import { FieldEditor } from './CardField.tsx';
import { fieldLabel, unitLabel } from './card-text.ts';

const FIRST_YEAR = 1949, LAST_YEAR = 2100;

/** Yearly economic figures: one row per year (newest first), one column per metric with its unit. */
export function EconomicsTable() {
  const { t } = useTranslation();
  const card = useCard();
  const [addedYears, setAddedYears] = useState<readonly number[]>([]);
  const years = useMemo(() => [...new Set([...economicYears(Object.keys(card.values)), ...addedYears])].sort((a, b) => b - a),
    [card.values, addedYears]);
  const [yearText, setYearText] = useState('');
  const [yearError, setYearError] = useState(false);
  const suggested = years.length > 0 ? Math.min((years[0] as number) + 1, new Date().getFullYear()) : new Date().getFullYear() - 1;
  const addYear = () => {
    const year = Number((yearText || String(suggested)).trim());
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      setYearError(true);
      return;
    }
    setYearError(false);
    setYearText('');
    setAddedYears((previous) => (previous.includes(year) ? previous : [...previous, year]));
  };
  return (
    <div className="card-economics">
      {years.length === 0 ? <p className="card-hint">{t('cardNoEconomics')}</p> : (
        <div className="card-table-scroll">
          <table className="card-economics-table" data-testid="economics-table">
            <thead>
              <tr>
                <th>{t('cardYear')}</th>
                {ECONOMIC_METRICS.map((metric) => (
                  <th key={metric.key}>{t(`cardMetric_${metric.key}`)}<small>{unitLabel(t, metric.unit)}</small></th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year} data-year={year}>
                  <th scope="row">{year}</th>
                  {ECONOMIC_METRICS.map((metric) => {
                    const key = economicKey(year, metric.key);
                    const messages = card.messages.get(key) ?? [];
                    return (
                      <td key={key} className={messages.length > 0 ? 'invalid' : undefined}>
                        <FieldEditor definition={fieldDefinition(key) as CardFieldDefinition} fieldKey={key} label={fieldLabel(t, key)}
                          value={card.values[key]} invalid={messages.length > 0} readOnly={card.readOnly} onCommit={card.commit} />
                        {messages.map((message) => <p key={message} className="card-issue" role="alert" data-testid={`issue-${key}`}>{message}</p>)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!card.readOnly && (
        <form className="card-add-row" onSubmit={(e) => { e.preventDefault(); addYear(); }}>
          <input type="text" inputMode="numeric" data-testid="economics-year" aria-label={t('cardYear')} placeholder={String(suggested)}
            value={yearText} onChange={(e) => setYearText(e.target.value)} />
          <button type="submit" data-testid="economics-add-year">{t('cardAddYear')}</button>
          {yearError && <span className="card-issue" role="alert">{t('cardYearInvalid')}</span>}
        </form>
      )}
    </div>
  );
}
