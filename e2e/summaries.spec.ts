import { readFileSync, readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";

const content = new URL("../content/", import.meta.url).pathname;
const read = (path: string) => parse(readFileSync(`${content}${path}`, "utf8")) as Record<string, string>;

/** The summaries as the content gives them, to check that pages show every one. */
const summaryDir = "issues/11-1/summaries/";
const summaries = readdirSync(`${content}${summaryDir}`)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => read(`${summaryDir}${f}`) as { article: string; lang: string; text: string });
const articles = [...new Set(summaries.map((s) => s.article))];
const start = (text: string) => text.split(/\s+/).slice(0, 6).join(" ");
const headings = { en: "English", ru: "Русский", kk: "Қазақша" } as const;
const languages = Object.keys(headings) as (keyof typeof headings)[];

test("every article has a summary in each language", () => {
  expect(articles).toHaveLength(3);
  for (const article of articles)
    expect(
      summaries
        .filter((s) => s.article === article)
        .map((s) => s.lang)
        .sort(),
    ).toEqual(["en", "kk", "ru"]);
});

for (const article of articles) {
  test(`/issues/11-1/${article}/ shows its three summaries, each in its language with a heading in it`, async ({
    page,
  }) => {
    await page.goto(`issues/11-1/${article}/`);
    for (const lang of languages) {
      const summary = summaries.find((s) => s.article === article && s.lang === lang);
      const section = page.locator(`section.summary[lang="${lang}"]`);
      await expect(section).toHaveCount(1);
      await expect(section.getByRole("heading", { level: 3 })).toHaveText(headings[lang]);
      await expect(section).toContainText(start(summary?.text ?? "(missing)"));
    }
    await expect(page.locator('section.summary[lang="kk"]')).toContainText(/[әғқңөұүһі]/);
  });
}

for (const lang of languages) {
  test(`/${lang}/ lists every summary in ${headings[lang]} with its interface in ${headings[lang]}`, async ({
    page,
  }) => {
    const ui = read(`ui/${lang}.yaml`);
    await page.goto(`${lang}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui["summariesTitle"] ?? "(missing)");
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(
      // The date in the page's language: "Spring 2020", "Весна 2020", "Көктем 2020".
      (ui["issueLabel"] ?? "")
        .replace("{volume}", "11")
        .replace("{number}", "1")
        .replace("{year}", { en: "Spring 2020", ru: "Весна 2020", kk: "Көктем 2020" }[lang]),
    );
    const entries = page.locator("article.language-summary");
    await expect(entries).toHaveCount(articles.length);
    for (const summary of summaries.filter((s) => s.lang === lang)) {
      const entry = entries.filter({ hasText: start(summary.text) });
      await expect(entry).toHaveCount(1);
      // The titles are printed in English only: the page says so to screen readers.
      await expect(entry.getByRole("heading", { level: 3 })).toHaveAttribute("lang", "en");
      await expect(entry.getByRole("link", { name: ui["readArticle"] ?? "(missing)" })).toHaveAttribute(
        "href",
        `/issues/11-1/${summary.article}/`,
      );
    }
    await expect(page.getByText(`${ui["authors"]}:`).first()).toBeVisible();
    // The header speaks the page's language (way-around.spec.ts checks every word of it).
    await expect(page.locator("header.site-header")).not.toHaveAttribute("lang", /.*/);
  });
}

test("the footer of every page links to the summaries in each language", async ({ page }) => {
  await page.goto("");
  const footer = page.getByRole("contentinfo");
  for (const lang of languages) {
    const link = footer.getByRole("link", { name: headings[lang], exact: true });
    await expect(link).toHaveAttribute("lang", lang);
    await link.click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.goBack();
  }
});
