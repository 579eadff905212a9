import { describe, expect, it } from "vitest";
import type { ShardRecord } from "./build";
import type { SearchHit, SearchResponse } from "./engine";
import { resultView, statusMessage } from "./present";

const record: ShardRecord = {
  path: "issues/11-1/madumarov-pech/",
  kind: "article",
  source: "Vol. 11 No. 1 (Spring 2020)",
  fields: {
    title: "Regional Integration",
    authors: "Eldar Madumarov, Gerald Pech",
    abstract: "Why did the Eurasian Economic Union form in stages?",
    en: "Kyrgyzstan’s accession adds one layer of complexity.",
    ru: "вступление Кыргызстана добавляет уровень сложности",
  },
};
const hit = (fields: SearchHit["fields"]): SearchHit => ({
  doc: 0,
  path: record.path,
  shard: "11-1",
  score: 1,
  matchedWords: 1,
  typos: 0,
  fields,
});
const keys = new Set(["kirgizstan", "kirgizstana"]);

describe("resultView", () => {
  it("shows the matched summary languages and a passage from the first, in its language", () => {
    const view = resultView(hit(["en", "ru"]), record, keys, "all");
    expect(view.summaryLanguages).toEqual(["en", "ru"]);
    expect(view.passage?.lang).toBe("en");
    expect(view.passage?.label).toBe("Summary · English");
    expect(view.passage?.pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(["Kyrgyzstan’s"]);
  });
  it("prefers the summary of the filtered language", () => {
    const view = resultView(hit(["ru"]), record, keys, "ru");
    expect(view.passage).toMatchObject({ lang: "ru", label: "Summary · Русский" });
    expect(view.passage?.pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(["Кыргызстана"]);
  });
  it("falls back to the abstract, and always shows title, authors and issue", () => {
    const view = resultView(hit(["abstract"]), record, new Set(["euraziian"]), "all");
    expect(view.passage).toMatchObject({ lang: "en", label: "Abstract" });
    expect(view.title).toEqual([{ text: "Regional Integration", hit: false }]);
    expect(view.authors?.map((p) => p.text).join("")).toBe("Eldar Madumarov, Gerald Pech");
    expect(view.source).toBe("Vol. 11 No. 1 (Spring 2020)");
  });
});

describe("statusMessage", () => {
  const response = (hits: number, keys: string[]): SearchResponse => ({
    words: keys.map((key) => ({ typed: key, key, swapped: false, matches: [] })),
    highlight: new Set(),
    hits: Array.from({ length: hits }, () => hit(["en"])),
  });
  it.each([
    ["", 0, [], ""],
    ["Kyrgyzstan", 1, ["kirgizstan"], "1 result for “Kyrgyzstan”."],
    ["Kazakhstan", 3, ["kazahstan"], "3 results for “Kazakhstan”."],
    ["Zzyzx", 0, ["zzizks"], "No results for “Zzyzx”. Searched for: zzizks."],
    [".*(", 0, [], "No results for “.*(”: it has no letters or digits to search for."],
    ["<img src=x>", 0, ["img", "src", "ks"], "No results for “<img src=x>”. Searched for: img src ks."],
  ])("%j with %i results → %j", (query, hits, keys, message) => {
    expect(statusMessage(query, response(hits, keys), hits)).toBe(message);
  });
  it("shortens a very long query and says when only the first results are listed", () => {
    const message = statusMessage("a".repeat(10_000), response(50, ["a"]), 50);
    expect(message).toBe(`50 results for “${"a".repeat(60)}…” (the first 50).`);
  });
});
