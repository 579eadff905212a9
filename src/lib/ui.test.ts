import { describe, expect, it } from "vitest";
import { uiSchema, type UiStrings } from "../schemas/ui";
import { countIn, fill, issueDateIn, issueLabelIn, templateParts, typography, uiTable } from "./ui";

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
  issueDate: "{season} {year}",
  seasons: { Spring: "Spring" },
  articleCount: { one: "{count} article", other: "{count} articles" },
  skipLink: "Skip to content",
  siteNavigation: "Site",
  navIssues: "Issues",
  navAuthors: "Authors",
  navAbout: "About",
  navErrata: "Errata",
  searchLabel: "Search",
  searchPlaceholder: "e.g. corruption",
  searchButton: "Go",
  footerSearch: "Search",
  footerLanguages: "Summaries by language:",
  footerPublisher: "{journal}, published by {publisher}.",
  footerAbout: "About the journal",
  languageSwitch: "This text in other languages",
  summaryPage: "This summary on a page of its own",
  citeArticle: "Cite this article",
  copyCitation: "Copy {style}",
  citationCopied: "{style} citation copied.",
  citationSelected: "{style} citation selected.",
  referenceFiles: "Reference files",
};
/** The fixture without its English quotation marks, as Russian and Kazakh tables must be. */
const plain = Object.fromEntries(
  Object.entries(strings).map(([k, v]) => [k, typeof v === "string" ? v.replace(/[“”]/g, "") : v]),
) as UiStrings;
/** Russian needs the plural forms one, few, many and other. */
const russian: UiStrings = {
  ...plain,
  articleCount: { one: "{count} статья", few: "{count} статьи", many: "{count} статей", other: "{count} статьи" },
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
    expect(Object.keys(uiTable([entry("en"), entry("ru", russian), entry("kk", plain)])).sort()).toEqual([
      "en",
      "kk",
      "ru",
    ]);
  });
  it("names the file and the plural form a language needs and the table lacks", () => {
    const ru = { ...strings, articleCount: { one: "{count} статья", other: "{count} статьи" } };
    expect(() => uiTable([entry("en"), entry("ru", ru), entry("kk")])).toThrow(
      /content\/ui\/ru\.yaml: articleCount\.few: expected the words for the plural form "few"/,
    );
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

describe("typography of Russian and Kazakh", () => {
  it.each([
    ["a straight quotation mark", 'Статья "Реформы"', /«ёлочки»/],
    ["English curly quotes", "Статья “Реформы”", /«ёлочки»/],
    ["a breaking space before a dash", "Полный текст — на английском", /non-breaking space/],
  ])("rejects %s, naming the key", (_, value, message) => {
    const problems = typography("ru", { ...plain, fullTextNote: value }, "content/ui/ru.yaml");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe("fullTextNote");
    expect(problems[0]?.expected).toMatch(message);
  });
  it("accepts «ёлочки» and a non-breaking space before a dash, and leaves English alone", () => {
    expect(typography("ru", { ...plain, fullTextNote: "Статья «Реформы»\u00a0— на английском" }, "f")).toEqual([]);
    expect(typography("en", { ...strings, fullTextNote: 'The "text" - or — not' }, "f")).toEqual([]);
  });
});

describe("counts and dates in each language", () => {
  const ru = {
    ...strings,
    articleCount: { one: "{count} статья", few: "{count} статьи", many: "{count} статей", other: "{count} статьи" },
  };
  it.each([
    [1, "1 статья"],
    [3, "3 статьи"],
    [5, "5 статей"],
    [21, "21 статья"],
    [1000, "1\u00a0000 статей"],
  ])("%i in Russian is %s", (n, words) => {
    expect(countIn("ru", ru.articleCount, n)).toBe(words);
  });
  it("says an issue's season and year in the page's language", () => {
    const kk = { ...strings, seasons: { Spring: "Көктем" }, issueLabel: "{volume}-том, № {number} ({year})" };
    const issue = { volume: 11, number: 1, season: "Spring", year: 2020, source: "s" };
    expect(issueLabelIn(kk, issue)).toBe("11-том, № 1 (Көктем 2020)");
    expect(issueDateIn(strings, { ...issue, season: undefined })).toBe("2020");
  });
  it("shows a season the table does not name as the issue prints it", () => {
    const issue = { volume: 11, number: 1, season: "Fall", year: 2020, source: "s" };
    expect(issueDateIn(strings, issue)).toBe("Fall 2020");
  });
  it("cuts a template at its slots", () => {
    expect(templateParts("{journal}, издатель\u00a0— {publisher}.")).toEqual([
      { slot: "journal" },
      { text: ", издатель\u00a0— " },
      { slot: "publisher" },
      { text: "." },
    ]);
  });
});
