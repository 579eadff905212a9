import type { CitableRecord } from "./record";
import type { MetaTag } from "./highwire";

/** Open Graph tags (ogp.me) for a text's page: what a link preview shows. */
export function openGraphTags(record: CitableRecord, siteName: string): MetaTag[] {
  const description = record.abstract ?? record.provenance;
  return [
    { name: "og:type", content: "article" },
    { name: "og:title", content: record.title },
    { name: "og:url", content: record.url },
    { name: "og:site_name", content: siteName },
    ...(description ? [{ name: "og:description", content: description }] : []),
    ...(record.section ? [{ name: "article:section", content: record.section }] : []),
    ...record.keywords.map((k) => ({ name: "article:tag", content: k })),
  ];
}
