import type { IssueModel, SiteModel, TextModel } from "./model";
import type { Summary } from "../schemas/summary";

export interface IssueSummaries {
  issue: IssueModel;
  /** The issue's articles that have a summary in the language, in printed order, with it. */
  entries: { text: TextModel; summary: Summary }[];
}

/** Every issue (newest first) with the summaries its articles have in `lang` (a BCP 47 tag). */
export function summariesIn(site: SiteModel, lang: string): IssueSummaries[] {
  return site.issues.map((issue) => ({
    issue,
    entries: issue.articles.flatMap((text) => {
      const summary = text.summaries.find((s) => s.lang === lang);
      return summary ? [{ text, summary }] : [];
    }),
  }));
}
