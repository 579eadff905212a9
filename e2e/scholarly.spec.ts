import { expect, test, type Page } from "@playwright/test";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { builtPages } from "./site";

const pages = builtPages();
const articles = pages.filter((p) => /^issues\/[^/]+\/[^/]+\/$/.test(p));
const companions = pages.filter((p) => /^companions\/[^/]+\/$/.test(p));
const issues = pages.filter((p) => /^issues\/[^/]+\/$/.test(p));

/** Facts from /work/shared/JOURNAL.md and the issue's running head: what every article's tags must say. */
const journal = {
  title: "Central Asia Business Journal",
  issns: ["2073-5901", "1991-0002"],
  volume: "11",
  issue: "1",
  year: "2020",
};

const metas = (page: Page, name: string) =>
  page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute("content") ?? ""));
const property = (page: Page, name: string) => page.locator(`meta[property="${name}"]`).getAttribute("content");
const jsonLd = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "") as Record<string, unknown>;
const visible = async (page: Page, selector: string) =>
  (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());

/** What the reader sees of the text: title, authors as printed, keywords, references. */
async function printed(page: Page) {
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const subtitle = await page.locator(".article-header .subtitle").allInnerTexts();
  const authors = await visible(page, ".article-header .authors li .name");
  const keywordLine = (await visible(page, ".abstract p.meta")).find((t) => t.startsWith("Keywords:"));
  return {
    title: subtitle[0] ? `${title}: ${subtitle[0].trim()}` : title,
    authors,
    affiliations: await visible(page, ".article-header .authors li .affiliation"),
    emails: await visible(page, ".article-header .authors li a[href^='mailto:']"),
    keywords: keywordLine ? keywordLine.replace(/^Keywords:\s*/, "").split(", ") : [],
    references: await visible(page, "ol.references > li"),
  };
}

for (const path of articles) {
  test.describe(`article /${path}`, () => {
    test("has each Highwire tag once (or once per author and reference), equal to what the page prints", async ({
      page,
    }) => {
      await page.goto(path);
      const shown = await printed(page);
      const url = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(new URL(url ?? "").pathname).toBe(new URL(page.url()).pathname);
      const once = {
        citation_title: shown.title,
        citation_publication_date: journal.year,
        citation_journal_title: journal.title,
        citation_volume: journal.volume,
        citation_issue: journal.issue,
        citation_language: "en",
        citation_abstract_html_url: url,
        citation_fulltext_html_url: url,
        citation_keywords: shown.keywords.join("; "),
      };
      for (const [name, value] of Object.entries(once)) expect(await metas(page, name), name).toEqual([value]);
      expect(await metas(page, "citation_issn")).toEqual(journal.issns);
      expect(await metas(page, "citation_author")).toEqual(shown.authors);
      expect(await metas(page, "citation_author_institution")).toEqual(shown.affiliations);
      expect(await metas(page, "citation_author_email")).toEqual(shown.emails);
      expect(await metas(page, "citation_reference")).toEqual(shown.references);
      for (const absent of ["citation_doi", "citation_firstpage", "citation_lastpage", "citation_editor", "DC.Rights"])
        expect(await metas(page, absent), absent).toEqual([]);
      expect(await metas(page, "DC.Title")).toEqual([shown.title]);
      expect(await metas(page, "DC.Creator.PersonalName")).toEqual(shown.authors);
      expect(await property(page, "og:url")).toBe(url);
      expect(await property(page, "og:title")).toBe(shown.title);
    });

    test("has schema.org JSON-LD: ScholarlyArticle → PublicationIssue → PublicationVolume → Periodical", async ({
      page,
    }) => {
      await page.goto(path);
      const shown = await printed(page);
      const ld = await jsonLd(page);
      expect(ld).toMatchObject({
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle",
        headline: shown.title,
        datePublished: journal.year,
        inLanguage: "en",
        isPartOf: {
          "@type": "PublicationIssue",
          issueNumber: journal.issue,
          isPartOf: {
            "@type": "PublicationVolume",
            volumeNumber: journal.volume,
            isPartOf: {
              "@type": "Periodical",
              name: journal.title,
              issn: journal.issns,
              publisher: { "@type": "Organization", name: "KIMEP University" },
            },
          },
        },
      });
      expect((ld["author"] as { name: string }[]).map((a) => a.name)).toEqual(shown.authors);
    });

    test("offers APA, Chicago and MLA citations and reference files that read back to its title and authors", async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const shown = await printed(page);
      const cite = page.getByRole("region", { name: "Cite this article" });
      for (const style of ["APA", "Chicago", "MLA"]) {
        const entry = cite.locator(`dd[data-citation="${style}"]`);
        await expect(entry, style).toContainText(journal.title);
        for (const author of shown.authors)
          await expect(entry, style).toContainText(author.split(" ").at(-1) ?? author);
      }
      const expected = { title: shown.title, families: shown.authors.map((a) => a.split(" ").at(-1)) };
      const read = (data: { title?: string; author?: { family?: string }[] }[]) =>
        data.map((d) => ({ title: d.title, families: (d.author ?? []).map((a) => a.family) }));
      for (const name of ["BibTeX", "RIS", "CSL-JSON"]) {
        const link = cite.getByRole("link", { name, exact: true });
        const response = await request.get(new URL((await link.getAttribute("href")) ?? "", page.url()).href);
        expect(response.status(), name).toBe(200);
        const body = await response.text();
        if (name === "RIS") expect(body).toMatch(/^TY {2}- JOUR\r?\n[\s\S]*\r?\nER {2}- \r?\n$/);
        if (name === "CSL-JSON") expect(plugins.input.type(JSON.parse(body))).toBe("@csl/list+object");
        expect(read(new Cite(name === "CSL-JSON" ? JSON.parse(body) : body).data), name).toEqual([expected]);
      }
    });
  });
}

