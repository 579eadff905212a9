import { describe, expect, it } from "vitest";
import { headerGroups } from "./header-groups";

describe("headerGroups", () => {
  it("puts columns that share a prefix under one group header", () => {
    const groups = headerGroups([
      "Factor",
      "Agree: No.",
      "Agree: %",
      "Strongly agree: No.",
      "Strongly agree: %",
      "Note",
    ]);
    expect(groups?.top.map((c) => [c.label, c.colspan, c.rowspan])).toEqual([
      ["Factor", 1, 2],
      ["Agree", 2, 1],
      ["Strongly agree", 2, 1],
      ["Note", 1, 2],
    ]);
    expect(groups?.bottom.map((c) => [c.label, c.column])).toEqual([
      ["No.", 1],
      ["%", 2],
      ["No.", 3],
      ["%", 4],
    ]);
  });

  it("leaves a table alone when no two neighbouring columns share a prefix", () => {
    expect(headerGroups(["Year", "Rank", "Score: 0–100"])).toBeUndefined();
    expect(headerGroups(["A: x", "A: y"])).toBeUndefined();
  });
});
