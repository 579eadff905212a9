import { describe, expect, it } from "vitest";
import { buildSearch, postingsOf, searchBuilder } from "./build";
import { record, section } from "./fixtures";
import { foldText } from "./fold";
import { fields } from "./options";

const bit = (f: (typeof fields)[number]) => 1 << fields.indexOf(f);

describe("buildSearch", () => {
  const built = buildSearch([
    record("a/", { title: "Kazakhstan and Kyrgyzstan" }, [section("summary-ru", "ru", "Казахстан", "ru")]),
    record("b/", { authors: "Gerald Pech" }, [
      section("summary-kk", "kk", "Қазақстан", "kk"),
      section("1-introduction", "body", "Corruption, corruption and Kazakhstan."),
      section("2-model", "body", "No corruption here? Corruption."),
    ]),
    record("c/", {}, [section("abstract", "abstract", "Kyrgyzstan")]),
  ]);
  const postings = (word: string) => postingsOf(built.postings[built.terms.indexOf(word)] ?? []);

  it("indexes folded words with the texts and fields they occur in", () => {
    expect(built.terms).toEqual([
      "and",
      "gerald",
      "here",
      "kazahstan",
      "kazakstan",
      "kirgizstan",
      "korrupcion",
      "no",
      "pech",
    ]);
    expect(postings("kazahstan").map((p) => [p.doc, p.mask])).toEqual([
      [0, bit("title") | bit("ru")],
      [1, bit("body")],
    ]);
    expect(postings("kirgizstan").map((p) => p.doc)).toEqual([0, 2]);
    expect(postings("kazakstan")[0]?.mask).toBe(bit("kk"));
  });
  it("counts a word's occurrences in the body and lists the sections it occurs in", () => {
    expect(postings("korrupcion")).toEqual([{ doc: 1, mask: bit("body"), count: 4, sections: [1, 2] }]);
    expect(postings("kazahstan")[0]?.sections).toEqual([0]);
  });
  it("counts each text's words, and keeps what a result shows", () => {
    expect(built.lengths).toEqual([4, 11, 1]);
    expect(built.docs[1]?.sections.map((s) => s.id)).toEqual(["summary-kk", "1-introduction", "2-model"]);
    expect(built.sectionTexts[1]?.[2]).toBe("No corruption here? Corruption.");
  });
  it("never drops a text, even one without words", () => {
    const empty = buildSearch([record("x/", { jel: "—" })]);
    expect(empty.docs.map((d) => d.path)).toEqual(["x/"]);
    expect(empty.lengths).toEqual([0]);
  });
  it("refuses two texts with one path, and two sections with one id", () => {
    expect(() => buildSearch([record("a/", {}), record("a/", {})])).toThrow(/two texts have the path "a\/"/);
    expect(() => buildSearch([record("a/", {}, [section("x", "body", "a"), section("x", "body", "b")])])).toThrow(
      /"a\/" has two sections with the id "x"/,
    );
  });
});

describe("searchBuilder", () => {
  const records = [
    record("a/", { title: "Kazakhstan and Kyrgyzstan" }, [section("abstract", "abstract", "Corruption in Astana.")]),
    record("b/", { authors: "Gerald Pech" }, [
      section("abstract", "abstract", "Kazakhstan's accession."),
      section("1-introduction", "body", "Corruption, corruption and Kazakhstan."),
      section("references", "body", "Pech, G. (2020)."),
    ]),
  ];

  it("given each body section's words folded elsewhere, builds the index buildSearch builds", () => {
    const builder = searchBuilder();
    const asked: string[] = [];
    for (const r of records)
      builder.add(r, (s) => {
        asked.push(`${r.path}${s.id}`);
        return s.field === "body" ? foldText(s.text) : undefined;
      });
    expect(builder.done()).toEqual(buildSearch(records));
    expect(asked).toEqual(["a/abstract", "b/abstract", "b/1-introduction", "b/references"]);
  });

  it("indexes the folded words it is given, not its own folding of the section", () => {
    const builder = searchBuilder();
    builder.add(records[1]!, (s) => (s.id === "1-introduction" ? ["given"] : undefined));
    const built = builder.done();
    expect(built.terms).toContain("given");
    expect(built.terms).not.toContain("korrupcion");
    expect(postingsOf(built.postings[built.terms.indexOf("given")]!)).toEqual([
      { doc: 0, mask: 1 << fields.indexOf("body"), count: 1, sections: [1] },
    ]);
    // Its section's text is still what a result shows.
    expect(built.sectionTexts[0]?.[1]).toBe("Corruption, corruption and Kazakhstan.");
  });
});
