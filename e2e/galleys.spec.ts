import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { texts } from "./expected";
import { jatsProblems } from "../src/lib/jats/validate";
import { pdfSettings } from "../src/lib/galleys/print";

const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const meta = (page: Page, name: string) =>
  page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute("content") ?? ""));

/** A poppler tool's output on the PDF, run on a copy in a folder of its own, removed after. */
function pdfTool(tool: string, bytes: Buffer, ...args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "cabj-galley-"));
  try {
    const file = join(dir, "galley.pdf");
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text pdftotext extracts, in reading order, whitespace flattened. */
const pdfText = (bytes: Buffer): string => flat(pdfTool("pdftotext", bytes));

for (const text of texts) {
  test.describe(`/${text.path}`, () => {
    test("has a PDF galley in its own folder, linked from the page and named by citation_pdf_url", async ({
      page,
      request,
    }) => {
      await page.goto(text.path);
      const [pdfUrl] = await meta(page, "citation_pdf_url");
      expect(pdfUrl, "citation_pdf_url").toBeTruthy();
      const pdfPath = new URL(pdfUrl ?? "").pathname;
      expect(pdfPath).toBe(`/${text.path}${text.path.split("/").at(-2)}.pdf`);
      const link = page.getByRole("link", { name: "PDF", exact: true });
      await expect(link).toBeVisible();
      expect(new URL((await link.getAttribute("href")) ?? "", page.url()).pathname).toBe(pdfPath);
      const response = await request.get(pdfPath.slice(1));
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      const bytes = await response.body();
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

      // Laid out as Google Scholar reads a paper: under the masthead in the page's margin, the
      // title first, the authors on the line below.
      const whole = pdfText(bytes);
      const titleAt = whole.indexOf(flat(text.title));
      const masthead = whole.slice(0, titleAt);
      expect(masthead).toMatch(
        /^Central Asia Business Journal · ISSN 2073-5901 \(print\) · ISSN 1991-0002 \(online\) /,
      );
      expect(masthead.length, `only the masthead stands before the title: ${masthead}`).toBeLessThan(160);
      const extracted = whole.slice(titleAt);
      const subtitle = (await page.locator(".article-header .subtitle").allInnerTexts()).map(flat).join(" ");
      const afterTitle = extracted.slice(flat(text.title).length).trim().slice(subtitle.length).trim();
      expect(extracted.slice(flat(text.title).length).trim().startsWith(subtitle)).toBe(true);
      if (text.authors.length > 0) expect(afterTitle.startsWith(text.authors[0] ?? "")).toBe(true);
      else expect(afterTitle.startsWith("The author is not named in the source.")).toBe(true);
      for (const name of text.authors) expect(extracted).toContain(name);
      for (const heading of text.headings) expect(extracted, heading).toContain(flat(heading));
      if (text.references > 0) {
        // The reference list ends the text, before "Cite this" (issue 12).
        const references = extracted.lastIndexOf("References");
        expect(references).toBeGreaterThan(-1);
        expect(references).toBeLessThan(extracted.lastIndexOf("Cite this"));
      }
      for (const control of ["Skip to content", "Also as", "Close", "Copy APA"])
        expect(extracted).not.toContain(control);
    });
  });
}

test("each article's PDF names the journal, volume, issue and year under its authors", async ({ page, request }) => {
  for (const text of texts.filter((t) => t.path.startsWith("issues/"))) {
    await page.goto(text.path);
    const [pdfUrl] = await meta(page, "citation_pdf_url");
    const extracted = pdfText(await (await request.get(new URL(pdfUrl ?? "").pathname.slice(1))).body());
    const venue = extracted.indexOf("Central Asia Business Journal, Vol. 11 No. 1 (Spring 2020)");
    expect(venue).toBeGreaterThan(extracted.indexOf(text.authors.at(-1) ?? ""));
    expect(venue).toBeLessThan(extracted.indexOf("Abstract"));
  }
});

for (const text of texts.filter((t) => t.path.startsWith("issues/"))) {
  test(`/${text.path} has JATS XML with its front matter, sections, notes and references`, async ({
    page,
    request,
  }) => {
    await page.goto(text.path);
    const link = page.getByRole("link", { name: "JATS XML" });
    const response = await request.get(new URL((await link.getAttribute("href")) ?? "", page.url()).pathname.slice(1));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    // Valid against the JATS Publishing 1.3 DTD (xmllint, no network), MathML arguments counted.
    expect(jatsProblems(xml)).toEqual([]);
    expect(xml).toContain("JATS (Z39.96) Journal Publishing DTD v1.3");
    const all = (node: unknown, name: string): unknown[] =>
      typeof node !== "object" || node === null
        ? []
        : Object.entries(node).flatMap(([k, v]) =>
            (Array.isArray(v) ? v : [v]).flatMap((c) => [...(k === name ? [c] : []), ...all(c, name)]),
          );
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false }).parse(xml);
    const article = doc.article;
    expect(article["@dtd-version"]).toBe("1.3");
    expect(all(article, "article-title")).toEqual([text.title]);
    expect(all(article.front, "surname")).toHaveLength(text.authors.length);
    expect(all(article, "ref")).toHaveLength(text.references);
    const summaries = await page.locator("section.summary").evaluateAll((s) => s.map((e) => e.getAttribute("lang")));
    expect(all(article, "trans-abstract").map((t) => (t as Record<string, string>)["@xml:lang"])).toEqual(summaries);
    const jelShown = (await page.locator("p", { hasText: /^JEL classification:/ }).innerText()).replace(
      /^JEL classification:\s*/,
      "",
    );
    const jel = all(article, "kwd-group").find((g) => (g as Record<string, string>)["@kwd-group-type"] === "JEL");
    expect(all(jel, "kwd").join(", ")).toBe(jelShown);
    const titles = all(article.body, "sec").map((s) => {
      const sec = s as { label?: string; title: string | { "#text": string } };
      const title = typeof sec.title === "string" ? sec.title : sec.title["#text"];
      return flat([sec.label, title].filter(Boolean).join(" "));
    });
    // Every heading of the body as the page shows it, the appendix moved to the back matter.
    const bodyHeadings = (
      await page.locator(".body :is(h2, h3):not(#footnote-label, #works-cited)").allInnerTexts()
    ).map(flat);
    const inBack = all(article.back, "app").map((a) => (a as { title: string }).title);
    expect([...titles, ...inBack]).toEqual(bodyHeadings);
    expect(all(article, "fn").filter((f) => (f as Record<string, string>)["@id"]?.startsWith("fn-"))).toHaveLength(
      text.footnotes,
    );
    if (text.maths) expect(all(article.body, "mml:math").length).toBeGreaterThan(50);
  });
}

