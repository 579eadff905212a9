import { readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { sitemapOf } from "../lib/build/site-files";
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
        if (site !== undefined)
          await writeFile(
            new URL("sitemap.xml", dir),
            sitemapOf(
              pages.map((p) => p.pathname),
              site,
              base,
            ),
          );
        // Nothing is dropped silently: the build says what it holds.
        const archive = JSON.parse(await readFile(new URL("archive.json", dir), "utf8")) as { counts: ContentCounts };
        logger.info(`Built ${formatCounts(archive.counts)}.`);
      },
    },
  };
}
