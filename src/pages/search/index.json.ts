import type { APIRoute } from "astro";
import { loadSearch } from "../../lib/search/load-search";

/**
 * The search index's entry (src/lib/search/files.ts), under the fixed name every page carries: the
 * one route that waits for the index, while the pages render. In a build in parts, the part's
 * search records, which the merge replaces with the site's entry.
 */
export const GET: APIRoute = async () =>
  new Response((await loadSearch()).entry, { headers: { "content-type": "application/json" } });
