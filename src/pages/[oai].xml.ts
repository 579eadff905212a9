import type { APIRoute, GetStaticPaths } from "astro";
import { loadArchive, urlOf } from "../lib/archive";
import { oaiJats, oaiStaticRepository } from "../lib/harvest/oai";
import { articleJats } from "../lib/article-jats";
import { oaiHostFromEnv } from "../lib/harvest/oai-host";
import { revisedAt } from "../lib/revised";
import { buildPart, rendersIssue } from "../lib/build/part";
import { loadSite } from "../lib/site";

// A dynamic route so that oai.xml is built only when its host has given the gateway and the
// administrator's address, which no source can supply (see README, "Harvesting").
// In a build in parts, each part writes the records of its own issues' articles, and the merge
// joins them (src/lib/build/merge-oai.ts); a part without articles writes none.
export const getStaticPaths = (async () => {
  const host = oaiHostFromEnv(process.env);
  if (!host) return [];
  if (urlOf("") === undefined)
    throw new Error("CABJ_OAI_GATEWAY: an OAI static repository needs the site's origin too (set CABJ_SITE)");
  const site = await loadSite();
  const articles = site.issues.filter(rendersIssue).some((issue) => issue.articles.length > 0);
  return buildPart() === undefined || articles ? [{ params: { oai: "oai" }, props: { host } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ host: NonNullable<ReturnType<typeof oaiHostFromEnv>> }> = async ({ props }) => {
  const { site, recordOf } = await loadArchive();
  const records = await Promise.all(
    site.issues.filter(rendersIssue).flatMap((issue) =>
      issue.articles.map(async (t) => ({
        record: recordOf(t),
        datestamp: revisedAt(t.file),
        jats: await articleJats(t, { namespace: oaiJats.namespace, declaration: false }),
      })),
    ),
  );
  const body = oaiStaticRepository({
    ...props.host,
    repositoryName: site.journal.title,
    self: urlOf("oai.xml") ?? "",
    records,
  });
  return new Response(body, { headers: { "content-type": "text/xml; charset=utf-8" } });
};
