import { describe, expect, it } from "vitest";
import { figureAnchor } from "./anchor";

describe("figureAnchor", () => {
  it.each([
    ["csr-table-1", "Table 1", "table-1"],
    ["kazakhstan-fsi", "Figure 6", "figure-6"],
    ["kazakhstan-hdi", " Figure 12 ", "figure-12"],
    ["bang-income", undefined, "fig-bang-income"],
    ["x", "Chart A", "fig-x"],
  ])("%s labelled %s → %s", (id, label, anchor) => {
    expect(figureAnchor(id, label)).toBe(anchor);
  });
});
