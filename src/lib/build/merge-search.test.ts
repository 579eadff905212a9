import { describe, expect, it } from "vitest";
import type { SearchRecord } from "../search/build";
import { searchFiles } from "../search/files";
import { buildSearch } from "../search/build";
import { mergeSearch, partRecords } from "./merge-search";

const record = (path: string, body: string): SearchRecord => ({
  path,
  kind: "article",
  source: "Vol. 11 No. 1 (Spring 2020)",
  fields: { title: `Title of ${path}` },
  sections: [{ id: "1-introduction", heading: "Introduction", field: "body", lang: "en", text: body }],
});
const order = ["issues/1-1/a/", "issues/2-1/b/", "companions/c/"];
const [a, b, c] = [
  record(order[0]!, "Corruption in Kazakhstan."),
  record(order[1]!, "Banks and trade."),
  record(order[2]!, "Concentric spheres."),
];

describe("mergeSearch", () => {
  it("builds from the parts' records the index a one-piece build writes", () => {
    const written = new Map<string, string>();
    mergeSearch(
      [
        ["part-1", partRecords(order, [a, c])],
        ["part-2", partRecords(order, [b, c])],
      ],
      (name, json) => written.set(name, json),
    );
    expect([...written]).toEqual([...searchFiles(buildSearch([a, b, c]))]);
  });

  it.each([
    ["a text no part built", [["part-1", partRecords(order, [a, c])]], /no part built issues\/2-1\/b\//],
    [
      "parts built from different content",
      [
        ["part-1", partRecords(order, [a, c])],
        ["part-2", partRecords(order.slice(1), [b])],
      ],
      /part-2\/search\/index\.json: expected the same texts as part-1/,
    ],
    ["no part", [], /expected the search records of at least one part/],
  ] as [string, [string, string][], RegExp][])("fails on %s, naming it", (_, parts, message) => {
    expect(() => mergeSearch(parts, () => undefined)).toThrow(message);
  });
});
