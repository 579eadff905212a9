import { issueLabel } from "../format";
import { isLanguage, languageName } from "../languages";
import type { SiteModel, TextModel } from "../model";
import type { HeadField, SearchRecord, SearchSection } from "./build";

/**
 * What search knows of one text: its title, authors, keywords and JEL codes, and its sections in
 * the order of its page: the abstract, the body's sections (`body`, from the rendered page; none
 * when only the front matter is at hand), the references, the summaries.
 */
export function searchRecord(site: SiteModel, text: TextModel, body: readonly SearchSection[] = []): SearchRecord {
  const issue = site.issueOf(text);
  const { data } = text;
  const fields: Partial<Record<HeadField, string>> = {
    title: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
  };
  if (text.authors.length > 0) fields.authors = text.authors.map((a) => a.name).join(", ");
  if (data.keywords) fields.keywords = data.keywords.join("; ");
  if (data.jel) fields.jel = data.jel.join(" ");
  const sections: SearchSection[] = [];
  if (data.abstract)
    sections.push({
      id: "abstract",
      heading: "Abstract",
      field: "abstract",
      lang: data.lang ?? "en",
      text: data.abstract,
    });
  sections.push(...body);
  if (data.references && data.references.length > 0)
    sections.push({
      id: "references",
      heading: "References",
      field: "body",
      lang: "en",
      text: data.references.map((r) => r.text).join(" "),
    });
  // Summaries in the interface languages have a field each; any other language is searched with the abstract.
  for (const summary of text.summaries)
    sections.push({
      id: `summary-${summary.lang}`,
      heading: languageName(summary.lang),
      field: isLanguage(summary.lang) ? summary.lang : "abstract",
      lang: summary.lang,
      text: summary.text,
    });
  return {
    path: text.path,
    kind: text.kind,
    source: issue ? issueLabel(issue.data) : "Companion text",
    fields,
    sections,
  };
}

/** Every text of the site, issues newest first in printed order, then the companion texts. */
export const searchOrder = (site: SiteModel): TextModel[] => [
  ...site.issues.flatMap((issue) => issue.articles),
  ...site.companions,
];

/** Every text's record, given each text's body sections (by path). */
export const searchRecords = (
  site: SiteModel,
  bodies: ReadonlyMap<string, readonly SearchSection[]> = new Map(),
): SearchRecord[] => searchOrder(site).map((text) => searchRecord(site, text, bodies.get(text.path)));
