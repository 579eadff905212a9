import { describe, expect, it } from "vitest";
import { uiSchema, type UiStrings } from "../schemas/ui";
import { fill, uiTable } from "./ui";

const strings: UiStrings = {
  summariesTitle: "Summaries in English",
  summariesIntro: "Every summary.",
  authors: "Authors",
  issueLabel: "Vol. {volume} No. {number} ({year})",
  readArticle: "Read the article",
  otherLanguages: "Other languages",
  summaryHeading: "Summary",
  fullTextNote: "The full text is in English.",
  noSummaries: "None.",
  searchLabel: "Search",
  searchButton: "Go",
  searchHint: "Results appear as you type.",
  searchResultsOne: "{count} result for “{query}”.",
  searchResultsFew: "{count} results for “{query}”.",
  searchResultsMany: "{count} results for “{query}”.",
  searchResultsOther: "{count} results for “{query}”.",
  searchFirstResults: "The first {count} results for “{query}”.",
  searchNone: "No results for “{query}”.",
  searchNoLetters: "No results for “{query}”: no letters.",
  searchUnavailable: "Search is not available ({error}).",
  searchAllResults: "All results",
  searchFoundInSummary: "Found in the summary in:",
  searchTextStart: "Beginning of the text",
  searchMore: "More results",
};
const entry = (id: string, data: UiStrings = strings) => ({ id, filePath: `content/ui/${id}.yaml`, data });

describe("the UI strings schema requires every key", () => {
  it.each(Object.keys(strings))("a file without %s is rejected, naming the key", (key) => {
    const { [key as keyof UiStrings]: _, ...rest } = strings;
    const result = uiSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([key]);
  });
  it("rejects an unknown key and an issue label without its slots", () => {
    expect(uiSchema.safeParse({ ...strings, extra: "x" }).error?.issues[0]?.message).toMatch(
      /unknown field\(s\) "extra"/,
    );
    expect(uiSchema.safeParse({ ...strings, issueLabel: "Vol. {volume}" }).error?.issues[0]?.message).toBe(
      "expected the issue label to contain {volume}, {number}, {year}",
    );
  });
});

describe("uiTable", () => {
  it("gives the strings of every language", () => {
    expect(Object.keys(uiTable([entry("en"), entry("ru"), entry("kk")])).sort()).toEqual(["en", "kk", "ru"]);
  });
  it("names the file of a missing language and of an unknown one", () => {
    expect(() => uiTable([entry("en"), entry("ru"), entry("de")])).toThrow(
      /content\/ui\/de\.yaml: \(file name\): expected a file named after a language the site knows[\s\S]*content\/ui\/kk\.yaml: \(file\): expected the interface strings in Қазақша/,
    );
  });
});

describe("fill", () => {
  it.each([
    ["Vol. {volume} No. {number} ({year})", "Vol. 11 No. 1 (2020)"],
    ["{volume}-том, № {number} ({year})", "11-том, № 1 (2020)"],
    ["{unknown} stays", "{unknown} stays"],
  ])("%s → %s", (template, filled) => {
    expect(fill(template, { volume: 11, number: 1, year: 2020 })).toBe(filled);
  });
});
