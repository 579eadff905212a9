/**
 * The OAI static repository (oai.xml) of a build in parts: each part writes the records of its
 * own issues' articles (src/pages/[oai].xml.ts); the merge joins them into the repository a
 * one-piece build writes, the records in the site's order (issues newest first, articles in
 * printed order), under one Identify whose earliest datestamp is the earliest of all records.
 */

/** A part's repository, cut where the merge joins: the text before, each list's records, the end. */
interface Cut {
  head: string;
  lists: { open: string; records: string[] }[];
  tail: string;
}

const listOpen = /^ {2}<ListRecords metadataPrefix="[^"]+">$/gm;

function cut(xml: string, name: string): Cut {
  const opens = [...xml.matchAll(listOpen)];
  if (opens.length === 0) throw new Error(`${name}: expected <ListRecords> in an OAI static repository`);
  const head = xml.slice(0, opens[0]!.index);
  const lists = opens.map((open, i) => {
    const start = open.index + open[0].length + 1;
    const end = xml.indexOf("\n  </ListRecords>", start - 1);
    if (end === -1 || (i + 1 < opens.length && end > opens[i + 1]!.index))
      throw new Error(`${name}: expected </ListRecords> after ${open[0].trim()}`);
    const body = xml.slice(start, end);
    const records = body === "" ? [] : body.split(/\n(?= {4}<oai:record>)/);
    return { open: open[0], records };
  });
  const last = xml.lastIndexOf("\n  </ListRecords>");
  return { head, lists, tail: xml.slice(last + "\n  </ListRecords>".length) };
}

const earliest = /<oai:earliestDatestamp>([^<]*)<\/oai:earliestDatestamp>/;

/** The issue folder a record belongs to, from its identifier (oai:host:…/issues/<issue>/<slug>). */
const issueOf = (record: string) => /issues\/([^/<]+)\/[^/<]+<\/oai:identifier>/.exec(record)?.[1];

/**
 * One repository from the parts' repositories `parts` ([name, xml]), the records ordered by
 * `issueOrder` (the site's issue ids, newest first). Throws when the parts disagree on anything
 * but their records and earliest datestamp.
 */
export function mergeOai(parts: readonly [string, string][], issueOrder: readonly string[]): string {
  const rank = new Map(issueOrder.map((id, i) => [id, i]));
  const cuts = parts.map(([name, xml]) => ({ name, ...cut(xml, name) }));
  const [first] = cuts;
  if (!first) throw new Error("oai.xml: expected the repository of at least one part");
  const dates = cuts.map((c) => earliest.exec(c.head)?.[1] ?? "");
  const head = (c: Cut) => c.head.replace(earliest, "");
  for (const c of cuts)
    if (
      head(c) !== head(first) ||
      c.tail !== first.tail ||
      c.lists.map((l) => l.open).join() !== first.lists.map((l) => l.open).join()
    )
      throw new Error(
        `oai.xml: expected the same repository description in every part, but ${first.name} and ${c.name} differ: build every part with the same CABJ_OAI_GATEWAY and CABJ_OAI_ADMIN_EMAIL`,
      );
  const position = (record: string, name: string) => {
    const issue = issueOf(record);
    const at = issue === undefined ? undefined : rank.get(issue);
    if (at === undefined)
      throw new Error(`${name}/oai.xml: expected records of the archive's issues, found ${record.slice(0, 200)}`);
    return at;
  };
  const lists = first.lists.map((list, i) =>
    [
      list.open,
      ...cuts
        .flatMap((c) => c.lists[i]!.records.map((record) => ({ record, at: position(record, c.name) })))
        // Stable: within an issue, records keep their part's (printed) order.
        .sort((a, b) => a.at - b.at)
        .map((r) => r.record),
      "  </ListRecords>",
    ].join("\n"),
  );
  const min = dates.filter(Boolean).sort()[0] ?? "";
  return `${first.head.replace(earliest, `<oai:earliestDatestamp>${min}</oai:earliestDatestamp>`)}${lists.join("\n")}${first.tail}`;
}
