import type { CitableRecord, IssueVenue, PublicationDate, Serial } from "./record";

/** A JSON-LD node: plain data, serialised into a `<script type="application/ld+json">`. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

const context = "https://schema.org";

const isoDate = (date: PublicationDate) => date.day ?? String(date.year);

function periodical(serial: Serial): JsonLd {
  return {
    "@type": "Periodical",
    name: serial.title,
    ...(serial.abbreviation !== undefined && { alternateName: serial.abbreviation }),
    ...(serial.issns.length > 0 && { issn: serial.issns }),
    ...(serial.url !== undefined && { url: serial.url }),
    ...(serial.publisher !== undefined && {
      publisher: {
        "@type": "Organization",
        name: serial.publisher.name,
        ...(serial.publisher.place !== undefined && { address: serial.publisher.place }),
      },
    }),
  };
}

/** PublicationIssue → PublicationVolume → Periodical, with only the levels the venue has. */
function issueNode(venue: IssueVenue, date: PublicationDate | undefined): JsonLd {
  const journal = periodical(venue.serial);
  const volume: JsonLd = venue.volume
    ? { "@type": "PublicationVolume", volumeNumber: venue.volume, isPartOf: journal }
    : journal;
  if (!venue.number) return volume;
  return {
    "@type": "PublicationIssue",
    ...(venue.url !== undefined && { "@id": venue.url, url: venue.url }),
    issueNumber: venue.number,
    ...(date && { datePublished: isoDate(date) }),
    isPartOf: volume,
  };
}

const jsonType = { issue: "ScholarlyArticle", blog: "BlogPosting", page: "Article" } as const;

/**
 * schema.org JSON-LD for a text's page. An article of an issue is a ScholarlyArticle in
 * PublicationIssue → PublicationVolume → Periodical; a companion text is placed in the venue it
 * appeared in (a BlogPosting in its Blog), or is a plain Article when that venue is only known by
 * a statement. On a summary's page the abstract is that summary, in its language.
 */
export function articleJsonLd(record: CitableRecord): JsonLd {
  const { venue } = record;
  // Summaries in their languages, and for a companion text the statement of where it appeared.
  const descriptions: JsonLd[] = [
    ...record.summaries.map((s) => ({ "@value": s.text, "@language": s.lang })),
    ...(record.provenance !== undefined ? [{ "@value": record.provenance, "@language": record.language }] : []),
  ];
  return {
    "@context": context,
    "@type": jsonType[venue.kind],
    ...(record.url !== undefined && { "@id": record.url, url: record.url }),
    headline: record.title,
    name: record.title,
    inLanguage: record.language,
    ...(record.authors.length > 0 && {
      author: record.authors.map((a) => ({
        "@type": "Person",
        name: a.name,
        ...(a.family !== a.name && { familyName: a.family }),
        ...(a.given !== undefined && { givenName: a.given }),
        ...(a.affiliation !== undefined && { affiliation: { "@type": "Organization", name: a.affiliation } }),
        ...(a.email !== undefined && { email: a.email }),
      })),
    }),
    ...(record.date && { datePublished: isoDate(record.date) }),
    ...(record.abstract !== undefined && {
      abstract: record.landing ? { "@value": record.abstract, "@language": record.landing.lang } : record.abstract,
    }),
    ...(descriptions.length > 0 && { description: descriptions }),
    ...(record.keywords.length > 0 && { keywords: record.keywords }),
    ...(record.section !== undefined && { articleSection: record.section }),
    ...(record.doi !== undefined && {
      identifier: { "@type": "PropertyValue", propertyID: "DOI", value: record.doi },
      sameAs: `https://doi.org/${record.doi}`,
    }),
    ...(record.pages && {
      pageStart: record.pages.first,
      ...(record.pages.last !== undefined && { pageEnd: record.pages.last }),
    }),
    ...(record.license &&
      (record.license.url !== undefined || record.license.text !== undefined) && {
        license: record.license.url ?? record.license.text ?? "",
      }),
    ...(venue.kind === "issue" && { isPartOf: issueNode(venue, record.date) }),
    ...(venue.kind === "blog" && { isPartOf: { "@type": "Blog", name: venue.name } }),
    ...(venue.kind === "issue" &&
      venue.serial.publisher && { publisher: { "@type": "Organization", name: venue.serial.publisher.name } }),
    ...(venue.kind === "issue" && venue.textUrl !== undefined && { sameAs: venue.textUrl }),
    ...(record.references.length > 0 && {
      citation: record.references.map((r) => ({
        "@type": "CreativeWork",
        description: r.text,
        ...(r.title !== undefined && { name: r.title }),
        ...(r.url !== undefined && { url: r.url }),
      })),
    }),
  };
}

/** schema.org JSON-LD for an issue's page: the PublicationIssue and the articles it holds. */
export function issueJsonLd(records: CitableRecord[], venue: IssueVenue, date: PublicationDate): JsonLd {
  return {
    "@context": context,
    ...issueNode(venue, date),
    ...(venue.label !== undefined && { name: venue.label }),
    hasPart: records.map((r) => ({
      "@type": "ScholarlyArticle",
      ...(r.url !== undefined && { "@id": r.url, url: r.url }),
      name: r.title,
    })),
  };
}
