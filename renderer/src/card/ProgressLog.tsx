import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCard } from './card-context.ts';
import { parseTypedDate } from './input-value.ts';
import { newProgressKey, progressEntries, progressValue } from './progress-log.ts';
import { localIsoDate } from '../../../shared/search/parcel-filter.ts';

/** The disposal plan's progress log: dated entries, newest first; add or remove entries. */
export function ProgressLog() {
  const { t } = useTranslation();
  const card = useCard();
  const [date, setDate] = useState(() => localIsoDate());
  const [text, setText] = useState('');
  const [missingText, setMissingText] = useState(false);
  const entries = progressEntries(card.values);
  const add = () => {
    if (!text.trim()) {
      setMissingText(true);
      return;
    }
    setMissingText(false);
    card.commit(newProgressKey(Date.now()), null, progressValue(parseTypedDate(date) ?? date.trim(), text.trim()));
    setText('');
  };
  return (
    <div className="card-progress" data-testid="progress-log">
      <h4>{t('cardField_progress')}</h4>
      {entries.length === 0 ? <p className="card-hint">{t('cardProgressEmpty')}</p> : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.key} data-testid="progress-entry">
              <time>{entry.date}</time> <span>{entry.text}</span>
              {!card.readOnly && (
                <button type="button" className="card-link" aria-label={t('cardProgressRemove')} title={t('cardProgressRemove')}
                  onClick={() => card.commit(entry.key, card.values[entry.key] ?? null, null)}>×</button>
              )}
            </li>
          ))}
        </ol>
      )}
      {!card.readOnly && (
        <form className="card-add-row" onSubmit={(e) => { e.preventDefault(); add(); }}>
          <input type="text" className="card-date-input" aria-label={t('cardProgressDate')} placeholder="YYYY-MM-DD" value={date}
            data-testid="progress-date" onChange={(e) => setDate(e.target.value)} />
          <input type="text" aria-label={t('cardProgressText')} placeholder={t('cardProgressText')} value={text}
            data-testid="progress-text" onChange={(e) => setText(e.target.value)} />
          <button type="submit" data-testid="progress-add">{t('cardProgressAdd')}</button>
          {missingText && <span className="card-issue" role="alert">{t('cardProgressNeedsText')}</span>}
        </form>
      )}
    </div>
  );
}
