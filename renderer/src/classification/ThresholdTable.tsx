import { useTranslation } from 'react-i18next';
import type { ThresholdKey, Thresholds } from '../../../shared/rules/rule-set-schema.ts';
import { THRESHOLD_FIELDS } from '../../../shared/rules/threshold-fields.ts';
import { ThresholdInput } from './ThresholdInput.tsx';

interface Props {
  readonly thresholds: Partial<Thresholds>;
  /** Only the thresholds set (an override); else every threshold. */
  readonly onlySet?: boolean;
  readonly onChange: (key: ThresholdKey, value: Thresholds[ThresholdKey] | undefined) => void;
  readonly onRemove?: (key: ThresholdKey) => void;
  readonly testId: string;
  /** Changes when the inputs must be refilled from `thresholds` (e.g. a reset). */
  readonly resetKey: string;
}

/** Thresholds grouped by class (闲置, 低效, 储备), each with its input and unit. */
export function ThresholdTable({ thresholds, onlySet = false, onChange, onRemove, testId, resetKey }: Props) {
  const { t } = useTranslation();
  const fields = THRESHOLD_FIELDS.filter((field) => !onlySet || thresholds[field.key] !== undefined);
  const groups = [...new Set(fields.map((field) => field.group))];
  return (
    <div className="rules-table">
      {groups.map((group) => (
        <fieldset key={group}>
          <legend>{t(`classifyGroup_${group}`)}</legend>
          {fields.filter((field) => field.group === group).map((field) => (
            <div className="rules-row" key={`${resetKey}:${field.key}`}>
              <span className="rules-label">{t(`classifyThreshold_${field.key}`)}</span>
              <ThresholdInput field={field} value={thresholds[field.key] as Thresholds[ThresholdKey]} testId={testId}
                onChange={(value) => onChange(field.key, value)} />
              {onRemove && (
                <button type="button" className="rules-link" title={t('classifyOverrideRemoveThreshold')} aria-label={t('classifyOverrideRemoveThreshold')}
                  onClick={() => onRemove(field.key)}>✕</button>
              )}
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
