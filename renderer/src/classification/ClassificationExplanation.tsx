import { useTranslation } from 'react-i18next';
import { describeRuleResult, formatRuleValue, ruleLabel, type TextLanguage } from '../../../shared/rules/classification-text.ts';
import { firedRules } from '../../../shared/rules/classify-parcel.ts';
import type { RuleResult } from '../../../shared/rules/rule-result.ts';
import { useOptionalSurvey } from '../survey/survey-context.ts';
import { ParkAssignmentNote } from './ParkAssignmentNote.tsx';
import { shownClass } from './project-classifier.ts';
import { useParcelExplanation } from './use-parcel-explanation.ts';
import './classification.css';

function sourceText(t: (key: string) => string, source: string | undefined): string {
  if (!source || source === 'project') return t('classifySourceProject');
  return source === 'contract' ? t('classifySourceContract') : source;
}

function FiredRule({ rule, language }: { readonly rule: RuleResult; readonly language: TextLanguage }) {
  const { t } = useTranslation();
  const value = (n: number | undefined) => (n === undefined ? '—' : formatRuleValue(n, rule.unit, language));
  const comparison = rule.comparison === '<' ? '<' : rule.comparison === '>=' ? '≥' : '';
  return (
    <tr data-testid="classify-fired-rule" data-rule={rule.ruleId}>
      <td>
        {ruleLabel(rule.ruleId, language)}
        {rule.condition && <small>（{t('classifyStopped')} {formatRuleValue(rule.condition.actual, rule.condition.unit, language)} ≥ {formatRuleValue(rule.condition.threshold, rule.condition.unit, language)}）</small>}
      </td>
      <td data-testid="classify-actual">{value(rule.actual)}</td>
      <td data-testid="classify-threshold">{comparison} {value(rule.threshold)}</td>
      <td>{sourceText(t, rule.thresholdSource)}</td>
    </tr>
  );
}

/**
 * The card's classification: the class shown, whether a manual class (with its
 * reason) decides it, each rule that fired with actual value, threshold and
 * unit, or the data that is missing, and the rule-set version and date.
 */
export function ClassificationExplanation({ parcelId }: { readonly parcelId: string }) {
  const { t, i18n } = useTranslation();
  const survey = useOptionalSurvey();
  const store = survey?.classification;
  const { result, error } = useParcelExplanation(store, parcelId);
  const language: TextLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (error) return <p className="card-issue" role="alert">{t('classifyFailed', { message: error })}</p>;
  if (!result) return <p className="card-hint" data-testid="classify-pending">{t('classifyPending')}</p>;
  const fired = firedRules(result);
  const lacking = result.rules.filter((rule) => rule.outcome === 'insufficientData');
  const shown = shownClass(result);
  const classLabel = (c: string) => t(`cardClass_${c === 'insufficientData' ? 'unsurveyed' : c}`);
  const settings = store?.getState().settings;
  return (
    <div className="classify-explanation" data-testid="classify-explanation" data-class={shown} data-version={result.ruleSetVersion}>
      <p className="card-class">
        {t('classifyShown')}：<strong className={`card-class-badge class-${shown}`} data-testid="card-class">{classLabel(shown)}</strong>
        {result.override && <span className="classify-manual-mark">{t('cardClassOverridden')}</span>}
      </p>
      <ParkAssignmentNote store={store} parcelId={parcelId} />
      {result.override && (
        <p data-testid="classify-override">
          {t('classifyManual')}：{classLabel(result.override.parcelClass)}；{t('classifyManualReason')}：{result.override.reason}
          <br />{t('classifyEvaluated')}：{classLabel(result.evaluatedClass)}
        </p>
      )}
      {result.overrideIgnored === 'reasonMissing' && <p className="card-issue">{t('classifyOverrideNoReason')}</p>}
      {result.evaluatedClass === 'insufficientData' && <p className="card-hint">{t('classifyInsufficient')}</p>}
      {fired.length > 0 && (
        <table className="classify-rules">
          <caption>{t('classifyFiredTitle')}</caption>
          <thead><tr><th>{t('classifyRule')}</th><th>{t('classifyActual')}</th><th>{t('classifyThreshold')}</th><th>{t('classifySource')}</th></tr></thead>
          <tbody>{fired.map((rule) => <FiredRule key={rule.ruleId} rule={rule} language={language} />)}</tbody>
        </table>
      )}
      {fired.length === 0 && lacking.length > 0 && (
        <div className="classify-missing">
          <h4>{t('classifyMissingTitle')}</h4>
          <ul>{lacking.map((rule) => <li key={rule.ruleId} data-testid="classify-missing-rule">{describeRuleResult(rule, language)}</li>)}</ul>
        </div>
      )}
      {fired.length === 0 && lacking.length === 0 && <p className="card-hint">{t('classifyNoneFired')}</p>}
      <p className="classify-version" data-testid="classify-version">
        {t('classifyRuleSet', { name: settings?.ruleSet.name ?? result.ruleSetId, version: result.ruleSetVersion, asOf: result.asOf })}
      </p>
    </div>
  );
}