for (const path of companions) {
  test(`companion /${path} is described as what it is, never as an article of the journal`, async ({ page }) => {
    await page.goto(path);
    const shown = await printed(page);
    expect(await metas(page, "citation_title")).toEqual([shown.title]);
    expect(await metas(page, "citation_author")).toEqual(shown.authors);
    expect(await metas(page, "citation_journal_title")).not.toContain(journal.title);
    for (const issn of journal.issns) expect(await metas(page, "citation_issn")).not.toContain(issn);
    const ld = await jsonLd(page);
    expect(JSON.stringify(ld["isPartOf"] ?? {})).not.toContain(journal.title);
    const cite = page.getByRole("region", { name: "Cite this text" });
    await expect(cite).toContainText(`This text is not part of the ${journal.title}`);
    for (const style of ["APA", "Chicago", "MLA"])
      await expect(cite.locator(`dd[data-citation="${style}"]`)).not.toContainText(journal.title);
  });
}

for (const path of issues) {
  test(`issue /${path} has PublicationIssue JSON-LD listing its articles, and reference files for all of them`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const titles = await visible(page, ".toc-list .title");
    const ld = await jsonLd(page);
    expect(ld).toMatchObject({
      "@type": "PublicationIssue",
      issueNumber: journal.issue,
      isPartOf: { "@type": "PublicationVolume", volumeNumber: journal.volume },
    });
    expect((ld["hasPart"] as { name: string }[]).map((p) => p.name)).toEqual(titles);
    const href = await page.getByRole("link", { name: "BibTeX", exact: true }).getAttribute("href");
    const bib = await (await request.get(new URL(href ?? "", page.url()).href)).text();
    expect(new Cite(bib).data.map((d: { title?: string }) => d.title)).toEqual(titles);
  });
}

test.describe("the copy button", () => {
  const path = articles[0] ?? "";

  test("is absent without JavaScript, and the citations are still there to read", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole("region", { name: "Cite this article" }).locator("dd")).toHaveCount(3);
    await expect(page.getByRole("region", { name: "Cite this article" }).getByRole("button")).toHaveCount(0);
    await context.close();
  });

  test("copies the citation it belongs to and says so", async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
      ...(baseURL && { baseURL }),
    });
    const page = await context.newPage();
    await page.goto(path);
    const apa = ((await page.locator('dd[data-citation="APA"] .citation-text').textContent()) ?? "").trim();
    await page.getByRole("button", { name: "Copy APA" }).click();
    await expect(page.getByRole("status")).toHaveText("APA citation copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    await context.close();
  });
});
