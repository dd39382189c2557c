/** Why a package is refused; `detail` names the entry or value. */
export interface PackageProblem {
  readonly code:
    | 'notZip' | 'unsafeEntryName' | 'tooManyEntries' | 'entryTooLarge' | 'totalTooLarge'
    | 'missingEntry' | 'malformedJson' | 'unknownFormatVersion' | 'badManifest'
    | 'checksumMismatch' | 'sizeMismatch' | 'unlistedEntry' | 'badSignature' | 'untrustedKey' | 'badContent';
  readonly detail: string;
}

/** An error carrying the problem, thrown inside the reader and caught at its edge. */
export class PackageError extends Error {
  constructor(readonly problem: PackageProblem) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = 'PackageError';
  }
}
