import { beforeAll, describe, expect, it } from "vitest";
import { readSite } from "../read-content";
import { realBodies, syntheticArchive } from "../../tools/synthetic-archive";
import { buildSearch, type BuiltSearch } from "./build";
import { roundScore } from "./codec";
import { createEngine, fileSource, memorySource, type SearchEngine, type SearchHit } from "./engine";
import {
  entryFile,
  searchFiles,
  type DocShardEntry,
  type SearchEntry,
  type SnippetFile,
  type TitleShardEntry,
  type VocabularyShard,
} from "./files";
import { docsPerShard, docsPerTitleShard } from "./options";
import { searchRecords } from "./records";

// The real texts' front matter and summaries, then a synthetic archive with full bodies.
const real = searchRecords(readSite());
const records = [
  ...real,
  ...syntheticArchive(real, 60, realBodies(new URL("../../../content/", import.meta.url).pathname)).records,
];
let built: BuiltSearch;
let files: Map<string, string>;
let entry: SearchEntry;
let loaded: string[];
let sharded: SearchEngine;
let unsharded: SearchEngine;

beforeAll(() => {
  built = buildSearch(records);
  files = searchFiles(built);
  entry = JSON.parse(files.get(entryFile) ?? "null") as SearchEntry;
  sharded = watchedEngine();
  unsharded = createEngine(memorySource(built));
}, 120_000);

const file = <T>(name: string): T => JSON.parse(files.get(name) ?? "null") as T;

/** A sharded engine over the files that records each file it asks for in `loaded`, emptied first. */
function watchedEngine(): SearchEngine {
  loaded = [];
  return createEngine(
    fileSource(entry, (name) => {
      loaded.push(name);
      const json = files.get(name);
      return json === undefined ? Promise.reject(new Error(`no file ${name}`)) : Promise.resolve(JSON.parse(json));
    }),
  );
}

describe("the search files", () => {
  it("are named by the hash of their content, but for the entry, which keeps its name", async () => {
    const { createHash } = await import("node:crypto");
    expect(files.has("index.json")).toBe(true);
    for (const [name, json] of files) {
      if (name === entryFile) continue;
      const hash = createHash("sha256").update(json).digest("hex").slice(0, 16);
      expect(name).toMatch(new RegExp(`^(v|p|t|d|s)\\.${hash}\\.json$`));
    }
    // The same index makes the same files.
    expect([...searchFiles(buildSearch(records)).keys()].sort()).toEqual([...files.keys()].sort());
  }, 60_000);
  it("hold every word once, in the vocabulary shard of its first letter", () => {
    const letters = Object.keys(entry.vocabulary).sort();
    expect(letters).toEqual([...new Set(built.terms.map((t) => [...t][0]))].sort());
    expect(entry.docCount).toBe(records.length);
  });
  it("hold every section's text once, and what a result shows of every text", () => {
    expect(entry.docShards).toHaveLength(Math.ceil(records.length / docsPerShard));
    expect(entry.titleShards).toHaveLength(Math.ceil(records.length / docsPerTitleShard));
    const titles = entry.titleShards.flatMap((name) => file<TitleShardEntry[]>(name));
    expect(titles.map((d) => d.path)).toEqual(records.map((r) => r.path));
    expect(titles.map((d) => d.title)).toEqual(records.map((r) => r.fields.title));
    const docs = entry.docShards.flatMap((name) => file<DocShardEntry[]>(name));
    expect(docs.map((d) => d.sections.map((s) => s.id))).toEqual(records.map((r) => r.sections.map((s) => s.id)));
    docs.forEach((doc, d) => {
      const texts = doc.sections.map((_, s) => {
        const snippet = file<SnippetFile>(doc.snippetFiles[doc.sectionFiles[s] ?? -1] ?? "");
        return snippet.texts[s - snippet.first];
      });
      expect(texts).toEqual(records[d]?.sections.map((s) => s.text));
    });
  });
});

