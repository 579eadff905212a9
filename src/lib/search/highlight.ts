/**
 * What a result shows of a text: pieces of plain text, some marked as matches. The browser turns
 * each piece into a text node (marked ones inside <mark>), so nothing from the data is ever read
 * as HTML.
 */
import { foldWord, tokenize, wordPattern } from "./fold";

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
 * is left out; the start of the text when nothing matches. Folds words only up to the window's
 * end, so that a long section costs no more than the part before its first match.
 */
export function snippet(text: string, keys: ReadonlySet<string>, words = 30): Piece[] {
  const before = Math.floor(words / 3);
  const tokens: { start: number; end: number }[] = [];
  let first = -1;
  let complete = true;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length });
    if (first < 0 && keys.has(foldWord(match[0]))) first = tokens.length - 1;
    // Enough: the match and the words after it.
    if (first >= 0 && tokens.length > first + words) {
      complete = false;
      break;
    }
  }
  const from = Math.max(0, first - before);
  const to = Math.min(tokens.length, from + words);
  const start = from === 0 ? 0 : (tokens[from] as { start: number }).start;
  const last = tokens[to - 1];
  const end = to === tokens.length && complete ? text.length : last ? last.end : 0;
  const pieces = highlight(text.slice(start, end), keys);
  if (start > 0) pieces.unshift({ text: "… ", hit: false });
  if (end < text.length) pieces.push({ text: " …", hit: false });
  return pieces;
}
