import type { IssueModel, TextModel } from "./model";

/** The articles before and after a text in its issue's printed order; none for a text outside an issue. */
export function neighbours(
  issue: IssueModel | undefined,
  text: TextModel,
): { previous: TextModel | undefined; next: TextModel | undefined } {
  const i = issue ? issue.articles.findIndex((a) => a.slug === text.slug) : -1;
  if (!issue || i < 0) return { previous: undefined, next: undefined };
  return { previous: issue.articles[i - 1], next: issue.articles[i + 1] };
}
