import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeFixture, type Fixture } from "./fixture";

/** Every file below `dir`, relative to it. */
const walk = (dir: string, root = dir): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, root) : [relative(root, full)];
  });

/** The hosts of every http(s) URL in a text. */
const hosts = (text: string) => new Set([...text.matchAll(/https?:\/\/([^/\s"'<>)\\]+)/g)].map((m) => m[1] ?? ""));

/**
 * Vocabularies and standards that outputs name by URL (namespaces, DTDs, schemas), which are no
 * site's address.
 */
const vocabularies = new Set([
  "purl.org",
  "schema.org",
  "www.w3.org",
  "ogp.me",
  "www.zotero.org",
  "www.sitemaps.org",
  "www.openarchives.org",
  "jats.nlm.nih.gov",
  "www.niso.org",
]);

let fixture: Fixture;
let output = "";
let files: string[] = [];
const dist = () => join(fixture.dir, "dist");
const read = (path: string) => readFileSync(join(dist(), path), "latin1");

beforeAll(async () => {
  fixture = makeFixture();
  // As on a machine where nobody set the origin: no CABJ_SITE, no `site` in journal.yaml.
  const built = await fixture.build({ CABJ_SITE: "" });
  expect(built.code, built.output).toBe(0);
  output = built.output;
  files = walk(dist());
}, 300_000);

afterAll(() => fixture?.dispose());

describe("a build without the site's origin", () => {
  it("says so once, loudly", () => {
    expect(output.match(/NO SITE ORIGIN/g)).toHaveLength(1);
  });

  it("names no host of its own in any file (pages, citations, JATS, PDFs, JSON)", () => {
    // Every host a built file names is one the content names (a reference, a venue) or a vocabulary.
    const contentHosts = new Set(
      walk(join(fixture.dir, "content")).flatMap((f) => [
        ...hosts(readFileSync(join(fixture.dir, "content", f), "utf8")),
      ]),
    );
    const strangers: string[] = [];
    for (const file of files) {
      const text = read(file);
      expect(text, file).not.toContain("localhost:4321");
      for (const host of hosts(text))
        if (!contentHosts.has(host) && !vocabularies.has(host)) strangers.push(`${file}: ${host}`);
    }
    expect(strangers).toEqual([]);
  });

  it("prints its PDF galleys with no link to the site", () => {
    const pdfs = files.filter((f) => f.endsWith(".pdf"));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs)
      expect(read(pdf), pdf).not.toMatch(/\/URI\s*\((?:https?:\/\/)?(?:galley\.invalid|localhost)/);
  });

  it("leaves out what needs an absolute URL, and still links its files below its path", () => {
    for (const page of files.filter((f) => f.endsWith(".html"))) {
      const html = read(page);
      for (const absent of [
        'rel="canonical"',
        'property="og:url"',
        "citation_abstract_html_url",
        "citation_fulltext_html_url",
        "citation_pdf_url",
        "DC.Identifier.URI",
      ])
        expect(html, `${page}: ${absent}`).not.toContain(absent);
    }
    // The issue page still offers its articles (COinS), without their addresses.
    expect(read("issues/11-1/index.html")).toMatch(/class="Z3988"/);
    expect(read("issues/11-1/index.html")).not.toContain("rft_id");
    expect(read("issues/11-1/bang/index.html")).toContain('href="/issues/11-1/bang/bang.pdf"');
    expect(read("ru/bang/index.html")).toContain('<link rel="alternate" hreflang="en" href="/issues/11-1/bang/">');
    expect(existsSync(join(dist(), "sitemap.xml"))).toBe(false);
    expect(existsSync(join(dist(), "feed.xml"))).toBe(false);
    expect(read("robots.txt")).not.toContain("Sitemap");
    expect(read("issues/11-1/bang/cite.ris")).not.toMatch(/^UR {2}-/m);
    expect(read("issues/11-1/bang/bang.xml")).not.toContain("self-uri");
  });

  it("takes the origin from journal.yaml's `site` when it is set", async () => {
    fixture.edit("content/journal.yaml", (t) => `${t}site: https://journal.example.kz\n`);
    const built = await fixture.build({ CABJ_SITE: "", CABJ_PDF: "off" });
    expect(built.code, built.output).toBe(0);
    expect(built.output).not.toContain("NO SITE ORIGIN");
    expect(read("issues/11-1/bang/index.html")).toContain(
      '<link rel="canonical" href="https://journal.example.kz/issues/11-1/bang/">',
    );
    expect(read("sitemap.xml")).toContain("<loc>https://journal.example.kz/issues/11-1/bang/</loc>");
  }, 300_000);
});
