import { ScenarioError } from './scenario-error.ts';

/**
 * Parses a scenario file's text. A syntax error becomes a ScenarioError at `file:line:column`.
 * Node 20's JSON.parse gives a position for most errors but not for "Unexpected token"; then the
 * position is found by parsing ever longer prefixes (only on the error path, files are small).
 * @see RFC 8259 (JSON)
 */
export function parseScenarioJson(text: string, file: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch (error) {
    const raw = (error as Error).message;
    const offset = errorOffset(source, raw);
    const { line, column } = lineAndColumn(source, offset);
    throw new ScenarioError({
      file,
      where: `${file}:${line}:${column}`,
      problems: [{ pointer: '', message: `not valid JSON: ${cleanMessage(raw)}` }],
      why: 'scenarios are JSON data (RFC 8259); the loader cannot read any scenario until this one parses',
      todo: `fix the JSON syntax at line ${line}, column ${column} (a trailing comma, a missing comma or quote are the usual causes)`,
    });
  }
}

function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (!message.startsWith('Unexpected token')) return text.length;
  for (let end = 1; end <= text.length; end++) {
    try {
      JSON.parse(text.slice(0, end));
    } catch (error) {
      if ((error as Error).message.startsWith('Unexpected token')) return end - 1;
    }
  }
  return text.length;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Drops V8's position suffix and its echo of the whole text. */
function cleanMessage(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\n/g, '\\n');
}
