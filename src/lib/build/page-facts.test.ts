import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageFacts } from "./page-facts";

const dist = mkdtempSync(join(tmpdir(), "cabj-facts-"));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (file: string, html: string) => {
  mkdirSync(join(dist, file, ".."), { recursive: true });
  writeFileSync(join(dist, file), html);
};
page(
  "a/index.html",
  `<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"><meta name="citation_pdf_url" content="https://x.org/a/a.pdf"><a href="a.pdf#page=2">p. 2</a>`,
);
page("b/index.html", "<p>No policy, no PDF.</p>");
page("404.html", `<meta http-equiv="content-security-policy" content="default-src 'none'">`);

describe("pageFacts", () => {
  const pathnames = ["a/", "b/", "404", "a/a.xml"];

  it("reads each page's policy and the PDF addresses it names; an endpoint has no page", async () => {
    const facts = await pageFacts(dist, pathnames);
    expect([...facts]).toEqual([
      ["a/", { csp: "script-src 'self'", pdfs: ["https://x.org/a/a.pdf", "a.pdf#page=2"] }],
      ["b/", { csp: undefined, pdfs: [] }],
      ["404", { csp: "default-src 'none'", pdfs: [] }],
    ]);
  });

  it("reads the pages once for every step that asks, and again for other pages", async () => {
    const first = pageFacts(dist, pathnames);
    page("b/index.html", `<a href="b.pdf">PDF</a>`);
    expect(pageFacts(dist, pathnames)).toBe(first);
    expect((await pageFacts(dist, ["b/"])).get("b/")?.pdfs).toEqual(["b.pdf"]);
  });
});
