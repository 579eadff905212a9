import type { APIRoute, GetStaticPaths } from "astro";
import { loadSearch } from "../../../lib/load-search";

export const getStaticPaths = (async () => {
  const { shards } = await loadSearch();
  return [...shards].map(([shard, records]) => ({ params: { shard }, props: { records } }));
}) satisfies GetStaticPaths;

/** What the results of one issue (or of the companion texts) show: fetched for results on screen. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props["records"]), { headers: { "content-type": "application/json" } });
