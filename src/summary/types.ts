/** The outline of a speech, as `gongwen summarize --json` prints it (case-format.md). */

export interface OutlinePoint {
  /** The point's lead sentence, as written, without numbering or closing 。. */
  heading: string;
}

export interface OutlinePart {
  /** The part's first sentence, as written, without its numbering (第一，/一、/一是 …) or 。. */
  heading: string;
  points: OutlinePoint[];
}

export interface SpeechOutline {
  title?: string;
  /** Lines between the title and the salutation: ——在……上的讲话, （2026年11月24日）, the speaker. */
  subtitle?: string[];
  salutation?: string;
  /** Paragraphs between the salutation and the first part. */
  opening: string[];
  parts: OutlinePart[];
  /** Paragraphs after the last part (同志们，…), the ending included. */
  closing: string[];
}
