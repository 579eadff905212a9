// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { mathToMathml } from "./src/markdown/math.ts";
import { sitemap } from "./src/integrations/sitemap.ts";

// Where the site is served: CABJ_SITE is the origin (for canonical URLs), CABJ_BASE the path below
// it, e.g. CABJ_BASE=/journals/cabj/ for a library that hosts the archive under its own path.
const site = process.env.CABJ_SITE ?? "http://localhost:4321";
const base = process.env.CABJ_BASE ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  markdown: {
    // Mathematics becomes MathML at build time: no maths JavaScript or fonts reach the reader.
    processor: satteri({ features: { math: true }, mdastPlugins: [mathToMathml] }),
  },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  // Test builds (another base, fixture content) keep their content cache apart from the site's,
  // so that builds running side by side cannot overwrite each other's.
  ...(process.env.CABJ_CACHE_DIR ? { cacheDir: process.env.CABJ_CACHE_DIR } : {}),
});
