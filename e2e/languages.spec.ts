import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { texts } from "./expected";

const content = new URL("../content/issues/11-1/summaries/", import.meta.url);
const summaryOf = (slug: string, lang: string) =>
  (parse(readFileSync(new URL(`${slug}.${lang}.yaml`, content), "utf8")) as { text: string }).text;
const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();
const articles = texts.filter((t) => t.path.startsWith("issues/"));
const slugOf = (path: string) => path.split("/").filter(Boolean).pop()!;

for (const article of articles) {
  for (const lang of ["ru", "kk"] as const) {
    const path = `${lang}/${slugOf(article.path)}/`;
    test(`/${path} is the article's landing page in its language, with its own metadata`, async ({
      page,
      request,
      baseURL,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
      const summary = squeeze(summaryOf(slugOf(article.path), lang));
      await expect(page.locator("section.abstract")).toContainText(summary.slice(0, 60));
      const meta = (name: string) => page.locator(`meta[name="${name}"]`);
      await expect(meta("citation_title")).toHaveAttribute("content", article.title);
      // The same work as the English page (its language, its PDF: see zotero.spec.ts), with this
      // page's summary as the abstract, in its language.
      await expect(meta("citation_language")).toHaveAttribute("content", "en");
      await expect(meta("citation_abstract")).toHaveAttribute("content", summary);
      await expect(meta("citation_abstract")).toHaveAttribute("lang", lang);
      await expect(meta("citation_journal_title")).toHaveAttribute("content", "Central Asia Business Journal");
      // hreflang alternates among the three pages, each of which answers.
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
      expect(alternates.map(([l]) => l)).toEqual(["en", "ru", "kk"]);
      for (const [, href] of alternates) {
        const local = new URL(new URL(href!).pathname, baseURL).href;
        expect((await request.get(local)).status(), href!).toBe(200);
      }
      await page
        .getByRole("link", {
          name: lang === "ru" ? "Читать статью (на английском языке)" : "Мақаланы оқу (ағылшын тілінде)",
        })
        .click();
      await expect(page).toHaveURL(new RegExp(`${article.path}$`));
    });
  }
}

test("the English article pages name their language alternates, and the sitemap lists every language page", async ({
  page,
  request,
}) => {
  for (const article of articles) {
    await page.goto(article.path);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(3);
  }
  const sitemap = await (await request.get("sitemap.xml")).text();
  for (const article of articles)
    for (const lang of ["ru", "kk"]) expect(sitemap).toContain(`/${lang}/${slugOf(article.path)}/</loc>`);
});

test("companion texts, which print no summaries, get no language pages", async ({ request }) => {
  for (const text of texts.filter((t) => t.path.startsWith("companions/")))
    for (const lang of ["ru", "kk"]) expect((await request.get(`${lang}/${slugOf(text.path)}/`)).status()).toBe(404);
});
