/** `(startsWith decision "会议")`: whether a text begins with a prefix. */
export function startsWith(text: unknown, prefix: unknown): boolean {
  return typeof text === 'string' && typeof prefix === 'string' && text.startsWith(prefix);
}
