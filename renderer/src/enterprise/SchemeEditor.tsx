import { useTranslation } from 'react-i18next';
import { coreProblemText } from '../standard-land/core-problems.ts';
import { enterpriseUnit } from './enterprise-text.ts';
import { addIndicator, PARCEL_FIGURES, type ClassDraft, type IndicatorDraft, type SchemeDraft, type SchemeProblem } from './scheme-draft.ts';

interface Props {
  readonly draft: SchemeDraft;
  readonly problems: readonly SchemeProblem[];
  readonly onChange: (draft: SchemeDraft) => void;
}

/** Weights, benchmark divisors, caps and class cut-offs of the scheme, edited in place. */
export function SchemeEditor({ draft, problems, onChange }: Props) {
  const { t } = useTranslation();
  const setIndicator = (index: number, change: Partial<IndicatorDraft>) =>
    onChange({ ...draft, indicators: draft.indicators.map((d, i) => (i === index ? { ...d, ...change } : d)) });
  const setClass = (index: number, change: Partial<ClassDraft>) => onChange({ ...draft, classes: draft.classes.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  const problemAt = (at: string) => problems.filter((p) => p.at === at).map((p) => t(p.message)).join('；');
  const addable = PARCEL_FIGURES.filter((f) => !draft.indicators.some((d) => d.indicator.key === f.key));
  return (
    <details className="enterprise-scheme" data-testid="enterprise-scheme">
      <summary>{t('enterpriseScheme')}</summary>
      <table className="enterprise-scheme-table">
        <thead>
          <tr><th>{t('enterpriseIndicator')}</th><th>{t('enterpriseWeight')}</th><th>{t('enterpriseBenchmark')}</th><th>{t('enterpriseCap')}</th><th /></tr>
        </thead>
        <tbody>
          {draft.indicators.map((d, i) => {
            const problem = problemAt(d.indicator.key);
            return (
              <tr key={d.indicator.key} data-indicator={d.indicator.key} className={problem ? 'invalid' : undefined}>
                <th scope="row">{d.indicator.label}<small>{enterpriseUnit(t, d.indicator.unit)} · {t(`enterpriseDirection_${d.indicator.direction}`)}</small>
                  {problem && <span className="card-issue" role="alert">{problem}</span>}</th>
                <td><input type="text" inputMode="decimal" value={d.weight} aria-label={`${d.indicator.label} ${t('enterpriseWeight')}`} data-testid={`enterprise-weight-${d.indicator.key}`}
                  onChange={(e) => setIndicator(i, { weight: e.target.value })} /></td>
                <td><input type="text" inputMode="decimal" value={d.benchmark} placeholder={t('enterpriseBenchmarkMean')} aria-label={`${d.indicator.label} ${t('enterpriseBenchmark')}`}
                  data-testid={`enterprise-benchmark-${d.indicator.key}`} onChange={(e) => setIndicator(i, { benchmark: e.target.value })} /></td>
                <td><input type="text" inputMode="decimal" value={d.cap} placeholder={t('enterpriseCapNone')} aria-label={`${d.indicator.label} ${t('enterpriseCap')}`}
                  data-testid={`enterprise-cap-${d.indicator.key}`} onChange={(e) => setIndicator(i, { cap: e.target.value })} /></td>
                <td><button type="button" className="enterprise-link" data-testid={`enterprise-remove-${d.indicator.key}`}
                  onClick={() => onChange({ ...draft, indicators: draft.indicators.filter((_, n) => n !== i) })}>{t('enterpriseRemove')}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {addable.length > 0 && (
        <select value="" data-testid="enterprise-add" aria-label={t('enterpriseAdd')} onChange={(e) => onChange(addIndicator(draft, e.target.value))}>
          <option value="">{t('enterpriseAdd')}</option>
          {addable.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
        </select>
      )}
      <h3>{t('enterpriseClasses')}</h3>
      <div className="enterprise-classes">
        {draft.classes.map((c, i) => (
          <span key={i} className={problemAt(String(i)) ? 'invalid' : undefined}>
            <input type="text" value={c.name} aria-label={t('enterpriseClassName')} data-testid={`enterprise-class-name-${i}`} className="enterprise-class-name"
              onChange={(e) => setClass(i, { name: e.target.value })} />
            <input type="text" inputMode="decimal" value={c.upToPercent} aria-label={`${c.name} ${t('enterpriseClassShare')}`} data-testid={`enterprise-class-share-${i}`}
              onChange={(e) => setClass(i, { upToPercent: e.target.value })} />%
          </span>
        ))}
      </div>
      <p className="enterprise-hint">{t('enterpriseClassShare')} · {t('enterpriseApplied')}</p>
      {problems.length > 0 && (
        <ul className="enterprise-problems" role="alert" data-testid="enterprise-problems">
          {problems.map((p, i) => <li key={i}>{p.core ? coreProblemText(t, p.core) : t(p.message)}</li>)}
        </ul>
      )}
    </details>
  );
}
