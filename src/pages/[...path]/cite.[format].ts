import type { APIRoute, GetStaticPaths } from "astro";
import { loadArchive } from "../../lib/archive";
import { cslItem } from "../../lib/scholarly/csl";
import { toBibtex, toCslJson, toRis } from "../../lib/scholarly/cite";
import { downloadFormats, type DownloadFormat } from "../../lib/scholarly/cite-view";
import type { CitableRecord } from "../../lib/scholarly/record";

/** Reference files beside every text's page (one entry) and every issue's page (all its articles). */
export const getStaticPaths = (async () => {
  const { site, recordOf, issueRecords } = await loadArchive();
  const groups = [
    ...site.texts.map((t) => ({ path: t.path, records: [recordOf(t)] })),
    ...site.issues.map((i) => ({ path: i.path, records: issueRecords(i) })),
  ];
  return groups.flatMap(({ path, records }) =>
    downloadFormats.map((format) => ({
      params: { path: path.replace(/\/$/, ""), format: format.ext },
      props: { records, format },
    })),
  );
}) satisfies GetStaticPaths;

const exporters = { bib: toBibtex, ris: toRis, json: toCslJson };

export const GET: APIRoute<{ records: CitableRecord[]; format: DownloadFormat }> = ({ props }) =>
  new Response(exporters[props.format.ext](props.records.map(cslItem)), {
    headers: { "content-type": props.format.type },
  });
