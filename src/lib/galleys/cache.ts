import { createHash } from "node:crypto";

/**
 * The page as paper sees it, for the key: the header's search form is not printed, so a change to
 * it (its words, its attributes) reprints no PDF.
 */
const printedHtml = (html: string) => html.replace(/<form\b[^>]*\brole="search"[^>]*>[\s\S]*?<\/form>/g, "");

/**
 * The cache key of a PDF: everything that decides how it looks. The page's HTML, the stylesheets
 * it links (by content, not name), the PDF settings and the printer (its path and the
 * executable's size and date, which change when the browser is upgraded).
 */
export function galleyKey(parts: { html: string; stylesheets: string[]; settings: unknown; printer: string }): string {
  const hash = createHash("sha256");
  for (const part of [parts.printer, JSON.stringify(parts.settings), printedHtml(parts.html), ...parts.stylesheets])
    hash.update(createHash("sha256").update(part).digest());
  return hash.digest("hex");
}
