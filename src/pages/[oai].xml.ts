import type { APIRoute, GetStaticPaths } from "astro";
import { loadArchive, urlOf } from "../lib/archive";
import { oaiJats, oaiStaticRepository } from "../lib/harvest/oai";
import { articleJats } from "../lib/article-jats";
import { oaiHostFromEnv } from "../lib/harvest/oai-host";
import { revisedAt } from "../lib/revised";
import { buildPart } from "../lib/build/part";

// A dynamic route so that oai.xml is built only when its host has given the gateway and the
// administrator's address, which no source can supply (see README, "Harvesting").
export const getStaticPaths = (() => {
  const host = oaiHostFromEnv(process.env);
  // A part of a build in parts renders only its own texts' bodies; the repository of every
  // article is not one of its files.
  return host && buildPart() === undefined ? [{ params: { oai: "oai" }, props: { host } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ host: NonNullable<ReturnType<typeof oaiHostFromEnv>> }> = async ({ props }) => {
  const { site, recordOf } = await loadArchive();
  const records = await Promise.all(
    site.issues.flatMap((issue) =>
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
    self: urlOf("oai.xml"),
    records,
  });
  return new Response(body, { headers: { "content-type": "text/xml; charset=utf-8" } });
};
