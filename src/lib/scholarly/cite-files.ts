import type { APIRoute, GetStaticPaths } from "astro";
import { loadArchive } from "../archive";
import { rendersIssue, rendersText } from "../build/part";
import { cslItem } from "./csl";
import { toBibtex, toCslJson, toRis } from "./cite";
import { downloadFormats, type DownloadFormat } from "./cite-view";
import type { CitableRecord } from "./record";

const exporters = { bib: toBibtex, ris: toRis, json: toCslJson };

/**
 * The route of one reference-file format (`cite.bib`, `cite.ris`, `cite.json`) beside every text's
 * page (one entry) and every issue's page (all its articles). Each format is a route file of its
 * own, named with its extension, because Astro's dev server answers a route whose extension is a
 * parameter (`cite.[format]`) only with a trailing slash: `cite.bib` would be a 404 under
 * `npm run dev` while the built site has it.
 */
export function citeFileRoute(ext: DownloadFormat["ext"]) {
  const format = downloadFormats.find((f) => f.ext === ext)!;
  const getStaticPaths = (async () => {
    const { site, recordOf, issueRecords } = await loadArchive();
    const groups = [
      ...site.texts.filter((t) => rendersText(site, t)).map((t) => ({ path: t.path, records: [recordOf(t)] })),
      ...site.issues.filter(rendersIssue).map((i) => ({ path: i.path, records: issueRecords(i) })),
    ];
    return groups.map(({ path, records }) => ({ params: { path: path.replace(/\/$/, "") }, props: { records } }));
  }) satisfies GetStaticPaths;
  const GET: APIRoute<{ records: CitableRecord[] }> = ({ props }) =>
    new Response(exporters[ext](props.records.map(cslItem)), { headers: { "content-type": format.type } });
  return { getStaticPaths, GET };
}
