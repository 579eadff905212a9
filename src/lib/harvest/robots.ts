/**
 * robots.txt: everything may be crawled; the sitemap says where every page is. Without the site's
 * origin there is no sitemap (its URLs must be absolute), and no line naming one.
 */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ""}`;
}
