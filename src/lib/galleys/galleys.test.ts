import { describe, expect, it } from "vitest";
import { debianChromium, findPrinter } from "./printer";
import { linkedStylesheets, pdfLinks, promisedPdfs } from "./jobs";
import { galleyKey } from "./cache";
import { jatsPath, pdfPath } from "./paths";

describe("findPrinter", () => {
  const own = "/root/.cache/ms-playwright/chromium/chrome";
  const on =
    (...paths: string[]) =>
    (p: string) =>
      paths.includes(p);
  it.each([
    ["Debian's Chromium when it is installed", {}, on(debianChromium, own), { executablePath: debianChromium }],
    ["Playwright's own browser otherwise", {}, on(own), { executablePath: own }],
    [
      "the browser CABJ_CHROMIUM names",
      { CABJ_CHROMIUM: "/opt/chrome" },
      on("/opt/chrome", debianChromium),
      { executablePath: "/opt/chrome" },
    ],
    [
      "none when CABJ_PDF=off, even with a browser",
      { CABJ_PDF: "off" },
      on(debianChromium),
      { missing: "CABJ_PDF=off" },
    ],
    [
      "none when no browser is there",
      {},
      on(),
      { missing: `no Chromium at ${debianChromium} and no browser downloaded for Playwright` },
    ],
  ])("finds %s", (_, env: Record<string, string>, exists, expected) => {
    expect(findPrinter(env, exists, () => own)).toEqual(expected);
  });

  it.each([
    [
      { CABJ_CHROMIUM: "/nowhere/chrome" },
      "CABJ_CHROMIUM: expected the path of a Chromium executable, but /nowhere/chrome does not exist",
    ],
    [{ CABJ_PDF: "yes" }, 'CABJ_PDF: expected "on" or "off", got "yes"'],
  ])("refuses a setting that cannot be right: %j", (env, message) => {
    expect(() =>
      findPrinter(
        env,
        () => false,
        () => undefined,
      ),
    ).toThrow(message);
  });
});

describe("promisedPdfs", () => {
  const root = "https://lib.org/cabj/";
  const page = `${root}issues/11-1/bang/`;
  it("finds the citation_pdf_url and every link to a PDF on the site, once each", () => {
    const html = `<head><meta name="citation_pdf_url" content="${page}bang.pdf"></head>
      <a href="/cabj/issues/11-1/bang/bang.pdf" type="application/pdf">PDF</a>
      <a href="bang.pdf#page=2">p. 2</a><a href="../madumarov-pech/madumarov-pech.pdf">other</a>
      <a href="https://elsewhere.org/x.pdf">elsewhere</a><a href="bang.xml">JATS</a>`;
    expect(promisedPdfs(pdfLinks(html), page, root)).toEqual([
      "issues/11-1/bang/bang.pdf",
      "issues/11-1/madumarov-pech/madumarov-pech.pdf",
    ]);
  });
  it("finds none on a page without PDF", () => {
    expect(pdfLinks('<meta name="citation_title" content="x"><a href="cite.bib">BibTeX</a>')).toEqual([]);
  });
  it("lists the stylesheets of the site a page links", () => {
    const html =
      '<link rel="stylesheet" href="/cabj/_astro/a.css"><link rel="stylesheet" href="https://cdn.org/b.css">';
    expect(linkedStylesheets(html, page, root)).toEqual(["_astro/a.css"]);
  });
});

describe("galleyKey", () => {
  const parts = {
    html: "<h1>T</h1>",
    stylesheets: ["h1{}"],
    settings: { format: "A4" },
    printer: "/usr/bin/chromium 1 2",
  };
  it("is the same for the same inputs, so an unchanged page reuses its PDF", () => {
    expect(galleyKey(parts)).toBe(galleyKey({ ...parts }));
  });
  it.each([
    ["the page", { html: "<h1>T.</h1>" }],
    ["a stylesheet", { stylesheets: ["h1{color:red}"] }],
    ["the PDF settings", { settings: { format: "Letter" } }],
    ["the browser", { printer: "/usr/bin/chromium 1 3" }],
    ["where one stylesheet ends and the next begins", { stylesheets: ["h1", "{}"] }],
  ])("changes with %s", (_, change) => {
    expect(galleyKey({ ...parts, ...change })).not.toBe(galleyKey(parts));
  });
  it("does not change with the search form, which paper does not show (it names the index by hash)", () => {
    const page = (index: string) =>
      `<header><form id="site-search" role="search" data-search-index="/search/index.${index}.json"><input></form></header><h1>T</h1>`;
    expect(galleyKey({ ...parts, html: page("5f18dfa1") })).toBe(galleyKey({ ...parts, html: page("0c2e9a77") }));
    expect(galleyKey({ ...parts, html: page("5f18dfa1") })).not.toBe(
      galleyKey({ ...parts, html: page("5f18dfa1") + "." }),
    );
  });
});

describe("galley paths", () => {
  it("puts the PDF and the JATS beside the page, named after the text", () => {
    const text = { path: "issues/11-1/bang/", slug: "bang" };
    expect([pdfPath(text), jatsPath(text)]).toEqual(["issues/11-1/bang/bang.pdf", "issues/11-1/bang/bang.xml"]);
  });
});
