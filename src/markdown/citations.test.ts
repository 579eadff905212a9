import { describe, expect, it } from "vitest";
import { citationCorrections, findCitations } from "./citations";

const references = [
  { authors: ["ACSH"], year: "2017" },
  { authors: ["Knox, C.", "Janenova, S."], year: "2019" },
  { authors: ["OECD"], year: "2014" },
  { authors: ["OECD"], year: "2017a" },
  { authors: ["OECD"], year: "2017b" },
  { authors: ["Schwab, Klaus (Ed.)"], year: "2019" },
  { authors: ["Transparency International"], year: "2019" },
  { year: "2020" },
];

describe("findCitations", () => {
  it.each([
    [
      "a corporate author",
      "progress (OECD, 2014) here",
      [{ text: "progress (" }, { cite: "OECD, 2014", ref: 2 }, { text: ") here" }],
    ],
    ["the year's letter", "(OECD, 2017a)", [{ text: "(" }, { cite: "OECD, 2017a", ref: 3 }, { text: ")" }]],
    [
      "a name of two words",
      "(Transparency International, 2019)",
      [{ text: "(" }, { cite: "Transparency International, 2019", ref: 6 }, { text: ")" }],
    ],
    ["an editor", "(Schwab, 2019)", [{ text: "(" }, { cite: "Schwab, 2019", ref: 5 }, { text: ")" }]],
    [
      "two citations in one bracket",
      "(OECD, 2014; OECD, 2017b)",
      [{ text: "(" }, { cite: "OECD, 2014", ref: 2 }, { text: "; " }, { cite: "OECD, 2017b", ref: 4 }, { text: ")" }],
    ],
  ])("links %s", (_, text, expected) => {
    expect(findCitations(text, references)).toEqual(expected);
  });

  it.each([
    ["a misspelt name (ASCH for ACSH)", "(ASCH, 2017)"],
    ["a year letter the list does not print (2019a for 2019)", "(Knox and Janenova, 2019a)"],
    ["a year without its letter when two entries share it", "(OECD, 2017)"],
    ["a name the list does not have", "(Tarr, 2016)"],
  ])("marks %s as unmatched, never dropped", (_, text) => {
    expect(findCitations(text, references)).toEqual([{ text: "(" }, { unmatched: text.slice(1, -1) }, { text: ")" }]);
  });

  it("leaves plain a bracket that is not a citation", () => {
    const text = "(113th position in 2019 among 180 countries)";
    expect(findCitations(text, references)).toEqual([{ text }]);
  });

  it("links a misprinted citation to the reference its correction names, showing it as printed", () => {
    const corrections = citationCorrections([
      { printed: "(ASCH, 2017)", correct: "(ACSH, 2017)" },
      { printed: "(Knox and Janenova, 2019a)", correct: "(Knox and Janenova, 2019)" },
      { printed: "what had become the European Economic Union", correct: "the Eurasian Economic Union" },
    ]);
    expect(corrections.size).toBe(2);
    expect(findCitations("trends (ASCH, 2017).", references, corrections)).toEqual([
      { text: "trends (" },
      { cite: "ASCH, 2017", ref: 0 },
      { text: ")." },
    ]);
    expect(findCitations("(Knox and Janenova, 2019a)", references, corrections)).toEqual([
      { text: "(" },
      { cite: "Knox and Janenova, 2019a", ref: 1 },
      { text: ")" },
    ]);
  });
});
