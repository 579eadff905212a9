import type { CitableRecord } from "./record";
import type { MetaTag } from "./highwire";

/**
 * What describes a text to search engines and link previews: its abstract; for a text known only
 * by a statement of where it appeared, that statement. A blog post says where it appeared in its
 * own fields, and its statement is no abstract (Zotero would save it as one).
 */
export const textDescription = (record: CitableRecord): string | undefined =>
  record.abstract ?? (record.venue.kind === "page" ? record.provenance : undefined);

/**
 * Open Graph tags (ogp.me) for a text's page: what a link preview shows. `og:url` is the text's
 * own page (the English full text, also on its summaries' pages), and only when the origin is known.
 */
export function openGraphTags(record: CitableRecord, siteName: string): MetaTag[] {
  const description = textDescription(record);
  return [
    { name: "og:type", content: "article" },
    { name: "og:title", content: record.title },
    ...(record.url ? [{ name: "og:url", content: record.url }] : []),
    { name: "og:site_name", content: siteName },
    ...(description ? [{ name: "og:description", content: description }] : []),
    ...(record.date?.day ? [{ name: "article:published_time", content: record.date.day }] : []),
    ...(record.section ? [{ name: "article:section", content: record.section }] : []),
    ...record.keywords.map((k) => ({ name: "article:tag", content: k })),
  ];
}
