import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { setSrcDir } from "../lib/build/pool";

/**
 * Tells the pages, which run from Astro's bundle, where the site's `src/` folder is, so that they
 * can start worker threads on its modules (src/lib/build/pool.ts).
 */
export function workers(): AstroIntegration {
  return {
    name: "cabj-workers",
    hooks: {
      "astro:config:setup": ({ config }) => setSrcDir(fileURLToPath(config.srcDir)),
    },
  };
}
