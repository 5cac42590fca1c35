/**
 * Escapes text for inline GitHub-flavoured Markdown: emphasis, links, code, tables and raw HTML
 * all stay literal, and line breaks become spaces (a table cell or list item is one line).
 * @see https://github.github.com/gfm/#backslash-escapes
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F]/g, '')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}

/** A fenced code block that cannot be closed early by backticks inside `text`. */
export function markdownCodeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/[\u0000-\u0008\u000B-\u001F]/g, '')}\n${fence}`;
}

/** Inline when the text is one short line, otherwise a fenced block under the list item. */
export function markdownMessage(text: string, indent: string): string {
  if (!text.includes('\n') && text.length <= 160) return `: ${escapeMarkdownInline(text)}`;
  return `\n\n${markdownCodeBlock(text).split('\n').map((l) => indent + l).join('\n')}`;
}
