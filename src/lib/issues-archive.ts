import type { IssueModel, SiteModel } from "./model";

/** Past this many texts the archive shows each issue's contents folded, so the page stays a list of issues. */
export const foldAbove = 100;

export interface ArchiveYear {
  year: number;
  /** That year's issues, newest first. */
  issues: IssueModel[];
}

export interface IssuesArchive {
  years: ArchiveYear[];
  /** How many articles every issue holds together. */
  articles: number;
  /** Whether each issue's contents are folded (more than `foldAbove` articles in all). */
  folded: boolean;
}

/** Every issue, newest first, grouped by year. */
export function issuesArchive(site: Pick<SiteModel, "issues">): IssuesArchive {
  const years: ArchiveYear[] = [];
  for (const issue of site.issues) {
    const last = years.at(-1);
    if (last?.year === issue.data.year) last.issues.push(issue);
    else years.push({ year: issue.data.year, issues: [issue] });
  }
  const articles = site.issues.reduce((n, i) => n + i.articles.length, 0);
  return { years, articles, folded: articles > foldAbove };
}

/**
 * The opening sentences of an abstract, at least `min` characters of them, and whether there is
 * more. A full stop after an initial or a common abbreviation ("e.g.", "U.S.") ends no sentence.
 */
export function firstSentences(text: string, min = 200): { lead: string; more: boolean } {
  const flat = text.replace(/\s+/g, " ").trim();
  const ends = [...flat.matchAll(/[.?!][”’"]?(?= \p{Lu})/gu)]
    .map((m) => m.index + m[0].length)
    .filter((end) => !/(?:\b\p{Lu}|\be\.g|\bi\.e|\betc|\bvs|\bNo|\bVol|\bal)\.$/u.test(flat.slice(0, end)));
  const end = ends.find((e) => e >= min);
  if (end === undefined) return { lead: flat, more: false };
  return { lead: flat.slice(0, end), more: end < flat.length };
}

/**
 * The issues the home page shows in full: the newest, and as many after it as keep the page
 * under `foldAbove` articles; the rest are counted, for the link to the archive page.
 */
export function homeIssues(site: Pick<SiteModel, "issues">): { shown: IssueModel[]; earlier: number } {
  const shown: IssueModel[] = [];
  let articles = 0;
  for (const issue of site.issues) {
    if (shown.length > 0 && articles + issue.articles.length > foldAbove) break;
    shown.push(issue);
    articles += issue.articles.length;
  }
  return { shown, earlier: site.issues.length - shown.length };
}
