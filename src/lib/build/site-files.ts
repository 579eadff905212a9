/**
 * The files made from every page of the built site (sitemap.xml, _headers), written by the
 * build's integrations from the pages Astro built and by the merge of a build in parts from the
 * pages of every part: one function for both, so that a merged site equals a one-piece build.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { sitemapXml } from "../harvest/sitemap";
import { headersFile, type PagePolicy } from "../headers-file";
import { href } from "../paths";
import { notFound, pageFacts } from "./page-facts";

/** sitemap.xml of the pages (Astro's pathnames, below the base): every page but the 404 page. */
export function sitemapOf(pathnames: readonly string[], site: string, base: string): string {
  const urls = pathnames
    .filter((p) => (p === "" || p.endsWith("/")) && !notFound(p))
    .map((p) => new URL(href(p, base), site).href);
  return sitemapXml(urls);
}

/** `_headers` for the pages of the built site in `dist`: each page's policy, read from its HTML. */
export async function headersOf(dist: string, pathnames: readonly string[], base: string): Promise<string> {
  const facts = await pageFacts(dist, pathnames);
  const policies: PagePolicy[] = [];
  for (const pathname of pathnames) {
    const csp = facts.get(pathname)?.csp;
    if (csp) policies.push({ path: href(notFound(pathname) ? "404.html" : pathname, base), csp });
  }
  return headersFile(base, policies);
}

/** Writes sitemap.xml and _headers into `dist` from its pages. */
export async function writeSiteFiles(dist: string, pathnames: readonly string[], site: string, base: string) {
  await writeFile(join(dist, "sitemap.xml"), sitemapOf(pathnames, site, base));
  await writeFile(join(dist, "_headers"), await headersOf(dist, pathnames, base));
}
