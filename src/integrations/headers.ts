import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headersOf } from "../lib/build/site-files";

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
        const dist = fileURLToPath(dir);
        await writeFile(
          join(dist, "_headers"),
          await headersOf(
            dist,
            pages.map((p) => p.pathname),
            base,
          ),
        );
      },
    },
  };
}
