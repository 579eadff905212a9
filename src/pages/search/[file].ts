import type { APIRoute, GetStaticPaths } from "astro";
import { loadSearch } from "../../lib/search/load-search";

export const getStaticPaths = (async () => {
  const { files } = await loadSearch();
  return [...files].map(([file, json]) => ({ params: { file }, props: { json } }));
}) satisfies GetStaticPaths;

/** One search file (src/lib/search/files.ts), named by its content's hash: fetched only when a query needs it. */
export const GET: APIRoute = ({ props }) =>
  new Response(props["json"] as string, { headers: { "content-type": "application/json" } });
