import { describe, expect, it } from "vitest";
import { pageHeadsCss, runningHead, runningHeadLength, shortTitle, surnames } from "./page-heads";

describe("page heads of a galley", () => {
  it.each([
    [[], ""],
    [["Alikhan Baimenov"], "Baimenov"],
    [["Eldar Madumarov", "Gerald Pech"], "Madumarov and Pech"],
    [["A B", "C D", "E F"], "B, D and F"],
    [["A B", "C D", "E F", "G H"], "B et al."],
  ])("names the authors %j as %s", (names, expected) => {
    expect(surnames(names)).toBe(expected);
  });

  it.each([
    [
      "Regional Integration with Imperfect Commitment: The Case of the Eurasian Economic Union",
      "Regional Integration with Imperfect Commitment",
    ],
    ["Why North Korea Wants a Deal with the US", "Why North Korea Wants a Deal with the US"],
    [
      "Multi-method Research Design in the Study of Corporate Social Responsibility in Kazakhstan",
      "Multi-method Research Design in the Study of Corporate Social…",
    ],
  ])("shortens %s", (title, short) => {
    expect(shortTitle(title)).toBe(short);
  });

  it.each([
    [
      "Madumarov and Pech",
      "Regional Integration with Imperfect Commitment: The Case of the Eurasian Economic Union",
      "Madumarov and Pech · Regional Integration with Imperfect Commitment",
    ],
    [
      "Baisakalova and Amagoh",
      "Multi-method Research Design in the Study of Corporate Social Responsibility in Kazakhstan",
      "Baisakalova and Amagoh · Multi-method Research Design in the Study of…",
    ],
    ["", "Why North Korea Wants a Deal with the US", "Why North Korea Wants a Deal with the US"],
    [
      "Abdrakhmanova, Zhaksybekova and Tokhtarbayeva",
      "Concentric Spheres of Kazakhstan's Foreign Policy Priorities in Central Asia",
      "Abdrakhmanova, Zhaksybekova and Tokhtarbayeva · Concentric Spheres of…",
    ],
  ])("sets the running head of %j on one line", (authors, title, head) => {
    expect(runningHead(authors, title)).toBe(head);
    expect(head.length).toBeLessThanOrEqual(runningHeadLength);
  });

  it("puts the masthead on page 1 and the running head and page number on the others, as CSS strings", () => {
    const css = pageHeadsCss({
      masthead: ["Journal · ISSN 1", 'Vol. 1 "No. 2"'],
      runningHead: "A and B · A \\ title",
      runningJournal: "Journal 1(2)",
    });
    expect(css).toContain('content: "A and B · A \\\\ title";');
    expect(css).toMatch(/@page \{[\s\S]*@top-right \{\s*content: counter\(page\) " \/ " counter\(pages\);/);
    expect(css).toMatch(/@page \{[\s\S]*@bottom-center \{\s*content: "Journal 1\(2\)";/);
    expect(css).toMatch(/@page :first \{\s*@top-left \{\s*content: "Journal · ISSN 1\\A Vol\. 1 \\"No\. 2\\"";/);
    expect(css).toMatch(/@page :first \{[\s\S]*@top-right \{\s*content: none;/);
  });
});
