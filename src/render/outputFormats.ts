/** The output formats, in their own module so the CLI can parse --format without loading the writers. */
export type OutputFormat = 'docx' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'pdf'];
