import { issueLabel } from "../format";
import { isLanguage } from "../languages";
import type { SiteModel, TextModel } from "../model";
import type { SearchRecord } from "./build";
import type { Field } from "./options";

/** Shard of the companion texts, which belong to no issue. */
export const companionShard = "companions";

/** What search knows of one text: every field it looks in, as the content gives it. */
export function searchRecord(site: SiteModel, text: TextModel): SearchRecord {
  const issue = site.issueOf(text);
  const { data } = text;
  const fields: Partial<Record<Field, string>> = {
    title: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
  };
  if (text.authors.length > 0) fields.authors = text.authors.map((a) => a.name).join(", ");
  if (data.keywords) fields.keywords = data.keywords.join("; ");
  if (data.jel) fields.jel = data.jel.join(" ");
  if (data.abstract) fields.abstract = data.abstract;
  // Summaries in the interface languages have a field each; any other language is searched with the abstract.
  const others: string[] = [];
  for (const summary of text.summaries)
    if (isLanguage(summary.lang)) fields[summary.lang] = summary.text;
    else others.push(summary.text);
  if (others.length > 0) fields.abstract = [fields.abstract, ...others].filter(Boolean).join("\n\n");
  return {
    path: text.path,
    shard: issue ? issue.id : companionShard,
    kind: text.kind,
    source: issue ? issueLabel(issue.data) : "Companion text",
    fields,
  };
}

/** Every text of the site, issues newest first in printed order, then the companion texts. */
export const searchRecords = (site: SiteModel): SearchRecord[] => [
  ...site.issues.flatMap((issue) => issue.articles.map((text) => searchRecord(site, text))),
  ...site.companions.map((text) => searchRecord(site, text)),
];
