// What a user typed, quoted in a finding. A finding goes into one cell of Kiểm tra, and Google
// refuses a cell over 50,000 characters: a unit's very long entry quoted whole would stop the run.
// The quote keeps its first couple of hundred characters (whole characters, never half an emoji).

const QUOTE_LIMIT = 200;

/** A message as one cell holds it: far below Google's 50,000 characters whatever it quotes. */
const MESSAGE_LIMIT = 2_000;

function cut(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit).join('')}…`;
}

/** `"text"`, cut to QUOTE_LIMIT characters with "…" when longer. */
export function quote(text: string): string {
  return `"${cut(text, QUOTE_LIMIT)}"`;
}

/** `"a", "b"`: each item quoted whole, as a message lists the pieces it refuses. */
export function quoteList(items: readonly string[]): string {
  return items.map((s) => `"${s}"`).join(', ');
}

/** A finding's message cut to MESSAGE_LIMIT characters (with "…"): the last guard before a cell. */
export function clipMessage(message: string): string {
  return cut(message, MESSAGE_LIMIT);
}
