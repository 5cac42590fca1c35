const LIMIT = 100;

/** A value as a difference line shows it: JSON, shortened, `absent` when missing. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value);
  return text.length > LIMIT ? `${text.slice(0, LIMIT - 1)}…` : text;
}
