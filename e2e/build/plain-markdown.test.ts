import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { makeFixture } from "./fixture";

it("a text in plain Markdown (no components) is published like an MDX one: maths, notes, summaries", async () => {
  const fixture = makeFixture();
  try {
    fixture.write(
      "content/issues/11-1/articles/plain-text.md",
      [
        "---",
        'title: "A Plain Text"',
        'issue: "11-1"',
        "section: research",
        "order: 4",
        "authors: [pech]",
        "---",
        "",
        "## 1. Introduction",
        "",
        "Efficiency means $v(a,b \\mid e^*) > v(a) + v(b) + e^*$.[^2]",
        "",
        "[^2]: A note numbered as printed.",
        "",
      ].join("\n"),
    );
    fixture.write(
      "content/issues/11-1/summaries/plain-text.en.yaml",
      "article: plain-text\nlang: en\ntext: A summary.\n",
    );
    const { code, output } = await fixture.build({ CABJ_PDF: "off" });
    expect(code, output).toBe(0);
    const html = readFileSync(join(fixture.dir, "dist/issues/11-1/plain-text/index.html"), "utf8");
    expect(html).toContain("<h1>A Plain Text</h1>");
    expect(html).toMatch(/<math[^>]*>/);
    expect(html).toMatch(/data-footnote-ref[^>]*>2</);
    expect(html).toContain('lang="en"');
    expect(output).toContain("4 article(s)");
  } finally {
    fixture.dispose();
  }
});
