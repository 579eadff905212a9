import type { Issue } from "../schemas/issue";

/** "Vol. 11 No. 1 (Spring 2020)". */
export function issueLabel(issue: Issue): string {
  const when = issue.season ? `${issue.season} ${issue.year}` : String(issue.year);
  return `Vol. ${issue.volume} No. ${issue.number} (${when})`;
}
