import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { SearchHit, SearchResponse } from "./engine";
import type { DocShardEntry, TitleShardEntry } from "./files";
import { resultView, searchStringKeys, shownSections, statusMessage, type SearchStrings } from "./present";

const title: TitleShardEntry = {
  path: "issues/11-1/madumarov-pech/",
  kind: "article",
  source: "Vol. 11 No. 1 (Spring 2020)",
  title: "Regional Integration",
  authors: "Eldar Madumarov, Gerald Pech",
};
const doc: DocShardEntry = {
  sections: [
    { id: "abstract", heading: "Abstract", lang: "en", field: "abstract" },
    { id: "", heading: "", lang: "en", field: "body" },
    { id: "2-bargaining", heading: "2. Bargaining", lang: "en", field: "body" },
    { id: "3-model", heading: "3. Model", lang: "en", field: "body" },
    { id: "summary-ru", heading: "Русский", lang: "ru", field: "ru" },
  ],
  sectionFiles: [0, 0, 0, 0, 0],
  snippetFiles: ["s.x.json"],
};
const texts = new Map([
  [0, "Why did the Eurasian Economic Union form in stages?"],
  [1, "Kyrgyzstan joined late."],
  [2, "The bargaining between Russia and Kyrgyzstan’s government."],
  [3, "A model of Kyrgyzstan."],
  [4, "вступление Кыргызстана добавляет уровень сложности"],
]);
const hit = (fields: SearchHit["fields"], sections: SearchHit["sections"]): SearchHit => ({
  doc: 0,
  score: 1,
  matchedWords: 1,
  typos: 0,
  fields,
  sections,
});
const keys = new Set(["kirgizstan", "kirgizstana"]);
const strings = (lang: string) =>
  parse(readFileSync(new URL(`../../../content/ui/${lang}.yaml`, import.meta.url), "utf8")) as SearchStrings;

describe("resultView", () => {
  it("shows up to three sections, most query words first, each with its heading, link and snippet", () => {
    const view = resultView(
      hit(
        ["body", "ru"],
        [
          [2, 2],
          [1, 1],
          [4, 1],
          [3, 1],
        ],
      ),
      title,
      doc,
      texts,
      keys,
      "all",
    );
    expect(view.sections.map((s) => [s.id, s.heading, s.lang])).toEqual([
      ["2-bargaining", "2. Bargaining", "en"],
      ["", undefined, "en"],
      ["summary-ru", "Русский", "ru"],
    ]);
    expect(view.sections[0]?.pieces?.filter((p) => p.hit).map((p) => p.text)).toEqual(["Kyrgyzstan’s"]);
    expect(view.summaryLanguages).toEqual(["ru"]);
    expect(view.title).toEqual([{ text: "Regional Integration", hit: false }]);
    expect(view.authors?.map((p) => p.text).join("")).toBe("Eldar Madumarov, Gerald Pech");
    expect(view.source).toBe("Vol. 11 No. 1 (Spring 2020)");
  });
  it("shows a section whose text is still loading with its heading and link, and no snippet yet", () => {
    const view = resultView(
      hit(
        ["body"],
        [
          [2, 1],
          [3, 1],
        ],
      ),
      title,
      doc,
      new Map([[3, texts.get(3) ?? ""]]),
      keys,
      "all",
    );
    expect(view.sections.map((s) => [s.id, s.pieces === undefined])).toEqual([
      ["2-bargaining", true],
      ["3-model", false],
    ]);
    expect(view.sections[1]?.pieces?.filter((p) => p.hit).map((p) => p.text)).toEqual(["Kyrgyzstan"]);
  });
  it("shows the title, authors and place, and no sections, before the text's sections are loaded", () => {
    const view = resultView(hit(["title", "body"], [[2, 1]]), title, undefined, texts, keys, "all");
    expect(view.sections).toEqual([]);
    expect(view.title.map((p) => p.text).join("")).toBe("Regional Integration");
    expect(view.path).toBe("issues/11-1/madumarov-pech/");
  });
  it("keeps to the sections of the filtered language", () => {
    const inBodyAndRussian = hit(
      ["body", "ru"],
      [
        [2, 1],
        [4, 1],
      ],
    );
    expect(shownSections(inBodyAndRussian, doc, "ru")).toEqual([4]);
    expect(shownSections(inBodyAndRussian, doc, "en")).toEqual([2]);
    expect(shownSections(hit(["abstract"], [[0, 1]]), doc, "kk")).toEqual([]);
  });
});

describe("statusMessage", () => {
  const response = (hits: number, keys: string[]): SearchResponse => ({
    words: keys.map((key) => ({ typed: key, key, swapped: false, matches: [] })),
    highlight: new Set(),
    hits: Array.from({ length: hits }, () => hit(["en"], [])),
  });
  it.each([
    ["en", "", 0, [], ""],
    ["en", "Kyrgyzstan", 1, ["kirgizstan"], "1 result for “Kyrgyzstan”."],
    ["en", "Kazakhstan", 3, ["kazahstan"], "3 results for “Kazakhstan”."],
    ["en", "Zzyzx", 0, ["zzizks"], "No results for “Zzyzx”."],
    ["en", ".*(", 0, [], "No results for “.*(”: it has no letters or digits to search for."],
    ["en", "<img src=x>", 0, ["img", "src", "ks"], "No results for “<img src=x>”."],
    ["ru", "коррупция", 1, ["korrupciia"], "1 результат по запросу «коррупция»."],
    ["ru", "коррупция", 3, ["korrupciia"], "3 результата по запросу «коррупция»."],
    ["ru", "коррупция", 11, ["korrupciia"], "11 результатов по запросу «коррупция»."],
    ["ru", "коррупция", 21, ["korrupciia"], "21 результат по запросу «коррупция»."],
    ["ru", "корупция", 0, ["korupciia"], "По запросу «корупция» ничего не найдено."],
    ["kk", "сыбайлас", 2, ["sibailas"], "«сыбайлас» бойынша 2 нәтиже."],
    ["kk", "сыбайлас", 0, ["sibailas"], "«сыбайлас» бойынша ештеңе табылмады."],
  ])("%s: %j with %i results → %j", (lang, query, hits, words, message) => {
    const result = statusMessage(query, response(hits, words), strings(lang), lang);
    expect(result).toBe(message);
    // The reader's words, never the folded forms.
    for (const w of words) if (!query.includes(w)) expect(result).not.toContain(w);
  });
  it("shortens a very long query and says when only the first results are listed", () => {
    const message = statusMessage("a".repeat(10_000), response(50, ["a"]), strings("en"), "en");
    expect(message).toBe(`The first 50 results for “${"a".repeat(60)}…”.`);
  });
  it("finds every string it needs in each language's table", () => {
    for (const lang of ["en", "ru", "kk"])
      for (const key of searchStringKeys) expect(typeof strings(lang)[key], `${lang}: ${key}`).toBe("string");
  });
});
