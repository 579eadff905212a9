import type { CitableRecord } from "./record";
import type { MetaTag } from "./highwire";

/** The namespace the `DC.` prefix stands for; pages declare it with `<link rel="schema.DC">`. */
export const dublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

/** Zotero's export vocabulary, for `z.itemType`; pages that use it declare it with `<link rel="schema.z">`. */
export const zoteroNamespace = "http://www.zotero.org/namespaces/export#";

/**
 * Dublin Core elements as HTML meta tags, in the form Open Journal Systems uses. The abstract and
 * each summary are descriptions in their own languages. A blog post names its blog as its source,
 * and Zotero's own vocabulary (`z.itemType`, declared by the page) says it is a blog post, which
 * neither Dublin Core nor Open Graph can say.
 */
export function dublinCoreTags(record: CitableRecord): MetaTag[] {
  const tags: MetaTag[] = [{ name: "DC.Title", content: record.title }];
  for (const author of record.authors) tags.push({ name: "DC.Creator.PersonalName", content: author.name });
  if (record.date) tags.push({ name: "DC.Date.issued", content: record.date.day ?? String(record.date.year) });
  // On a summary's own page the abstract is that summary, already among the summaries.
  if (record.abstract && !record.landing)
    tags.push({ name: "DC.Description", content: record.abstract, lang: record.language });
  for (const summary of record.summaries)
    tags.push({ name: "DC.Description", content: summary.text, lang: summary.lang });
  for (const keyword of record.keywords) tags.push({ name: "DC.Subject", content: keyword });
  tags.push({ name: "DC.Language", content: record.language });
  tags.push({ name: "DC.Format", content: "text/html" });
  if (record.url) tags.push({ name: "DC.Identifier.URI", content: record.url });
  if (record.doi) tags.push({ name: "DC.Identifier", content: `https://doi.org/${record.doi}` });
  if (record.doi) tags.push({ name: "DC.Identifier.DOI", content: record.doi });
  if (record.license?.url) tags.push({ name: "DC.Rights", content: record.license.url });
  else if (record.license?.text) tags.push({ name: "DC.Rights", content: record.license.text });
  tags.push({ name: "DC.Type", content: "Text" });
  if (record.section) tags.push({ name: "DC.Type.articleType", content: record.section });
  const { venue } = record;
  if (venue.kind === "issue") {
    if (venue.serial.publisher) tags.push({ name: "DC.Publisher", content: venue.serial.publisher.name });
    tags.push({ name: "DC.Source", content: venue.serial.title });
    for (const issn of venue.serial.issns) tags.push({ name: "DC.Source.ISSN", content: issn });
    if (venue.volume) tags.push({ name: "DC.Source.Volume", content: venue.volume });
    if (venue.number) tags.push({ name: "DC.Source.Issue", content: venue.number });
    if (venue.url) tags.push({ name: "DC.Source.URI", content: venue.url });
    if (venue.textUrl) tags.push({ name: "DC.Relation", content: venue.textUrl });
  }
  if (venue.kind === "blog") {
    tags.push({ name: "DC.Source", content: venue.name });
    tags.push({ name: "z.itemType", content: "blogPost" });
  }
  // A text known only by a statement of where it appeared names its source by that statement.
  if (venue.kind === "page" && record.provenance) tags.push({ name: "DC.Source", content: record.provenance });
  return tags;
}
