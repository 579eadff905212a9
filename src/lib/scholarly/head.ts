import type { CitableRecord, IssueVenue, PublicationDate } from "./record";
import { highwireTags, type MetaTag } from "./highwire";
import { dublinCoreTags } from "./dublin-core";
import { openGraphTags } from "./open-graph";
import { articleJsonLd, issueJsonLd, type JsonLd } from "./json-ld";

/** What a page adds to its <head> for indexers: meta tags and one JSON-LD graph. */
export interface HeadMetadata {
  tags: MetaTag[];
  jsonLd: JsonLd;
  /** Whether the tags use the `DC.` prefix, which the page must declare. */
  dublinCore: boolean;
}

/** Highwire, Dublin Core, Open Graph and JSON-LD for a text's page. */
export function textHead(record: CitableRecord, siteName: string): HeadMetadata {
  return {
    tags: [...highwireTags(record), ...dublinCoreTags(record), ...openGraphTags(record, siteName)],
    jsonLd: articleJsonLd(record),
    dublinCore: true,
  };
}

/** Open Graph and PublicationIssue JSON-LD for an issue's page. */
export function issueHead(
  records: CitableRecord[],
  venue: IssueVenue,
  date: PublicationDate,
  siteName: string,
): HeadMetadata {
  const tags: MetaTag[] = [
    { name: "og:type", content: "website" },
    { name: "og:title", content: `${venue.serial.title}, ${venue.label ?? ""}`.replace(/, $/, "") },
    ...(venue.url !== undefined ? [{ name: "og:url", content: venue.url }] : []),
    { name: "og:site_name", content: siteName },
  ];
  return { tags, jsonLd: issueJsonLd(records, venue, date), dublinCore: false };
}
