import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { serve } from "./serve";
import { makeFixture, type Fixture } from "./build/fixture";
import { builtPages, htmlValidator } from "./site";
import { importJats, type ImportReport } from "../src/lib/jats/import/write";
import { jatsProblems } from "../src/lib/jats/validate";

/**
 * An archive a library fills from JATS: the 18 articles of one real issue (../shared/jats-samples,
 * each under its own Creative Commons licence) imported into an empty fixture archive, built once,
 * served on its own port (E2E_PORT + 3), and read in Chromium against the XML it came from.
 */
const root = new URL("..", import.meta.url).pathname;
const samples = join(root, "../shared/jats-samples");
const port = Number(process.env["E2E_PORT"] ?? 4322) + 3;
const local = `http://127.0.0.1:${port}/`;
// Built from a copy of the project (e2e/build/fixture.ts), made in beforeAll and removed after:
// a build writes the project's .astro folder, which a dev server running from it (dev.spec.ts)
// reads, and this content is not the site's.
let fixture: Fixture | undefined;
let out = "";
const files = readdirSync(samples)
  .filter((f) => /^0034-8910-rsp-48-2-\d+\.xml$/.test(f))
  .sort();

test.describe.configure({ mode: "serial" });

let server: Awaited<ReturnType<typeof serve>> | undefined;
let report: ImportReport;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  fixture = makeFixture();
  const content = join(fixture.dir, "imported");
  mkdirSync(content);
  cpSync(join(root, "content/ui"), join(content, "ui"), { recursive: true });
  copyFileSync(join(root, "e2e/fixtures/imported/journal.yaml"), join(content, "journal.yaml"));
  report = importJats([samples], content);
  // Built for the origin it is served from, as the e2e build of the site is.
  const { code, output } = await fixture.build({
    CABJ_CONTENT: content,
    CABJ_CACHE_DIR: join(fixture.dir, "cache"),
    CABJ_PDF: "off",
    CABJ_SITE: `http://127.0.0.1:${port}`,
  });
  if (code !== 0) throw new Error(`the imported archive did not build:\n${output}`);
  out = join(fixture.dir, "dist");
  server = await serve(out, port, "/");
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  fixture?.dispose();
});

/** What the JATS file says, read by the browser's own XML parser: nothing from the importer. */
interface Input {
  title: string;
  lang: string;
  authors: string[];
  doi: string;
  volume: string;
  issue: string;
  fpage: string;
  lpage: string;
  abstracts: { lang: string; text: string }[];
  paragraphs: string[];
  references: string[];
}

async function readInput(page: Page, xml: string): Promise<Input> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const flat = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
    const meta = doc.querySelector("front > article-meta");
    const one = (sel: string) => flat(meta?.querySelector(sel)?.textContent);
    const lang = doc.documentElement.getAttribute("xml:lang") ?? "en";
    const abstracts = [
      ...[...(meta?.querySelectorAll(":scope > abstract, :scope > trans-abstract") ?? [])].map((a) => ({
        lang: a.getAttribute("xml:lang") ?? lang,
        text: flat(a.querySelector("p")?.textContent),
      })),
      ...[...doc.querySelectorAll('sub-article[article-type="translation"]')].flatMap((s) =>
        [...s.querySelectorAll("front-stub > abstract")].map((a) => ({
          lang: s.getAttribute("xml:lang") ?? "",
          text: flat(a.querySelector("p")?.textContent),
        })),
      ),
    ];
    // Body paragraphs that are plain prose (no formula, table, figure or list inside), outside tables and figures.
    const paragraphs = [...doc.querySelectorAll(":root > body p")]
      .filter(
        (p) =>
          !p.closest("table-wrap, fig, fn, list") &&
          !p.querySelector("inline-formula, disp-formula, table-wrap, fig, list"),
      )
      .map((p) => flat(p.textContent))
      .filter((t) => t.length > 0);
    return {
      title: flat(meta?.querySelector("title-group > article-title")?.textContent),
      lang,
      authors: [...(meta?.querySelectorAll('contrib[contrib-type="author"] > name') ?? [])].map((n) =>
        flat(["given-names", "surname", "suffix"].map((part) => n.querySelector(part)?.textContent ?? "").join(" ")),
      ),
      doi: one('article-id[pub-id-type="doi"]'),
      volume: one(":scope > volume"),
      issue: one(":scope > issue"),
      fpage: one(":scope > fpage"),
      lpage: one(":scope > lpage"),
      abstracts,
      paragraphs,
      references: [...doc.querySelectorAll(":root > back ref-list > ref")].map((r) =>
        flat(r.querySelector("mixed-citation")?.textContent ?? r.textContent),
      ),
    };
  }, xml);
}

const metas = (page: Page, name: string) =>
  page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute("content") ?? ""));
/** Text compared without white space: the page wraps and spaces where the XML indents. */
const squash = (s: string) => s.replace(/\s+/g, "");

