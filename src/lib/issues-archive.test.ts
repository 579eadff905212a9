import { describe, expect, it } from "vitest";
import type { IssueModel, TextModel } from "./model";
import { firstSentences, foldAbove, homeIssues, issuesArchive } from "./issues-archive";

const issue = (id: string, year: number, articles: number) =>
  ({ id, data: { year }, articles: Array.from({ length: articles }, () => ({}) as TextModel) }) as IssueModel;

describe("issuesArchive", () => {
  it("groups the issues by year, newest first, keeping their order", () => {
    const archive = issuesArchive({ issues: [issue("12-2", 2021, 3), issue("12-1", 2021, 3), issue("11-1", 2020, 3)] });
    expect(archive.years.map((y) => [y.year, y.issues.map((i) => i.id)])).toEqual([
      [2021, ["12-2", "12-1"]],
      [2020, ["11-1"]],
    ]);
    expect(archive.articles).toBe(9);
    expect(archive.folded).toBe(false);
  });
  it(`folds each issue's contents past ${foldAbove} articles (125 issues of 8)`, () => {
    const issues = Array.from({ length: 125 }, (_, i) => issue(`${i}`, 2100 - Math.floor(i / 4), 8));
    const archive = issuesArchive({ issues });
    expect(archive.articles).toBe(1000);
    expect(archive.folded).toBe(true);
    expect(archive.years).toHaveLength(32);
  });
});

describe("homeIssues", () => {
  it.each<[string, number[], number, number]>([
    ["one issue: all of it", [3], 1, 0],
    ["125 issues of 8: the newest 12 (96 articles), 113 counted for the archive", Array(125).fill(8), 12, 113],
    ["a first issue past the limit is still shown, alone", [150, 8], 1, 1],
    ["exactly the limit", [50, 50, 1], 2, 1],
  ])("%s", (_, sizes, shown, earlier) => {
    const result = homeIssues({ issues: sizes.map((n, i) => issue(`${i}`, 2020, n)) });
    expect([result.shown.length, result.earlier]).toEqual([shown, earlier]);
    expect(result.shown.map((i) => i.id)).toEqual(sizes.slice(0, shown).map((_, i) => `${i}`));
  });
});

describe("firstSentences", () => {
  const abstract =
    "This article provides a blueprint for North Korea’s economic reform, which includes its opening to the global economy, by examining the economic modernization of Kazakhstan. It applies these lessons to the unique situation of North Korea. A third sentence follows.";
  it("gives whole sentences up to the length asked and says there is more", () => {
    expect(firstSentences(abstract, 180)).toEqual({
      lead: "This article provides a blueprint for North Korea’s economic reform, which includes its opening to the global economy, by examining the economic modernization of Kazakhstan. It applies these lessons to the unique situation of North Korea.",
      more: true,
    });
  });
  it("gives a short abstract whole", () => {
    expect(firstSentences("One sentence. Two sentences.", 200)).toEqual({
      lead: "One sentence. Two sentences.",
      more: false,
    });
  });
  it("does not end a sentence at an initial or an abbreviation", () => {
    expect(firstSentences("As Chan Young Bang and J. Smith argue, e.g. Kazakhstan. Then more.", 10).lead).toBe(
      "As Chan Young Bang and J. Smith argue, e.g. Kazakhstan.",
    );
  });
});
