import { readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { sitemapXml } from "../lib/harvest/sitemap";
import { href } from "../lib/paths";
import { formatCounts, type ContentCounts } from "../lib/counts";

/**
 * Prints what the build holds (from archive.json) and writes sitemap.xml after the build from the pages the build actually made, so that every page
 * is listed whoever adds it; the 404 page is not a page to index. A sitemap lists absolute URLs:
 * without the site's origin none is written (the build has said so, src/integrations/origin.ts).
 */
export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = "/";
  return {
    name: "cabj-sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site;
        base = config.base;
      },
      "astro:build:done": async ({ pages, dir, logger }) => {
        const origin = site;
        if (origin !== undefined) {
          const urls = pages
            .map((p) => p.pathname)
            .filter((p) => (p === "" || p.endsWith("/")) && !/^404\/?$/.test(p))
            .map((p) => new URL(href(p, base), origin).href);
          await writeFile(new URL("sitemap.xml", dir), sitemapXml(urls));
        }
        // Nothing is dropped silently: the build says what it holds.
        const archive = JSON.parse(await readFile(new URL("archive.json", dir), "utf8")) as { counts: ContentCounts };
        logger.info(`Built ${formatCounts(archive.counts)}.`);
      },
    },
  };
}
