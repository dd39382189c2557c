import { fieldDefinition, parseEconomicKey, parseStandardLandKey } from '../../../shared/survey/card-fields.ts';
import type { FieldIssue } from '../../../shared/survey/card-validation.ts';
import type { FieldValue } from '../../../shared/survey/field-value.ts';
import { parseProgressValue, isProgressKey } from './progress-log.ts';

/** The translate function as the card's text helpers need it (i18next's `t` fits). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

const UNIT_KEYS: Readonly<Record<string, string>> = {
  m2: 'cardUnit_m2', '%': 'cardUnit_percent', year: 'cardUnit_year', wanYuan: 'cardUnit_wanYuan',
  tce: 'cardUnit_tce', person: 'cardUnit_person', storey: 'cardUnit_storey',
  wanYuanPerMu: 'cardUnit_wanYuanPerMu', tcePerWanYuan: 'standardLandUnit_tcePerWanYuan', tonPerWanYuan: 'standardLandUnit_tonPerWanYuan', ratio: 'standardLandUnit_ratio',
};

/** Message-key prefix of each choice field's labels. */
const CHOICE_PREFIX: Readonly<Record<string, string>> = {
  supplyMethod: 'cardSupply_', parcelClass: 'cardClass_', classOverride: 'cardClass_',
  disposalMethod: 'cardDisposal_', disposalStatus: 'cardDisposalStatus_', surveyStatus: 'cardStatus_',
  productionStatus: 'cardProduction_',
};

/** The label of a unit code from card-fields.ts ('m2', '%', 'year', …); '' for none. */
export function unitLabel(t: Translate, unit: string | undefined): string {
  if (!unit) return '';
  const key = UNIT_KEYS[unit];
  return key ? t(key) : unit;
}

/** The label of any card key: a field, a yearly figure (`economics.2023.tax`), a progress entry or an attachment. */
export function fieldLabel(t: Translate, key: string): string {
  const economic = parseEconomicKey(key);
  if (economic) return t('cardField_economic', { year: economic.year, metric: t(`cardMetric_${economic.metric}`) });
  const standardLand = parseStandardLandKey(key);
  if (standardLand) return t('standardLandFieldLabel', { stage: t(`standardLandKind_${standardLand.kind}`), indicator: t(`standardLandIndicator_${standardLand.indicatorKey.replace(/^custom\./, '')}`, { defaultValue: standardLand.indicatorKey.replace(/^custom\./, '') }) });
  if (isProgressKey(key)) return t('cardField_progress');
  if (key.startsWith('photo.')) return t('cardField_photo');
  if (key.startsWith('document.')) return t('cardField_document');
  return fieldDefinition(key) ? t(`cardField_${key}`) : key;
}

/** The label of one choice of a choice field; the stored code itself when it is not a listed choice. */
export function choiceLabel(t: Translate, fieldKey: string, value: string): string {
  const prefix = CHOICE_PREFIX[fieldKey];
  const choices = fieldDefinition(fieldKey)?.choices;
  return prefix && choices?.includes(value) ? t(`${prefix}${value}`) : value;
}

/** A number for display: at most `digits` decimals, grouped thousands. */
export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: digits, useGrouping: true });
}

/** A stored value as text for history and print: choices and flags by label, numbers with their unit. */
export function displayValue(t: Translate, key: string, value: FieldValue | undefined): string {
  if (value === null || value === undefined || value === '') return t('cardEmpty');
  if (isProgressKey(key)) {
    const entry = parseProgressValue(key, value);
    return entry ? [entry.date, entry.text].filter(Boolean).join(' ') : t('cardEmpty');
  }
  const definition = fieldDefinition(key);
  if (definition?.kind === 'flag' || typeof value === 'boolean') return value === true ? t('cardYes') : t('cardNo');
  if (definition?.kind === 'choice') return choiceLabel(t, key, String(value));
  if (typeof value === 'number') return `${formatNumber(value, 4)}${definition?.unit ? ` ${unitLabel(t, definition.unit)}` : ''}`;
  return String(value);
}

/** A limit with the field's unit: "70 年", "100 %". */
function limitText(t: Translate, field: string, limit: string | number | undefined): string {
  const unit = unitLabel(t, fieldDefinition(field)?.unit);
  return unit ? `${limit} ${unit}` : String(limit);
}

/** The inline message for a validation issue (card-validation.ts), in the UI language. */
export function issueMessage(t: Translate, issue: FieldIssue): string {
  const params = issue.params ?? {};
  switch (issue.code) {
    case 'belowMin': return t('cardIssue_belowMin', { limit: limitText(t, issue.field, params.min) });
    case 'aboveMax': return t('cardIssue_aboveMax', { limit: limitText(t, issue.field, params.max) });
    case 'dateOrder': return t('cardIssue_dateOrder', { other: fieldLabel(t, String(params.other)) });
    case 'exceedsSiteArea': return t('cardIssue_exceedsSiteArea', { site: formatNumber(Number(params.site)) });
    case 'statusMove':
      return t('cardIssue_statusMove', { from: choiceLabel(t, 'surveyStatus', String(params.from)), to: choiceLabel(t, 'surveyStatus', String(params.to)) });
    default: return t(`cardIssue_${issue.code}`);
  }
}
