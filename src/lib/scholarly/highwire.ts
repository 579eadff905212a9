import type { CitableRecord } from "./record";

/** One `<meta>` element: a name (or Open Graph property), its content, and its language if not the page's. */
export interface MetaTag {
  name: string;
  content: string;
  lang?: string;
}

/** "2020" or "2018/03/29": Highwire's date form, with only the precision the source gives. */
const highwireDate = (date: NonNullable<CitableRecord["date"]>) =>
  date.day ? date.day.replaceAll("-", "/") : String(date.year);

/**
 * Google Scholar's Highwire Press tags (scholar.google.com/intl/en/scholar/inclusion.html). Only
 * what the record holds: a DOI and pages only when the source gives them; a PDF only when one is built;
 * addresses only when the site's origin is known. A companion text names the venue it appeared
 * in, never this journal. On a page of a summary in another language the tags describe the same
 * work (its language, full text and PDF), with that summary, in its language, as the abstract.
 */
export function highwireTags(record: CitableRecord): MetaTag[] {
  const tags: MetaTag[] = [{ name: "citation_title", content: record.title }];
  for (const author of record.authors) {
    tags.push({ name: "citation_author", content: author.name });
    if (author.affiliation) tags.push({ name: "citation_author_institution", content: author.affiliation });
    if (author.email) tags.push({ name: "citation_author_email", content: author.email });
  }
  if (record.date) tags.push({ name: "citation_publication_date", content: highwireDate(record.date) });
  const { venue } = record;
  if (venue.kind === "issue") {
    tags.push({ name: "citation_journal_title", content: venue.serial.title });
    if (venue.serial.abbreviation) tags.push({ name: "citation_journal_abbrev", content: venue.serial.abbreviation });
    for (const issn of venue.serial.issns) tags.push({ name: "citation_issn", content: issn });
    if (venue.serial.publisher) tags.push({ name: "citation_publisher", content: venue.serial.publisher.name });
    if (venue.volume) tags.push({ name: "citation_volume", content: venue.volume });
    if (venue.number) tags.push({ name: "citation_issue", content: venue.number });
  }
  if (record.pages) {
    tags.push({ name: "citation_firstpage", content: record.pages.first });
    if (record.pages.last) tags.push({ name: "citation_lastpage", content: record.pages.last });
  } else if (record.elocation) tags.push({ name: "citation_firstpage", content: record.elocation });
  if (record.doi) tags.push({ name: "citation_doi", content: record.doi });
  tags.push({ name: "citation_language", content: record.language });
  if (record.keywords.length > 0) tags.push({ name: "citation_keywords", content: record.keywords.join("; ") });
  if (record.abstract) {
    tags.push({
      name: "citation_abstract",
      content: record.abstract,
      ...(record.landing && { lang: record.landing.lang }),
    });
    const abstractUrl = record.landing ? record.landing.url : record.url;
    if (abstractUrl) tags.push({ name: "citation_abstract_html_url", content: abstractUrl });
  }
  if (record.url) tags.push({ name: "citation_fulltext_html_url", content: record.url });
  if (record.pdfUrl) tags.push({ name: "citation_pdf_url", content: record.pdfUrl });
  for (const reference of record.references) tags.push({ name: "citation_reference", content: reference.text });
  return tags;
}
