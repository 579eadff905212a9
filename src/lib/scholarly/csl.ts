import type { CitableRecord } from "./record";

/** A CSL-JSON item (citationstyles.org): the input every citation style and export reads. */
export interface CslItem {
  id: string;
  type: "article-journal" | "post-weblog" | "webpage";
  title: string;
  author?: { family: string; given?: string }[];
  issued?: { "date-parts": [[number] | [number, number, number]] };
  "container-title"?: string;
  volume?: string;
  issue?: string;
  ISSN?: string;
  publisher?: string;
  "publisher-place"?: string;
  URL?: string;
  language: string;
  abstract?: string;
  DOI?: string;
  page?: string;
}

const dateParts = (date: NonNullable<CitableRecord["date"]>): [number] | [number, number, number] => {
  if (!date.day) return [date.year];
  const [y, m, d] = date.day.split("-").map(Number);
  return [y ?? date.year, m ?? 1, d ?? 1];
};

/**
 * The CSL-JSON item of a text. An article of this journal, or a companion text that appeared in
 * another serial, is a journal article there (with that venue's address when it has one); a post
 * on a blog is a blog post in it; a companion text known only by a statement is cited as the page
 * the reader has. No URL when the site's origin is unknown. Keywords stay out: CSL keeps them in
 * one comma-separated string, and printed keywords contain commas.
 */
export function cslItem(record: CitableRecord): CslItem {
  const { venue } = record;
  const inSerial = venue.kind === "issue";
  const url = (inSerial && venue.textUrl) || record.url;
  return {
    id: record.slug,
    type: inSerial ? "article-journal" : venue.kind === "blog" ? "post-weblog" : "webpage",
    title: record.title,
    ...(record.authors.length > 0 && {
      author: record.authors.map((a) =>
        a.given !== undefined ? { family: a.family, given: a.given } : { family: a.family },
      ),
    }),
    ...(record.date && { issued: { "date-parts": [dateParts(record.date)] } }),
    ...(inSerial && { "container-title": venue.serial.title }),
    ...(venue.kind === "blog" && { "container-title": venue.name }),
    ...(inSerial && venue.volume && { volume: venue.volume }),
    ...(inSerial && venue.number && { issue: venue.number }),
    ...(inSerial && venue.serial.issns.length > 0 && { ISSN: venue.serial.issns.join(", ") }),
    ...(inSerial && venue.serial.publisher && { publisher: venue.serial.publisher.name }),
    ...(inSerial && venue.serial.publisher?.place !== undefined && { "publisher-place": venue.serial.publisher.place }),
    ...(url && { URL: url }),
    language: record.language,
    ...(record.abstract !== undefined && { abstract: record.abstract }),
    ...(record.doi !== undefined && { DOI: record.doi }),
    ...(record.pages && { page: [record.pages.first, record.pages.last].filter(Boolean).join("-") }),
    ...(!record.pages && record.elocation !== undefined && { page: record.elocation }),
  };
}
