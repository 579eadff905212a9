import { beforeAll, describe, expect, it } from "vitest";
import { readSite } from "../read-content";
import { buildSearch, type SearchRecord } from "./build";
import { createEngine, firstK, memorySource, smallest, type SearchEngine } from "./engine";
import { maxResults } from "./options";
import { searchRecords } from "./records";

const eaeu = "issues/11-1/madumarov-pech/";
const csr = "issues/11-1/baisakalova-amagoh/";
const korea = "issues/11-1/bang/";
const spheres = "companions/baimenov-concentric-spheres/";
const deal = "companions/north-korea-deal/";

// The front matter and summaries of the real texts (their bodies need the build to render them:
// the e2e tests search those).
const records = searchRecords(readSite());
let engine: SearchEngine;
beforeAll(() => {
  engine = createEngine(memorySource(buildSearch(records)));
});
const first = async (query: string, language?: "all" | "en" | "ru" | "kk") => {
  const hit = (await engine.search(query, language ? { language } : {})).hits[0];
  return hit === undefined ? undefined : records[hit.doc]?.path;
};

describe("ranking on the real corpus: the text a reader means comes first", () => {
  it.each([
    // English: titles, abstracts, keywords, summaries, authors, JEL codes
    ["Eurasian Economic Union", eaeu],
    ["conditionality", eaeu],
    ["Kyrgystan", eaeu],
    ["accesion", eaeu],
    ["corporate social responsibility", csr],
    ["philanthropic", csr],
    ["grounded theory", csr],
    ["North Korea modernization", korea],
    ["Nazarbayev", korea],
    ["Kim Jong Un", korea],
    ["Vietnam Belarus", deal],
    ["concentric spheres", spheres],
    ["elasticity of governance", spheres],
    ["F15", eaeu],
    ["O21", korea],
    ["Madumarov", eaeu],
    ["Baisakalova", csr],
    ["Baimenov", spheres],
    // Russian, in Cyrillic
    ["кондициональность", eaeu],
    ["Евразийский экономический союз", eaeu],
    ["Кыргызтан", eaeu],
    ["корпоративной социальной ответственности", csr],
    ["благотворительные", csr],
    ["анкетирования", csr],
    ["Северной Кореи", korea],
    ["модернизация", korea],
    // Kazakh, in Cyrillic, with its own letters and with their Russian neighbours
    ["Қырғызстанның", eaeu],
    ["Кыргызстаннын", eaeu],
    ["шарттылық", eaeu],
    ["шарттылык", eaeu],
    ["әлеуметтік жауапкершілік", csr],
    ["алеуметтик жауапкершилик", csr],
    ["жаңғырту", korea],
    ["жангырту", korea],
    ["Солтүстік Корея", korea],
    // Latin transliteration of Russian, and Kazakh Latin
    ["integratsiya", eaeu],
    ["konditsionalnost", eaeu],
    ["Evraziyskiy", eaeu],
    ["korporativnoy", csr],
    ["Severnoy Korei", korea],
    ["modernizatsiya", korea],
    ["Qyrǵyzstannyń", eaeu],
    ["jauapkershilik", csr],
    ["Soltüstik Koreia", korea],
    // typed with the wrong keyboard layout switched on
    ["сщтвшешщтфдшен", eaeu],
    ["ыщсшфд куызщтышишдшен", csr],
    ["rjylbwbjyfkmyjcnm", eaeu],
    // across scripts
    ["интерграция", eaeu],
    ["Россия", eaeu],
  ])("%s → %s", async (query, path) => {
    expect(await first(query)).toBe(path);
  });
});

describe("the language filter", () => {
  it("searches only the summaries of the chosen language", async () => {
    // English words that no Russian or Kazakh summary has a neighbour of.
    expect(await first("philanthropic")).toBe(csr);
    expect(await first("philanthropic", "ru")).toBeUndefined();
    expect(await first("philanthropic", "kk")).toBeUndefined();
    expect(await first("благотворительные", "en")).toBeUndefined();
    // A Latin spelling still finds the Russian summaries, and only those.
    const hits = (await engine.search("Kazakhstan", { language: "ru" })).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.fields).toEqual(["ru"]);
  });
  it("reports which summaries matched", async () => {
    const hit = (await engine.search("Kyrgyzstan")).hits[0];
    expect(hit?.fields).toEqual(expect.arrayContaining(["en", "ru", "kk"]));
  });
});

