import type { APIRoute } from "astro";
import { loadArchive, urlOf } from "../lib/archive";
import { issueLabel } from "../lib/format";
import { countContent } from "../lib/counts";
import { loadFigures } from "../lib/figures/site";

/** What this archive holds, in one small file: the packaging tool and an archivist read it. */
export const GET: APIRoute = async () => {
  const { site } = await loadArchive();
  const { journal } = site;
  const archive = {
    title: journal.title,
    publisher: journal.publisher.name,
    issn: journal.issn,
    url: urlOf(""),
    issues: site.issues.map((i) => ({
      label: issueLabel(i.data),
      volume: i.data.volume,
      number: i.data.number,
      season: i.data.season,
      year: i.data.year,
      url: urlOf(i.path),
    })),
    companions: site.companions.map((t) => ({ title: t.data.title, url: urlOf(t.path) })),
    counts: countContent(site, await loadFigures()),
  };
  return new Response(`${JSON.stringify(archive, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
