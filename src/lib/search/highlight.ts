/**
 * What a result shows of a text: pieces of plain text, some marked as matches. The browser turns
 * each piece into a text node (marked ones inside <mark>), so nothing from the data is ever read
 * as HTML.
 */
import { tokenize } from "./fold";

export interface Piece {
  text: string;
  /** True when the piece is a word the query matched. */
  hit: boolean;
}

/** `text` cut into pieces, the words whose folded key is in `keys` marked. */
export function highlight(text: string, keys: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!keys.has(token.key)) continue;
    if (token.start > at) pieces.push({ text: text.slice(at, token.start), hit: false });
    pieces.push({ text: token.text, hit: true });
    at = token.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}

/**
 * A window of about `words` words of `text` around its first match, with an ellipsis where text
 * is left out; the start of the text when nothing matches.
 */
export function snippet(text: string, keys: ReadonlySet<string>, words = 30): Piece[] {
  const tokens = tokenize(text);
  if (tokens.length <= words) return highlight(text, keys);
  const first = Math.max(
    0,
    tokens.findIndex((t) => keys.has(t.key)),
  );
  const from = Math.max(0, Math.min(first - Math.floor(words / 3), tokens.length - words));
  const to = Math.min(tokens.length, from + words);
  const start = from === 0 ? 0 : (tokens[from] as { start: number }).start;
  const end = to === tokens.length ? text.length : (tokens[to - 1] as { end: number }).end;
  const pieces = highlight(text.slice(start, end), keys);
  if (start > 0) pieces.unshift({ text: "… ", hit: false });
  if (end < text.length) pieces.push({ text: " …", hit: false });
  return pieces;
}
