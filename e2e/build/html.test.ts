import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, dist, htmlValidator } from "../site";

const validator = htmlValidator();

const pages = builtPages();

describe("every built page is valid HTML", () => {
  it("the build has pages to validate", () => expect(pages.length).toBeGreaterThan(5));
  it.each(pages)("/%s", async (path) => {
    const file = path === "404.html" ? join(dist, "404.html") : join(dist, path, "index.html");
    const report = await validator.validateString(readFileSync(file, "utf8"), file);
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
