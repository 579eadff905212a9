import type { APIRoute, GetStaticPaths } from "astro";
import { loadSearch } from "../../lib/search/load-search";
import { searchFilesDir } from "../../integrations/search-files";

// A build writes these files itself, as the index is made (load-search.ts): the route serves
// them only from the dev server.
export const getStaticPaths = (async () => {
  if (searchFilesDir() !== undefined) return [];
  const { files } = await loadSearch();
  // The route's path ends in ".json", as the files' names do: a file, not a page, which the
  // site's trailing slash would otherwise be asked of.
  return [...files].map(([name, json]) => ({ params: { file: name.replace(/\.json$/, "") }, props: { json } }));
}) satisfies GetStaticPaths;

/** One search file (src/lib/search/files.ts), named by its content's hash: fetched only when a query needs it. */
export const GET: APIRoute = ({ props }) =>
  new Response(props["json"] as string, { headers: { "content-type": "application/json" } });
