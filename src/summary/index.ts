/** Speech text → outline (→ a speech-summary case → the same pipeline). */
export { extractOutline } from './extractOutline.ts';
export { markdownParagraphs, readSpeechFile, textParagraphs } from './readSpeechFile.ts';
export type { OutlinePart, OutlinePoint, SpeechOutline } from './types.ts';
export { meetingFromTitle, outlineParts } from './outlineParts.ts';