/** The text of each page of a PDF, whitespace flattened. pdftotext separates pages with a form feed. */
const pdfPageTexts = (bytes: Buffer): string[] => pdfTool("pdftotext", bytes).split("\f").slice(0, -1).map(flat);

interface Box {
  page: number;
  top: number;
  left: number;
  width: number;
  height: number;
  text: string;
}

/** Where each image and each run of text sits on its page (pdftohtml's XML, in points from the page's corner). */
function pdfBoxes(bytes: Buffer): { images: Box[]; texts: Box[] } {
  const xml = pdfTool("pdftohtml", bytes, "-xml", "-q", "-stdout");
  const boxes = { images: [] as Box[], texts: [] as Box[] };
  for (const [, number, inner] of xml.matchAll(/<page number="(\d+)"[^>]*>([\s\S]*?)<\/page>/g))
    for (const [, tag, attributes, text] of inner!.matchAll(/<(image|text) ([^>]*?)\/?>(?:(.*?)<\/text>)?/g)) {
      const n = (name: string) => Number(new RegExp(`${name}="(-?[\\d.]+)"`).exec(attributes!)?.[1]);
      const box = { page: Number(number), top: n("top"), left: n("left"), width: n("width"), height: n("height") };
      (tag === "image" ? boxes.images : boxes.texts).push({ ...box, text: (text ?? "").replace(/<[^>]+>/g, "") });
    }
  return boxes;
}

/** The galleys' top margin in pdftohtml's units (1.5 px a point, 72 points an inch). */
const topMargin = (parseFloat(pdfSettings.margin.top) / 25.4) * 72 * 1.5;

/** How far two boxes on the same page overlap, in points of height (0 when they do not). */
const overlap = (a: Box, b: Box) =>
  a.page === b.page && a.left < b.left + b.width && b.left < a.left + a.width
    ? Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top))
    : 0;

