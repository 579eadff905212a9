import type { APIRoute, GetStaticPaths } from "astro";
import { loadSearch } from "../../../lib/load-search";
import { loadSite } from "../../../lib/site";
import { rendersIssue } from "../../../lib/build/part";

export const getStaticPaths = (async () => {
  const [{ shards }, site] = await Promise.all([loadSearch(), loadSite()]);
  // In a build in parts, each part writes the shards of its own issues (src/lib/build/part.ts).
  const elsewhere = new Set(site.issues.filter((issue) => !rendersIssue(issue)).map((issue) => issue.id));
  return [...shards]
    .filter(([shard]) => !elsewhere.has(shard))
    .map(([shard, records]) => ({ params: { shard }, props: { records } }));
}) satisfies GetStaticPaths;

/** What the results of one issue (or of the companion texts) show: fetched for results on screen. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props["records"]), { headers: { "content-type": "application/json" } });
