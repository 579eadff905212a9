import type { CitableRecord } from "./record";
import { cslItem } from "./csl";
import { citationStyles, formatCitation, type FormattedCitation } from "./cite";

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

/** What the "Cite this article" section shows for a text. */
export function citeView(record: CitableRecord, journalTitle: string): CiteView {
  const item = cslItem(record);
  const citations = citationStyles.map((style) => ({ ...style, ...formatCitation(item, style.id) }));
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
