import { describe, expect, it } from "vitest";
import { formatCounts } from "./counts";

describe("formatCounts", () => {
  it("names every count", () => {
    expect(
      formatCounts({
        issues: 1,
        articles: 3,
        companions: 2,
        summaries: { en: 3, ru: 3, kk: 2 },
        figures: 24,
        dataRows: 180,
        references: 10,
      }),
    ).toBe(
      "1 issue(s), 3 article(s), 2 companion text(s), summaries en 3, ru 3, kk 2, 24 figure(s) and table(s) with 180 data row(s), 10 reference(s)",
    );
  });
});
