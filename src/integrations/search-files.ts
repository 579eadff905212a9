import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const variable = "CABJ_SEARCH_FILES_DIR";

/**
 * Where a build writes the search files (src/lib/search/load-search.ts): `search/` in its output
 * folder, as the index is made, instead of one route per file (61,840 files at 10,000 texts, each
 * held in memory until Astro wrote it); the entry alone comes from its route, search/index.json
 * (in a build in parts, the part's records, for the merge). Undefined for the dev server, whose
 * routes serve every file.
 */
export const searchFilesDir = (): string | undefined => process.env[variable];

/** Tells the pages of a build, which render in this process, where the search files go. */
export function searchFiles(): AstroIntegration {
  return {
    name: "cabj-search-files",
    hooks: {
      "astro:config:setup": ({ command, config }) => {
        if (command === "build") process.env[variable] = fileURLToPath(new URL("search/", config.outDir));
        else delete process.env[variable];
      },
    },
  };
}
