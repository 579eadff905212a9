import { describe, expect, it } from "vitest";
import { tableOfContents, tocThreshold } from "./toc";

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe("tableOfContents", () => {
  const body = [h(2, "intro"), h(3, "intro-a"), h(4, "deep"), h(2, "model"), h(2, "conclusion")];

  it("lists the parts before the body, its sections and subsections in order, then the parts after", () => {
    expect(
      tableOfContents(body, [{ id: "abstract", text: "Abstract" }], [{ id: "references", text: "References" }]),
    ).toEqual([
      { id: "abstract", text: "Abstract", children: [] },
      { id: "intro", text: "INTRO", children: [{ id: "intro-a", text: "INTRO-A", children: [] }] },
      { id: "model", text: "MODEL", children: [] },
      { id: "conclusion", text: "CONCLUSION", children: [] },
      { id: "references", text: "References", children: [] },
    ]);
  });

  it("puts a subsection that opens the body at the top level, under no section", () => {
    const toc = tableOfContents([h(3, "a"), h(2, "b"), h(3, "c"), h(2, "d")], [], []);
    expect(toc?.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([
      ["a", []],
      ["b", ["c"]],
      ["d", []],
    ]);
  });

  it.each([
    ["no headings", []],
    ["one fewer than the threshold", body.filter((x) => x.depth < 4).slice(0, tocThreshold - 1)],
    ["only headings deeper than subsections", [h(4, "a"), h(4, "b"), h(4, "c"), h(4, "d"), h(5, "e")]],
  ])("gives none for a short text: %s", (_, headings) => {
    expect(tableOfContents(headings, [{ id: "abstract", text: "Abstract" }], [])).toBeUndefined();
  });

  it("refuses two entries with one id, which would link to the wrong place", () => {
    expect(() => tableOfContents(body, [], [{ id: "model", text: "Model" }])).toThrow(/share the id "model"/);
  });
});
