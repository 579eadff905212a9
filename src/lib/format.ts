import type { Issue } from "../schemas/issue";

/** A summary's paragraphs: blank lines part them, other line breaks are spaces. */
export const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim());

/** "Vol. 11 No. 1 (Spring 2020)". */
export function issueLabel(issue: Issue): string {
  const when = issue.season ? `${issue.season} ${issue.year}` : String(issue.year);
  return `Vol. ${issue.volume} No. ${issue.number} (${when})`;
}
