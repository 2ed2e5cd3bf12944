/** A case's date: its date, else its meeting's, else the talk's start (the ISO date part). */
export function dateOf(data: { date?: unknown; meeting?: { date?: unknown }; start?: unknown }): string | undefined {
  const value = [data.date, data.meeting?.date, data.start].find((v): v is string => typeof v === 'string' && v !== '');
  return value ? value.slice(0, 10) : undefined;
}
