/** A run of plain text, or a link whose text is its address. */
export type Segment = { text: string } | { url: string };

const urlPattern = /https?:\/\/[^\s<>"]+[^\s<>".,;:)\]]/g;

/** Splits text into plain runs and http(s) addresses, so that pages can link the addresses. */
export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ url: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
