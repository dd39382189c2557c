import type { TFunction } from 'i18next';
import type { ImportProblem } from './import-package.ts';

/** Every reason an import can be refused; the compiler checks the list is complete. */
const PROBLEM_CODES: Readonly<Record<ImportProblem['code'], true>> = {
  notZip: true, unsafeEntryName: true, tooManyEntries: true, entryTooLarge: true, totalTooLarge: true, missingEntry: true,
  malformedJson: true, unknownFormatVersion: true, badManifest: true, checksumMismatch: true, sizeMismatch: true,
  unlistedEntry: true, badSignature: true, untrustedKey: true, badContent: true, projectMissing: true,
};

export const IMPORT_PROBLEM_CODES = Object.keys(PROBLEM_CODES) as ImportProblem['code'][];

/** The message key of a refusal reason. */
export function problemKey(code: ImportProblem['code']): string {
  return `exchangeProblem_${code}`;
}

/** Why a package was refused, in the user's language, with the entry or value it concerns. */
export function problemText(t: TFunction, problem: ImportProblem): string {
  return t(problemKey(problem.code), { detail: problem.detail });
}
