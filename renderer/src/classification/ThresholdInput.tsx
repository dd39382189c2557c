import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCTION_STATUSES, type Thresholds } from '../../../shared/rules/rule-set-schema.ts';
import type { ThresholdField } from '../../../shared/rules/threshold-fields.ts';
import { parseTextList, parseThresholdText, thresholdText } from './threshold-input.ts';

interface Props {
  readonly field: ThresholdField;
  readonly value: Thresholds[keyof Thresholds];
  /** A valid value, or undefined while what is typed is not valid. */
  readonly onChange: (value: Thresholds[keyof Thresholds] | undefined) => void;
  /** Test id prefix, e.g. 'rules-project' → 'rules-project-minFloorAreaRatio'. */
  readonly testId: string;
}

/** One threshold's input: a number in its unit (empty = off where allowed), production states, or a name list. */
export function ThresholdInput({ field, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (field.kind === 'number' ? thresholdText(field, value as number | null) : Array.isArray(value) ? value.join('，') : ''));
  const [problem, setProblem] = useState<string>();
  const id = `${testId}-${field.key}`;

  if (field.kind === 'productionStatuses') {
    const chosen = new Set(Array.isArray(value) ? value : []);
    return (
      <span className="rules-choices" data-testid={id}>
        {PRODUCTION_STATUSES.map((status) => (
          <label key={status}>
            <input type="checkbox" checked={chosen.has(status)} data-testid={`${id}-${status}`}
              onChange={(e) => onChange(PRODUCTION_STATUSES.filter((s) => (s === status ? e.target.checked : chosen.has(s))))} />
            {t(`classifyProduction_${status}`)}
          </label>
        ))}
      </span>
    );
  }

  const change = (next: string) => {
    setText(next);
    if (field.kind === 'textList') {
      onChange(parseTextList(next));
      return;
    }
    const parsed = parseThresholdText(field, next);
    if ('problem' in parsed) {
      setProblem(t(parsed.problem.key, { value: parsed.problem.value }));
      onChange(undefined);
    } else {
      setProblem(undefined);
      onChange(parsed.value);
    }
  };

  return (
    <span className="rules-input">
      <input type="text" inputMode={field.kind === 'number' ? 'decimal' : 'text'} value={text} data-testid={id} aria-invalid={problem !== undefined}
        placeholder={field.nullable ? t('classifyOff') : undefined} onChange={(e) => change(e.target.value)} />
      {field.unit && <span className="rules-unit">{t(`classifyUnit_${field.unit}`)}</span>}
      {problem && <span className="rules-problem" role="alert" data-testid={`${id}-problem`}>{problem}</span>}
    </span>
  );
}
