// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { markdownProcessor } from "./src/markdown/processor.ts";
import { sitemap } from "./src/integrations/sitemap.ts";
import { galleys } from "./src/integrations/galleys.ts";
import { searchFiles } from "./src/integrations/search-files.ts";
import { workers } from "./src/integrations/workers.ts";
import { securityHeaders } from "./src/integrations/headers.ts";
import { cacheDir } from "./src/lib/content/cache.ts";
import { originNotice } from "./src/integrations/origin.ts";
import { siteOrigin } from "./src/lib/site-origin.ts";
import { contentRoot } from "./src/lib/content-root.ts";

// Where the site is served: CABJ_SITE (else `site` in journal.yaml) is the origin, for absolute
// URLs; CABJ_BASE the path below it, e.g. CABJ_BASE=/journals/cabj/ for a library that hosts the
// archive under its own path. With no origin, pages and files carry no absolute URL of the site.
const origin = siteOrigin(process.env, contentRoot);
const site = origin.origin;
const base = process.env.CABJ_BASE ?? "/";

export default defineConfig({
  ...(site !== undefined && { site }),
  base,
  trailingSlash: "always",
  // The content store and the rendered texts live with the checkout, not in node_modules, so that
  // builds sharing node_modules never read each other's content; CABJ_CACHE_DIR keeps test builds
  // (another base, fixture content) apart from the site's.
  cacheDir,
  // Pages render a few at a time, so that while one waits for a worker thread (its citations,
  // src/lib/build/pool.ts) this thread renders the next.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  markdown: {
    // The texts have no code blocks; Shiki's inline styles would break the Content Security Policy.
    syntaxHighlight: false,
    // Mathematics as MathML, footnotes with their printed numbers, notes that open in place…
    // (src/markdown/processor.ts).
    processor: markdownProcessor(),
  },
  // A Content Security Policy in every page's <meta http-equiv>: everything from the site itself,
  // scripts only from its own files or by hash (Astro hashes the scripts and styles it emits).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [originNotice(origin), mdx(), sitemap(), securityHeaders(), galleys(), searchFiles(), workers()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Upstream's, not ours: Astro's MDX integration marks each MDX module with the directive
        // "use astro:head-inject", which Rolldown warns it may not keep when bundling (withastro/astro
        // #18087, open). Astro does not need it kept, so that one warning is dropped; every other
        // warning, and any other module-level directive, is still reported.
        onwarn(warning, warn) {
          const headInject =
            warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"');
          if (!headInject) warn(warning);
        },
      },
    },
  },
});
