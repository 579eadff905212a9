import { readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { headersFile, policyOf, type PagePolicy } from "../lib/headers-file";
import { href } from "../lib/paths";

/** Writes `_headers` after the build: each page's Content Security Policy as a header too. */
export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "cabj-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ pages, dir }) => {
        const policies: PagePolicy[] = [];
        for (const { pathname } of pages) {
          const notFound = /^404\/?$/.test(pathname);
          const file = notFound ? "404.html" : `${pathname}index.html`;
          const html = await readFile(new URL(file, dir), "utf8").catch(() => undefined);
          const csp = html === undefined ? undefined : policyOf(html);
          if (csp) policies.push({ path: href(notFound ? "404.html" : pathname, base), csp });
        }
        await writeFile(new URL("_headers", dir), headersFile(base, policies));
      },
    },
  };
}
