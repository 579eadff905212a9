import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeFixture } from "./fixture";

/** Every file below `dir`, as paths relative to it. */
const files = (dir: string, prefix = ""): string[] =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );

describe("PDF galleys", () => {
  const fixture = makeFixture();
  afterAll(() => fixture.dispose());
  const dist = join(fixture.dir, "dist");
  const report = (output: string) =>
    /(\d+) PDF galleys in [\d.]+ s: (\d+) printed, (\d+) from the cache/.exec(output)?.slice(1);

  it("prints every text's PDF once, then reprints only a text that changed", async () => {
    const first = await fixture.build();
    expect(first.code, first.output).toBe(0);
    expect(report(first.output)).toEqual(["5", "5", "0"]);
    const again = await fixture.build();
    expect(report(again.output)).toEqual(["5", "0", "5"]);
    fixture.edit("content/issues/11-1/articles/bang.mdx", (t) =>
      t.replace("## 1. Introduction", "## 1. Introduction\n\nA new paragraph."),
    );
    const changed = await fixture.build();
    expect(report(changed.output)).toEqual(["5", "1", "4"]);
    expect(readdirSync(join(fixture.dir, ".astro", "cache", "pdf-cache"))).toHaveLength(5);
  });

  it("without a printer, says so loudly and links no PDF: no dead link, no citation_pdf_url", async () => {
    const { code, output } = await fixture.build({ CABJ_PDF: "off" });
    expect(code, output).toBe(0);
    expect(output).toContain("NO PDF GALLEYS in this build: CABJ_PDF=off");
    const built = files(dist);
    expect(built.filter((f) => f.endsWith(".pdf"))).toEqual([]);
    for (const page of built.filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join(dist, page), "utf8");
      expect(html, page).not.toContain("citation_pdf_url");
      expect(html, page).not.toMatch(/href="\/[^"]*\.pdf"/);
    }
    const jats = readFileSync(join(dist, "issues/11-1/bang/bang.xml"), "utf8");
    expect(jats).not.toContain("application/pdf");
  });

  it("fails, naming the setting, when CABJ_CHROMIUM names no browser", async () => {
    const { code, output } = await fixture.build({ CABJ_CHROMIUM: "/nowhere/chromium" });
    expect(code).not.toBe(0);
    expect(output).toContain(
      "CABJ_CHROMIUM: expected the path of a Chromium executable, but /nowhere/chromium does not exist",
    );
    expect(existsSync(join(dist, "issues/11-1/bang/bang.pdf"))).toBe(false);
  });
});
