import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EnterpriseScheme } from '../../../shared/evaluation/enterprise-scheme-schema.ts';
import type { Survey } from '../survey/survey-context.ts';
import { enterpriseView, evaluationYears, type EnterpriseView } from './enterprise-view.ts';
import { readEnterpriseSettings, saveEnterpriseSettings } from './enterprise-settings-store.ts';
import { draftFromScheme, schemeFromDraft, type SchemeDraft, type SchemeProblem } from './scheme-draft.ts';
import { useEnterpriseParcels } from './use-enterprise-parcels.ts';

export interface EnterpriseEvaluationState {
  /** The scheme in force: the last valid form. */
  readonly scheme: EnterpriseScheme | undefined;
  readonly draft: SchemeDraft | undefined;
  readonly problems: readonly SchemeProblem[];
  readonly years: readonly number[];
  readonly year: number | undefined;
  readonly view: EnterpriseView | undefined;
  /** Replaces the form; a valid one applies and is saved at once. */
  readonly edit: (draft: SchemeDraft) => void;
  /** Starts again from a preset. */
  readonly choosePreset: (scheme: EnterpriseScheme) => void;
  readonly setYear: (year: number) => void;
}

/** The evaluation screen's state: the project's scheme and year, the form, and the table scored from the parcels. */
export function useEnterpriseEvaluation(survey: Survey): EnterpriseEvaluationState {
  const { db } = survey;
  const projectId = survey.loaded.project.id;
  const parcels = useEnterpriseParcels(survey);
  const [scheme, setScheme] = useState<EnterpriseScheme>();
  const [draft, setDraft] = useState<SchemeDraft>();
  const [problems, setProblems] = useState<readonly SchemeProblem[]>([]);
  const [chosenYear, setChosenYear] = useState<number>();

  useEffect(() => {
    let cancelled = false;
    void readEnterpriseSettings(db, projectId).then((settings) => {
      if (cancelled) return;
      setScheme(settings.scheme);
      setDraft(draftFromScheme(settings.scheme));
      setChosenYear(settings.year);
    });
    return () => {
      cancelled = true;
    };
  }, [db, projectId]);

  const years = useMemo(() => (parcels ? evaluationYears(parcels) : []), [parcels]);
  const year = chosenYear !== undefined && years.includes(chosenYear) ? chosenYear : years[0];
  const view = useMemo(() => (scheme && parcels && year !== undefined ? enterpriseView(scheme, parcels, year) : undefined), [scheme, parcels, year]);

  const apply = useCallback((next: EnterpriseScheme, nextYear: number | undefined) => {
    setScheme(next);
    void saveEnterpriseSettings(db, projectId, { scheme: next, ...(nextYear === undefined ? {} : { year: nextYear }) });
  }, [db, projectId]);

  const edit = useCallback((next: SchemeDraft) => {
    setDraft(next);
    if (!scheme) return;
    const result = schemeFromDraft(scheme, next);
    setProblems(result.ok ? [] : result.problems);
    if (result.ok) apply(result.scheme, chosenYear);
  }, [scheme, chosenYear, apply]);

  const choosePreset = useCallback((preset: EnterpriseScheme) => {
    setDraft(draftFromScheme(preset));
    setProblems([]);
    apply(preset, chosenYear);
  }, [chosenYear, apply]);

  const setYear = useCallback((next: number) => {
    setChosenYear(next);
    if (scheme) apply(scheme, next);
  }, [scheme, apply]);

  return { scheme, draft, problems, years, year, view, edit, choosePreset, setYear };
}
