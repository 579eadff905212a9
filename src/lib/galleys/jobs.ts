/** One PDF to print: the page to print it from and the file it goes to, both below the site root. */
export interface GalleyJob {
  /** The page's path below the site root, "issues/11-1/bang/". */
  page: string;
  /** The PDF's path below the site root, "issues/11-1/bang/bang.pdf". */
  pdf: string;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll("&amp;", "&");

/**
 * The PDF addresses a built page names, as written: its `citation_pdf_url` and every link to a
 * PDF. `promisedPdfs` keeps those of this site.
 */
export function pdfLinks(html: string): string[] {
  const targets: string[] = [];
  // Most of an archive's pages name no PDF: they are not searched tag by tag.
  if (!html.includes(".pdf")) return targets;
  for (const tag of html.match(/<meta\s[^>]*name="citation_pdf_url"[^>]*>/g) ?? []) {
    const content = attribute(tag, "content");
    if (content !== undefined) targets.push(content);
  }
  for (const tag of html.match(/<a\s[^>]*>/g) ?? []) {
    const href = attribute(tag, "href");
    if (href !== undefined && /\.pdf(?:$|[?#])/.test(href)) targets.push(href);
  }
  return targets;
}

/**
 * The PDFs a built page promises: its `citation_pdf_url` and every link to a PDF on this site.
 * Every one must exist when the build ends, so the printer reads its work from the pages
 * themselves rather than from a second list that could disagree with them.
 * `links` are the page's `pdfLinks`, `pageUrl` its absolute URL; `root` the site's root URL (origin and base).
 */
export function promisedPdfs(links: readonly string[], pageUrl: string, root: string): string[] {
  const own = new Set<string>();
  for (const link of links) {
    const url = new URL(link, pageUrl);
    url.hash = "";
    if (url.href.startsWith(root)) own.add(decodeURIComponent(url.href.slice(root.length)));
  }
  return [...own].sort();
}

/** The stylesheets a built page links, as paths below the site root. */
export function linkedStylesheets(html: string, pageUrl: string, root: string): string[] {
  const sheets: string[] = [];
  for (const tag of html.match(/<link\s[^>]*rel="stylesheet"[^>]*>/g) ?? []) {
    const href = attribute(tag, "href");
    if (href === undefined) continue;
    const url = new URL(href, pageUrl).href;
    if (url.startsWith(root)) sheets.push(decodeURIComponent(url.slice(root.length)));
  }
  return sheets;
}
