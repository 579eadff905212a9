import { xml } from "./xml";

/**
 * A sitemap (sitemaps.org protocol 0.9) of absolute page URLs. No <lastmod>: pages carry no date
 * of change that a source gives, and a build time would claim changes that never happened.
 */
export function sitemapXml(urls: string[]): string {
  const lines = [...new Set(urls)].sort().map((u) => `  <url><loc>${xml(u)}</loc></url>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...lines,
    `</urlset>`,
    ``,
  ].join("\n");
}