test("the import reports one line per article and a count, and warns about every missing figure image", () => {
  const ok = report.lines.filter((l) => /^new /.test(l));
  expect(ok).toHaveLength(files.length);
  // The four other samples are from other journals, or have no issue number: they fail, saying why.
  expect(report.lines.filter((l) => l.startsWith("FAILED"))).toHaveLength(4);
  expect(report.lines.at(-1)).toMatch(new RegExp(`^${files.length} article\\(s\\) imported: ${files.length} new`));
  // Figures of the article itself (a translation's figures repeat them, and its body is not imported).
  const graphics = files.reduce((n, f) => {
    const main = readFileSync(join(samples, f), "utf8").split("<sub-article")[0] ?? "";
    return n + (main.match(/<fig[\s>](?:(?!<\/fig>)[\s\S])*?<graphic /g) ?? []).length;
  }, 0);
  expect(report.lines.filter((l) => /is not beside the XML/.test(l))).toHaveLength(graphics);
});

for (const file of files)
  test(`${file}: its page shows its title, authors, every paragraph, every reference and every abstract in its language; its metadata equals the input`, async ({
    page,
  }) => {
    const input = await readInput(page, readFileSync(join(samples, file), "utf8"));
    const line = report.lines.find((l) => l.includes(file));
    const path = /^new +(\S+)/.exec(line ?? "")?.[1];
    expect(path, `import line of ${file}`).toBeTruthy();
    const response = await page.goto(`${local}issues/${path}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(input.title);
    if (input.lang !== "en") await expect(page.locator("h1")).toHaveAttribute("lang", input.lang);
    expect(await metas(page, "citation_title")).toEqual([input.title]);
    expect(await metas(page, "citation_author")).toEqual(input.authors);
    expect(await metas(page, "citation_doi")).toEqual([input.doi]);
    expect(await metas(page, "DC.Identifier")).toEqual([`https://doi.org/${input.doi}`]);
    expect(await metas(page, "citation_volume")).toEqual([input.volume]);
    expect(await metas(page, "citation_issue")).toEqual([input.issue]);
    expect(await metas(page, "citation_firstpage")).toEqual([input.fpage]);
    expect(await metas(page, "citation_lastpage")).toEqual([input.lpage]);
    expect((await metas(page, "DC.Rights")).length).toBe(1);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
    expect(jsonLd.license).toMatch(/^https?:\/\/creativecommons\.org\/licenses\//);
    // Every body paragraph's text.
    const body = squash(await page.locator(".body").innerText());
    expect(input.paragraphs.filter((p) => !body.includes(squash(p)))).toEqual([]);
    // Every reference, as printed.
    const refs = await page.locator("ol.references > li").allInnerTexts();
    expect(refs.map(squash)).toEqual(input.references.map(squash));
    // Every abstract, in its own language with its lang attribute.
    for (const a of input.abstracts) {
      const where =
        a.lang === input.lang
          ? page.locator("section.abstract > div")
          : page.locator(`section.summary[lang="${a.lang}"]`);
      await expect(where).toHaveCount(1);
      if (a.lang !== "en") await expect(where).toHaveAttribute("lang", a.lang);
      expect(squash(await where.innerText())).toContain(squash(a.text));
    }
  });

test("its JATS files validate against the JATS Publishing 1.3 DTD", () => {
  const xml = builtPages(out)
    .filter((p) => p.startsWith("issues/48-2/") && p.split("/").length === 4)
    .map((p) => join(out, p, `${p.split("/")[2] ?? ""}.xml`));
  expect(xml).toHaveLength(files.length);
  for (const f of xml) expect(jatsProblems(readFileSync(f, "utf8")), f).toEqual([]);
});

test("every page of the imported archive is valid HTML and passes axe", async ({ page }) => {
  test.setTimeout(300_000);
  const validator = htmlValidator();
  const pages = builtPages(out);
  const problems: string[] = [];
  for (const p of pages) {
    const file = p === "404.html" ? join(out, "404.html") : join(out, p, "index.html");
    const result = await validator.validateString(readFileSync(file, "utf8"), file);
    for (const m of result.results.flatMap((r) => r.messages)) problems.push(`${p} ${m.line}:${m.column} ${m.ruleId}`);
  }
  expect(problems).toEqual([]);
  // axe on the issue, the language pages, every article page and one summary page in a language
  // with no interface strings (the English interface around a Portuguese summary); the other
  // pages share their frames.
  const fallback = pages.find((x) => /^pt\/[^/]+\/$/.test(x));
  expect(fallback).toBeTruthy();
  for (const p of pages.filter(
    (x) => x.startsWith("issues/") || /^[a-z]{2}(-[A-Za-z]+)?\/$/.test(x) || x === fallback,
  )) {
    await page.goto(`${local}${p}`);
    const violations = (await new AxeBuilder({ page }).analyze()).violations.map(
      (v) => `${p} ${v.id}: ${v.nodes.length}`,
    );
    expect(violations).toEqual([]);
  }
});
