/**
 * What the build's last steps read from every built page: its Content Security Policy (for
 * `_headers`) and the PDFs it names (for the galleys). An archive's pages are read once for both,
 * by whichever step asks first; the facts are a few bytes a page.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { policyOf } from "../headers-file";
import { pdfLinks } from "../galleys/jobs";

export interface PageFacts {
  /** Its Content Security Policy, from its `<meta http-equiv>`. */
  csp: string | undefined;
  /** The PDF addresses it names, as written (`pdfLinks`). */
  pdfs: string[];
}

/** Whether an Astro pathname is the 404 page, built as 404.html. */
export const notFound = (pathname: string) => /^404\/?$/.test(pathname);

/** The file of the page at an Astro pathname, below the built site's folder. */
export const pageFile = (pathname: string) => (notFound(pathname) ? "404.html" : `${pathname}index.html`);

let last: { key: string; facts: Promise<Map<string, PageFacts>> } | undefined;

/** Each built page's facts, by pathname; a pathname with no HTML file (an endpoint) has none. */
export function pageFacts(dist: string, pathnames: readonly string[]): Promise<Map<string, PageFacts>> {
  const key = `${dist}\n${pathnames.join("\n")}`;
  if (last?.key !== key) last = { key, facts: readFacts(dist, pathnames) };
  return last.facts;
}

async function readFacts(dist: string, pathnames: readonly string[]): Promise<Map<string, PageFacts>> {
  const facts = new Map<string, PageFacts>();
  for (const pathname of pathnames) {
    const html = await readFile(join(dist, pageFile(pathname)), "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (html !== undefined) facts.set(pathname, { csp: policyOf(html), pdfs: pdfLinks(html) });
  }
  return facts;
}
