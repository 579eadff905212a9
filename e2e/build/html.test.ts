import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages, dist } from "../site";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Typographic quotes and apostrophes in the texts are as printed, not mistakes.
    "no-raw-characters": "off",
    // Astro writes void elements as <meta /> and <br />.
    "void-style": "off",
    // Long titles are the authors' titles.
    "long-title": "off",
    // Heading ids come from printed numbered headings ("1-introduction"); HTML allows them.
    "valid-id": ["error", { relaxed: true }],
  },
});

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