describe("queries that must not break anything", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    [".*(", 0],
    ["\u0000", 0],
    ["(((", 0],
    ["\\", 0],
  ])("%j finds nothing and says what it searched for", async (query, hits) => {
    const response = await engine.search(query);
    expect(response.hits).toHaveLength(hits);
    expect(response.words).toEqual([]);
  });
  it("a one-letter query matches only words that begin with it", async () => {
    const response = await engine.search("k");
    expect(response.hits.length).toBeGreaterThan(0);
    for (const w of response.words.flatMap((w) => w.matches)) expect(w.startsWith("k")).toBe(true);
  });
  it("HTML is searched as words", async () => {
    const response = await engine.search("<img src=x onerror=alert(1)>");
    expect(response.words.map((w) => w.key)).toEqual(["img", "srk", "ks", "onerror", "alert", "1"]);
  });
  it("a 10,000-character query is cut, answered quickly and ranked like its start", async () => {
    const long = `Kyrgyzstan ${"accession ".repeat(1000)}`.slice(0, 10_000);
    const start = performance.now();
    const response = await engine.search(long);
    // Generous: this guards against a runaway, not a benchmark (that is `npm run bench`).
    expect(performance.now() - start).toBeLessThan(2000);
    expect(records[response.hits[0]?.doc ?? -1]?.path).toBe(eaeu);
    expect(response.words.length).toBeLessThanOrEqual(12);
  });
  it("a word of 10,000 letters is cut before matching", async () => {
    expect((await engine.search("x".repeat(10_000))).hits.length).toBeLessThanOrEqual(maxResults);
  });
  it("gives the same answer to the same query", async () => {
    expect((await engine.search("economic")).hits).toEqual((await engine.search("economic")).hits);
  });
  it("says which words a query with no results was folded to", async () => {
    const response = await engine.search("Zzyzx Qwxv");
    expect(response.hits).toEqual([]);
    expect(response.words.map((w) => w.key)).toEqual(["zzizks", "kvksv"]);
  });
});

describe("typos", () => {
  it.each([
    ["Kyrgyzstn", eaeu],
    ["Nazarbaev", korea],
    ["Eurasain", eaeu],
    ["philantropic", csr],
    ["модернизацыя", korea],
    ["Евразиский", eaeu],
    ["жауапкершилик", csr],
  ])("%s (one slip) → %s", async (query, path) => {
    expect(await first(query)).toBe(path);
  });
  it("an exact match outranks a typo neighbour", async () => {
    // "Kazakstan" folds to the Kazakh «Қазақстан»; English "Kazakhstan" is one letter away.
    const hits = (await engine.search("Қазақстан")).hits;
    expect(hits[0]?.typos).toBe(0);
  });
});

describe("smallest: the first k of a stable sort by key, without sorting them all", () => {
  const lengths = [5, 3, 8, 3, 1, 5, 9, 1, 3];
  const bySort = (from: number, to: number, k: number) =>
    Array.from({ length: to - from }, (_, i) => from + i)
      .sort((a, b) => (lengths[a] as number) - (lengths[b] as number))
      .slice(0, k);
  it.each([
    [0, 9, 0],
    [0, 9, 1],
    [0, 9, 3],
    [0, 9, 5],
    [0, 9, 20],
    [2, 7, 2],
    [4, 4, 3],
  ])("from %i to %i, k = %i", (from, to, k) => {
    expect(smallest(from, to, k, (i) => lengths[i] as number)).toEqual(bySort(from, to, k));
  });
});

describe("a slip in the first letter", () => {
  const text = (path: string, title: string, body: string): SearchRecord => ({
    path,
    kind: "article",
    source: "Test issue",
    fields: { title },
    sections: [{ id: "s1", heading: "1. Body", field: "body", lang: "en", text: body }],
  });
  const built = buildSearch([
    text("a/", "Corruption in public procurement", "Corruption and bargaining over contracts."),
    text("b/", "Trade bargaining", "The bargaining model of accession."),
    text("c/", "Economic modernization", "Modernization of the economy and its institutions."),
  ]);
  /** An engine over the built index that records which first letters' vocabularies it asked for. */
  const engineLoading = () => {
    const asked: string[] = [];
    const source = memorySource(built);
    const engine = createEngine({
      ...source,
      vocabulary: (letter) => {
        asked.push(letter);
        return source.vocabulary(letter);
      },
    });
    return { engine, asked };
  };
  const paths = async (query: string) =>
    (await engineLoading().engine.search(query)).hits.map((h) => built.docs[h.doc]?.path);

  it.each([
    ["vorruption", ["a/"]], // c → v, its neighbour
    ["xorruption", ["a/"]], // c → x
    ["nargaining", ["b/", "a/"]], // b → n
    ["abrgaining", ["b/", "a/"]], // the first two letters swapped
    ["nodernization", ["c/"]], // m → n
    ["wconomic", ["c/"]], // e → w
  ])("%s finds the word meant", async (query, expected) => {
    expect(await paths(query)).toEqual(expected);
  });
  it("is looked for only when the word matches nothing well with the letter typed", async () => {
    const { engine, asked } = engineLoading();
    await engine.search("korruption");
    expect(asked).toEqual(["k"]);
    await engine.search("bargain");
    expect(asked).toEqual(["k", "b"]);
  });
  it("a word that matches nothing anywhere stays unmatched", async () => {
    const { engine } = engineLoading();
    expect((await engine.search("zzzzzzzz")).hits).toEqual([]);
  });
});

describe("firstK: the first k of a sort, without sorting them all", () => {
  const scores = [0.5, 2, 2, 0.1, 7, 2, 0.5, 3];
  const compare = (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
  const all = scores.map((_, i) => i);
  it.each([0, 1, 3, 5, 8, 20])("k = %i", (k) => {
    expect(firstK(all, k, compare)).toEqual([...all].sort(compare).slice(0, k));
    expect(firstK([...all].reverse(), k, compare)).toEqual([...all].sort(compare).slice(0, k));
  });
});
