/** A GitHub-flavoured markdown table; `align` is 'l' or 'r' per column (default left). */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], align: string = ''): string {
  const rule = head.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [head, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Seconds with two decimals, from ms. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A number with a fixed count of decimals and thousands separators. */
export const num = (value: number, decimals = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** Microseconds: two decimals below 10, one below 1000, none above. */
export const micros = (us: number) => (us < 10 ? us.toFixed(2) : us < 1000 ? us.toFixed(1) : num(us));

/** Bytes as MiB. */
export const mib = (bytes: number) => `${num(bytes / 1024 / 1024)} MiB`;
