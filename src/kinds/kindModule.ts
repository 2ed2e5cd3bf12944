/** What each kind contributes beyond kind.json: its template data and frame specifics. */
import type { CaseData, LoadedCase } from '../case/types.ts';
import type { AttendanceList, DocumentHeader } from '../model/types.ts';

export interface KindModule<T extends CaseData = CaseData> {
  /**
   * The data the content template sees: the case's own fields under their own names (so the
   * schema's Markdown pointers apply), optional ones null when absent, documented defaults
   * applied, plus derived values under names the schema does not use.
   */
  view(data: T): Record<string, unknown>;
  /**
   * Resolves what the case refers to before anything is built from it (speech-summary: the
   * outline extracted from sourceText / sourceFile, read relative to the case file).
   */
  prepare?(data: T, loaded: LoadedCase): Promise<T>;
  /** Refuses a case this version cannot render. */
  check?(data: T): void;
  /** The document's date (ISO) for meta and, where signed, the signature. */
  date(data: T): string;
  /** Rows under the title (speech: date and speaker). */
  subtitle?(data: T): string[];
  /** Signature issuers when they are not issuer.name + coIssuers. */
  signers?(data: T): string[];
  /** The case fields of `signers`, as JSON pointers (for errors). */
  signerFields?(data: T): string[];
  /** Header additions for this kind (minutes: mark and session). */
  header?(data: T): Partial<DocumentHeader>;
  attendance?(data: T): AttendanceList[];
}
