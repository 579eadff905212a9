import { createHash } from "node:crypto";
import type { CitableRecord } from "./record";
import { cslItem, type CslItem } from "./csl";
import { citationStyles, type CitationStyle, type FormattedCitation } from "./cite";
import { workerPool, type Pool } from "../build/pool";

/** The reference files built for every text and every issue. */
export const downloadFormats = [
  { ext: "bib", label: "BibTeX", type: "application/x-bibtex; charset=utf-8" },
  { ext: "ris", label: "RIS", type: "application/x-research-info-systems; charset=utf-8" },
  { ext: "json", label: "CSL-JSON", type: "application/vnd.citationstyles.csl+json; charset=utf-8" },
] as const;

export type DownloadFormat = (typeof downloadFormats)[number];

export interface CiteView {
  heading: string;
  /** For a companion text: which publication the citations name. */
  note?: string;
  citations: ({ id: string; label: string } & FormattedCitation)[];
}

/** The heading of a text's "Cite this" section. */
export const citeHeading = (record: CitableRecord) =>
  record.kind === "article" ? "Cite this article" : "Cite this text";

type Formatted = Record<CitationStyle, FormattedCitation>;

let threads: Pool<CslItem, Formatted> | undefined;
/**
 * Each work's entries, by a hash of its item, once asked for: a text's English page and its
 * language pages cite the same work. A few hundred bytes per text.
 */
const asked = new Map<string, Promise<Formatted>>();

/**
 * A work's entries in every style, formatted on a citation thread (cite-worker.ts): citeproc is
 * the costliest part of a text's page, and the build renders other pages meanwhile.
 */
function formatted(item: CslItem): Promise<Formatted> {
  const key = createHash("sha256").update(JSON.stringify(item)).digest("base64");
  let result = asked.get(key);
  if (result === undefined) {
    threads ??= workerPool<CslItem, Formatted>("lib/scholarly/cite-worker.ts");
    result = threads.run(item);
    // Asked for ahead (citeAhead), it may fail before a page awaits it: the page gets the error then.
    result.catch(() => undefined);
    asked.set(key, result);
  }
  return result;
}

/**
 * Starts formatting the works' entries now, in this order, so that they are ready, or nearly, when
 * their pages are rendered: the citation thread works while this one renders other pages.
 */
export function citeAhead(records: Iterable<CitableRecord>): void {
  for (const record of records) void formatted(cslItem(record));
}

/** What the "Cite this article" section shows for a text. */
export async function citeView(record: CitableRecord, journalTitle: string): Promise<CiteView> {
  const entries = await formatted(cslItem(record));
  const citations = citationStyles.map((style) => ({ ...style, ...entries[style.id] }));
  const heading = citeHeading(record);
  if (record.kind === "article") return { heading, citations };
  const { venue } = record;
  const note =
    venue.kind === "issue"
      ? `This text is not part of the ${journalTitle}. These citations name it as published in ${venue.serial.title}.`
      : venue.kind === "blog"
        ? `This text is not part of the ${journalTitle}. These citations name it as a post on the blog ${venue.name}; no address of that post is known, so they name this page.`
        : `This text is not part of the ${journalTitle}. No other address of it is known, so these citations name this page.`;
  return { heading, note, citations };
}