describe("the sharded engine", () => {
  const queries = [
    "corruption",
    "corupption",
    "vorruption",
    "abrgaining",
    "коррупция",
    "Kazakhstan",
    "Kazakstan",
    "Қазақстан",
    "лфяфлрыефт",
    "bargaining",
    "regional integration",
    "Евразийский союз",
    "әлеуметтік жауапкершілік",
    "Qazaqstan",
    "modernisation",
    "F15",
    "k",
    "K",
    "м",
    "ә",
    "kaz",
    "ka",
    "Ko",
    "ба",
    "әл",
    "f1",
    "лф",
    "rf",
    "д",
    "ь",
    "ьщ",
    "the",
    "zzzzzz",
  ];
  it.each(queries)("ranks %j exactly as the whole index in memory does", async (query) => {
    for (const language of ["all", "en", "ru", "kk"] as const) {
      const a = await sharded.search(query, { language });
      const b = await unsharded.search(query, { language });
      // The answers of one and two letters keep their scores to four digits (codec.ts).
      const rounded = (hits: SearchHit[]) => hits.map((hit) => ({ ...hit, score: roundScore(hit.score) }));
      expect(rounded(a.hits)).toEqual(rounded(b.hits));
      expect(a.words).toEqual(b.words);
    }
  });
  it("loads only the files a query needs: its words' vocabulary shards and postings", async () => {
    const engine = watchedEngine();
    await engine.search("bargaining");
    const vocabulary = file<VocabularyShard>(entry.vocabulary["b"] ?? "");
    expect(loaded[0]).toBe(entry.vocabulary["b"]);
    expect(loaded.length).toBeGreaterThan(1);
    for (const name of loaded.slice(1)) expect(vocabulary.files).toContain(name);
    // A second keystroke of the same word needs nothing new.
    const before = loaded.length;
    await engine.search("bargainin");
    expect(loaded.length).toBe(before);
  });
  it("answers a query of one letter from the entry, fetching only that letter's vocabulary for the next keystroke", async () => {
    const engine = watchedEngine();
    const { hits } = await engine.search("b");
    expect(hits.length).toBeGreaterThan(0);
    expect(loaded).toEqual([entry.vocabulary["b"]]);
    // Every letter that begins a word has its answer.
    expect(Object.keys(entry.letters).sort()).toEqual(
      Object.keys(entry.vocabulary)
        .filter((letter) => [...letter].length === 1)
        .sort(),
    );
  });
  it.each([
    ["ba", "bar"],
    ["ko", "kor"],
    ["mo", "mod"],
    ["in", "int"],
    ["ec", "eco"],
  ])("loads ahead, after %j, the postings that the next keystroke %j needs", async (typed, next) => {
    const engine = watchedEngine();
    await engine.search(typed);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const before = [...loaded];
    expect(before.length).toBeGreaterThan(1);
    await engine.search(next);
    expect(loaded).toEqual(before);
  });
  it("answers a query of two letters from their first letter's vocabulary shard, fetching no postings", async () => {
    const engine = watchedEngine();
    const { hits } = await engine.search("ba");
    expect(hits.length).toBeGreaterThan(0);
    expect(loaded).toEqual([entry.vocabulary["b"]]);
    // Every two letters that begin a word have their answer, in the shard of the first.
    for (const [letter, name] of Object.entries(entry.vocabulary)) {
      const shard = file<VocabularyShard>(name);
      const pairs = new Set(
        built.terms.filter((t) => t.startsWith(letter) && [...t].length >= 2).map((t) => [...t].slice(0, 2).join("")),
      );
      expect(Object.keys(shard.pairs).sort()).toEqual([...pairs].sort());
    }
  });
  it("finds a word of the body in the section it occurs in", async () => {
    const { hits } = await sharded.search("bargaining");
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits.slice(0, 5)) {
      const [section] = hit.sections[0] ?? [];
      expect(records[hit.doc]?.sections[section ?? -1]?.text).toMatch(/bargain/i);
    }
  });
  it("ranks a word in a title or abstract above the same word once in a body", async () => {
    const test = buildSearch([
      {
        path: "body/",
        kind: "article",
        source: "",
        fields: { title: "One" },
        sections: [{ id: "s", heading: "S", field: "body", lang: "en", text: "A word on tariffs. ".repeat(5) }],
      },
      {
        path: "abstract/",
        kind: "article",
        source: "",
        fields: { title: "Two" },
        sections: [{ id: "abstract", heading: "Abstract", field: "abstract", lang: "en", text: "On tariffs." }],
      },
      { path: "title/", kind: "article", source: "", fields: { title: "Tariffs" }, sections: [] },
    ]);
    const { hits } = await createEngine(memorySource(test)).search("tariff");
    expect(hits.map((h) => test.docs[h.doc]?.path)).toEqual(["title/", "abstract/", "body/"]);
  });
});