for (const text of texts) {
  test(`/${text.path}: its PDF is a typeset galley: masthead, running heads, every chart, the site's typefaces, nothing web-only`, async ({
    page,
    request,
  }) => {
    await page.goto(text.path);
    const [pdfUrl] = await meta(page, "citation_pdf_url");
    const bytes = await (await request.get(new URL(pdfUrl ?? "").pathname.slice(1))).body();
    const pages = pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThan(1);

    // Page 1: the masthead names the journal, both ISSNs and, for an article, its issue and section.
    const first = pages[0]!;
    for (const words of ["Central Asia Business Journal", "ISSN 2073-5901 (print)", "ISSN 1991-0002 (online)"])
      expect(first).toContain(words);
    if (text.path.startsWith("issues/")) {
      expect(first).toContain("Vol. 11 No. 1 (Spring 2020)");
      expect(first).toMatch(/Research papers|Perspectives/);
    }
    // Every later page: the running head (authors or short title) and "n / N".
    const shortTitle = flat(text.title).split(/:\s/)[0]!.slice(0, 30);
    pages.slice(1).forEach((p, i) => {
      expect(p, `page ${i + 2}`).toMatch(new RegExp(`(^|\\s)${i + 2} ?/ ?${pages.length}(\\s|$)`));
      expect(p, `page ${i + 2}`).toContain(shortTitle);
    });
    // No page holds only a running head, a page number and a URL.
    pages.forEach((p, i) => {
      const body = p
        .replace(shortTitle, "")
        .replace(/\d+ ?\/ ?\d+/, "")
        .replace(/https?:\/\/\S+/g, "");
      expect(body.replace(/[^\p{L}]/gu, "").length, `page ${i + 1}: ${p.slice(0, 200)}`).toBeGreaterThan(30);
    });

    // One embedded image per chart the page draws.
    const charts = await page.locator("[data-chart]").count();
    const images = pdfTool("pdfimages", bytes, "-list")
      .split("\n")
      .slice(2)
      .filter((line) => line.trim().split(/\s+/)[2] === "image");
    expect(images.length).toBe(charts);
    // No text is printed over a chart: its box on paper holds the whole canvas, axis labels and all.
    const boxes = pdfBoxes(bytes);
    expect(boxes.images.length).toBe(charts);
    for (const image of boxes.images)
      for (const words of boxes.texts)
        expect(overlap(image, words), `page ${words.page}: “${words.text}” printed over a chart`).toBeLessThan(1);
    // Every later page's head (running head and page number, in the page's top margin) is one line.
    for (let n = 2; n <= pages.length; n++) {
      // pdftohtml gives whole pixels, rounded down: the text's first line starts at the margin's floor.
      const head = boxes.texts.filter((t) => t.page === n && t.top < Math.floor(topMargin));
      expect(head.length, `page ${n} has a head`).toBeGreaterThan(0);
      expect(new Set(head.map((t) => t.top)).size, `page ${n}: ${head.map((t) => t.text).join(" | ")}`).toBe(1);
    }

    // A measure of about 65–75 characters: the full lines of running text (the longest quarter of
    // the lines that are prose: no page heads, table rows or lines set apart by wide gaps).
    const prose = pdfTool("pdftotext", bytes, "-layout", "-f", "2")
      .split("\n")
      .filter((l) => /^[\p{L}(“]/u.test(l) && !/ {3,}/.test(l) && !l.includes("Central Asia Business Journal"))
      .map((l) => l.trimEnd().length)
      .sort((a, b) => a - b);
    const full = prose[Math.floor(prose.length * 0.75)] ?? 0;
    expect(full, "characters in a full line").toBeGreaterThanOrEqual(62);
    expect(full, "characters in a full line").toBeLessThanOrEqual(78);

    // The screen's typefaces, embedded.
    const fonts = pdfTool("pdffonts", bytes);
    for (const face of ["NotoSerif-Regular", "NotoSans-Regular"])
      expect(fonts).toMatch(new RegExp(`\\+${face}\\s.*\\syes\\s`));

    // Nothing that only works on screen: no CSV link, disclosures, copy buttons, links to other
    // files, and no contents list (its label followed by its first entry).
    const all = pages.join(" ");
    const firstEntry = flat(
      (await page
        .locator(".toc a")
        .first()
        .innerText()
        .catch(() => "")) || "Abstract",
    );
    for (const words of [
      "Download the table as CSV",
      "Show the data",
      "Where these numbers come from",
      "Copy APA",
      "Also as",
      `Contents ${firstEntry}`,
    ])
      expect(all).not.toContain(words);
  });
}
