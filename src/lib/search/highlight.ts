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

/** The words of a text: where each starts and ends, and its folded key. */
interface Words {
  starts: Int32Array;
  ends: Int32Array;
  keys: string[];
}

/**
 * The words of the texts met last, most recent last: typing a word, each keystroke shows snippets
 * of much the same sections, and folding a long section's words costs more than the rest of a search.
 */
const wordsMet = new Map<string, Words>();
const textsRemembered = 256;

function wordsOf(text: string): Words {
  const met = wordsMet.get(text);
  if (met) {
    wordsMet.delete(text);
    wordsMet.set(text, met);
    return met;
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  for (const match of text.matchAll(wordPattern)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
    keys.push(foldWord(match[0]));
  }
  const words = { starts: Int32Array.from(starts), ends: Int32Array.from(ends), keys };
  if (wordsMet.size >= textsRemembered) wordsMet.delete(wordsMet.keys().next().value as string);
  wordsMet.set(text, words);
  return words;
}

/**
 * A window of about `words` words of `text` around its first match, with an ellipsis where text
 * is left out; the start of the text when nothing matches.
 */
export function snippet(text: string, keys: ReadonlySet<string>, words = 30): Piece[] {
  const before = Math.floor(words / 3);
  const { starts, ends, keys: folded } = wordsOf(text);
  const first = folded.findIndex((key) => keys.has(key));
  const from = Math.max(0, first - before);
  const to = Math.min(folded.length, from + words);
  const start = from === 0 ? 0 : (starts[from] as number);
  const end = to === folded.length ? text.length : to > 0 ? (ends[to - 1] as number) : 0;
  const pieces = highlight(text.slice(start, end), keys);
  if (start > 0) pieces.unshift({ text: "… ", hit: false });
  if (end < text.length) pieces.push({ text: " …", hit: false });
  return pieces;
}
