import { issueLabel } from "../format";
import type { IssueModel, TextModel } from "../model";
import type { Journal } from "../../schemas/journal";

/** What a galley prints in its page margins: the masthead of page 1, the running heads of the rest. */
export interface PageHeads {
  /** Page 1, above the title: the journal and both ISSNs, then the issue (volume, number, season and year) and section. */
  masthead: [string, string];
  /** Later pages, above the text: the authors' surnames and the short title (the page number beside it). */
  runningHead: string;
  /** Later pages, at the foot: the journal, with volume, number, season and year. */
  runningJournal: string;
}

/** "Madumarov and Pech", "A, B and C", "A et al." for four or more; "" when no author is named. */
export function surnames(names: readonly string[]): string {
  const last = names.map((n) => n.trim().split(/\s+/).at(-1) ?? n);
  if (last.length >= 4) return `${last[0]} et al.`;
  if (last.length <= 1) return last[0] ?? "";
  return `${last.slice(0, -1).join(", ")} and ${last.at(-1)}`;
}

/** The title before its subtitle ("Regional Integration with Imperfect Commitment"), at most `max` characters. */
export function shortTitle(title: string, max = 64): string {
  const main = title.split(/:\s/)[0]!.trim();
  if (main.length <= max) return main;
  const cut = main.slice(0, max + 1).replace(/\s+\S*$/, "");
  return `${cut.replace(/[\s,;:–—-]+$/, "")}…`;
}

/**
 * The most characters the running head sets on its one line: the head's box is 80% of the text's
 * width (about 110 mm) at 7.5 pt, some 80 characters of Noto Sans.
 */
export const runningHeadLength = 76;

/** The fewest characters of the title a running head keeps, however long the authors' names. */
const titleAtLeast = 24;

/** "Madumarov and Pech · Regional Integration with Imperfect Commitment": authors and as much of the title as fits one line. */
export function runningHead(authors: string, title: string): string {
  if (authors === "") return shortTitle(title, runningHeadLength);
  const lead = `${authors} · `;
  return `${lead}${shortTitle(title, Math.max(titleAtLeast, runningHeadLength - lead.length))}`;
}

export function pageHeads(text: TextModel, issue: IssueModel | undefined, journal: Journal): PageHeads {
  const issn = `ISSN ${journal.issn.print} (print) · ISSN ${journal.issn.electronic} (online)`;
  const section = journal.sections.find((s) => s.id === text.data.section)?.label;
  const where = issue
    ? [issueLabel(issue.data), section].filter(Boolean).join(" · ")
    : "Companion text · not part of an issue of the journal";
  const authors = surnames(text.authors.map((a) => a.name));
  return {
    masthead: [`${journal.title} · ${issn}`, where],
    runningHead: runningHead(authors, text.data.title),
    runningJournal: issue ? `${journal.title}, ${issueLabel(issue.data)}` : journal.title,
  };
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
const cssString = (value: string) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\A ")}"`;

/**
 * The galley's page margins as CSS paged media: the masthead on page 1, its number at its foot;
 * on every later page the running head (authors and short title) with the page number "3 / 8"
 * above the text and the journal below it. Printed by Chromium from this stylesheet, so a reader
 * who prints the page gets the same pages as the PDF.
 */
export function pageHeadsCss(heads: PageHeads): string {
  const small = `font-family: "Noto Sans", sans-serif; font-size: 7.5pt; color: #333;`;
  const head = `${small}\n    vertical-align: bottom;\n    padding-bottom: 3mm;`;
  const pageNumber = `counter(page) " / " counter(pages)`;
  return `/* Page margins of this text's paper form (src/lib/galleys/page-heads.ts). */
@page {
  @top-left {
    content: ${cssString(heads.runningHead)};
    ${head}
    width: 80%;
  }
  @top-right {
    content: ${pageNumber};
    ${head}
  }
  @bottom-center {
    content: ${cssString(heads.runningJournal)};
    ${small}
  }
}
@page :first {
  @top-left {
    content: ${cssString(heads.masthead.join("\n"))};
    white-space: pre-wrap;
    ${head}
    width: 100%;
  }
  @top-right {
    content: none;
  }
  @bottom-center {
    content: ${pageNumber};
    ${small}
  }
}
`;
}
