import type { APIRoute } from "astro";
import { loadSearch } from "../../lib/load-search";

/** The search index, fetched by the browser when the search box is first used. */
export const GET: APIRoute = async () => {
  const { index } = await loadSearch();
  return new Response(JSON.stringify(index), { headers: { "content-type": "application/json" } });
};
