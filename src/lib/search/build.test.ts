import { describe, expect, it } from "vitest";
import { buildSearch, type SearchRecord } from "./build";
import { decodePostings, decodeVocabulary } from "./codec";
import { fields } from "./options";

const record = (path: string, f: SearchRecord["fields"], shard = "11-1"): SearchRecord => ({
  path,
  shard,
  kind: "article",
  source: "Vol. 11 No. 1 (Spring 2020)",
  fields: f,
});

describe("buildSearch", () => {
  const built = buildSearch([
    record("a/", { title: "Kazakhstan and Kyrgyzstan", ru: "Казахстан" }),
    record("b/", { kk: "Қазақстан", authors: "Gerald Pech" }),
    record("c/", { abstract: "Kyrgyzstan" }, "companions"),
  ]);
  const vocabulary = decodeVocabulary(built.index.vocabulary);
  const postings = (word: string) => decodePostings(built.index.postings[vocabulary.indexOf(word)] ?? "");
  const bit = (f: (typeof fields)[number]) => 1 << fields.indexOf(f);

  it("indexes folded words with the texts and fields they occur in", () => {
    expect(vocabulary).toEqual(["and", "gerald", "kazahstan", "kazakstan", "kirgizstan", "pech"]);
    const kazakhstan = postings("kazahstan");
    expect([...kazakhstan.docs]).toEqual([0]);
    expect([...kazakhstan.masks]).toEqual([bit("title") | bit("ru")]);
    expect([...postings("kirgizstan").docs]).toEqual([0, 2]);
    expect([...postings("kazakstan").masks]).toEqual([bit("kk")]);
  });
  it("counts each text's words", () => {
    expect(built.index.lengths).toEqual([4, 3, 1]);
  });
  it("puts what a result shows into one shard per issue", () => {
    expect(built.index.shards).toEqual(["11-1", "companions"]);
    expect(built.index.docShards).toEqual([0, 0, 1]);
    expect(built.shards.get("11-1")?.map((r) => r.path)).toEqual(["a/", "b/"]);
    expect(built.shards.get("companions")?.[0]?.fields.abstract).toBe("Kyrgyzstan");
  });
  it("never drops a text, even one without words", () => {
    const empty = buildSearch([record("x/", { jel: "—" })]);
    expect(empty.index.paths).toEqual(["x/"]);
    expect(empty.index.lengths).toEqual([0]);
  });
  it("refuses two texts with one path", () => {
    expect(() => buildSearch([record("a/", {}), record("a/", {})])).toThrow(/two texts have the path "a\/"/);
  });
});
