import { readFileSync, readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { texts } from "./expected";
import { builtPages } from "./site";
import { uiStrings } from "./ui";

/** Issue 12: the interface in every language, and a reader's way around the journal. */

const content = new URL("../content/", import.meta.url);
const frontMatter = (file: URL) =>
  parse(readFileSync(file, "utf8").split(/^---$/m)[1] ?? "") as { order?: number; title: string };
const articles = texts.filter((t) => t.path.startsWith("issues/"));
const slugOf = (path: string) => path.split("/").filter(Boolean).pop()!;

/** The interface strings the header, navigation and footer show. */
const chromeKeys = [
  "skipLink",
  "navIssues",
  "navAuthors",
  "navAbout",
  "navErrata",
  "searchLabel",
  "searchButton",
  "footerSearch",
  "footerLanguages",
  "footerAbout",
] as const;

/** The header's and the footer's words, without the names they print in English (journal, publisher, languages). */
const chromeText = (page: Page) =>
  page.evaluate(() => {
    const parts = [...document.querySelectorAll("header.site-header, footer.site-footer, a.skip-link")].map((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll("[lang]").forEach((named) => named.remove());
      return copy.textContent ?? "";
    });
    const input = document.querySelector<HTMLInputElement>("header input[type=search]");
    return `${parts.join(" ")} ${input?.placeholder ?? ""}`.replace(/\s+/g, " ");
  });

for (const path of builtPages().filter((p) => /^(ru|kk)\//.test(p))) {
  const lang = path.slice(0, 2);
  test(`/${path}: the header, navigation and footer speak ${lang}, and the document says so`, async ({ page }) => {
    const ui = uiStrings(lang);
    const en = uiStrings("en");
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    // Nothing in the header or footer claims another language, except the names it prints.
    const marked = await page
      .locator("header.site-header [lang], footer.site-footer [lang]")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("lang")}:${e.textContent?.trim()}`));
    for (const m of marked)
      expect(m, m).toMatch(/^(en:Central Asia Business Journal|en:KIMEP|en:English|ru:Русский|kk:Қазақша)/);
    const words = await chromeText(page);
    for (const key of chromeKeys) {
      expect(words, key).toContain(ui[key]);
      expect(words, `${key} in English`).not.toContain(en[key]);
    }
    expect(words).toContain(ui["searchPlaceholder"]);
    expect(words).not.toMatch(/\b(Search|Issues|Authors|About|Errata|Summaries|published by|Skip)\b/);
    const nav = page.getByRole("navigation", { name: ui["siteNavigation"] });
    await expect(nav.getByRole("link", { name: ui["navIssues"] })).toHaveAttribute("href", "/issues/");
    await expect(page.getByRole("search").getByRole("searchbox", { name: ui["searchLabel"] })).toBeVisible();
  });
}

for (const article of articles) {
  test(`${article.path} links to its Russian and Kazakh pages and back, with hreflang`, async ({ page }) => {
    await page.goto(article.path);
    const slug = slugOf(article.path);
    const switcher = page.getByRole("navigation", { name: uiStrings("en")["languageSwitch"] });
    for (const [lang, name] of [
      ["ru", "Русский"],
      ["kk", "Қазақша"],
    ] as const) {
      const link = switcher.getByRole("link", { name, exact: true });
      await expect(link).toHaveAttribute("hreflang", lang);
      await expect(link).toHaveAttribute("href", `/${lang}/${slug}/`);
      // The summaries section links to the same page, from the summary in that language.
      await expect(page.locator(`section.summary[lang="${lang}"] a[hreflang="${lang}"]`)).toHaveAttribute(
        "href",
        `/${lang}/${slug}/`,
      );
      await link.click();
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      const ui = uiStrings(lang);
      const back = page.getByRole("navigation", { name: ui["languageSwitch"] }).getByRole("link", { name: "English" });
      await expect(back).toHaveAttribute("hreflang", "en");
      await expect(
        page.getByRole("navigation", { name: ui["languageSwitch"] }).getByRole("link", { name, exact: true }),
      ).toHaveAttribute("aria-current", "page");
      // Dates and the typography of the language.
      await expect(page.locator("article .eyebrow")).toContainText(lang === "ru" ? "Весна 2020" : "Көктем 2020");
      await expect(page.locator("main")).toContainText(`${ui["fullTextNote"]} ${ui["readArticle"]}`);
      await back.click();
      await expect(page).toHaveURL(new RegExp(`${article.path}$`));
    }
  });
}

test("the summaries pages count their articles with the plural forms of their language", async ({ page }) => {
  const forms: Record<string, string> = { en: "3 articles", ru: "3 статьи", kk: "3 мақала" };
  for (const [lang, count] of Object.entries(forms)) {
    await page.goto(`${lang}/`);
    await expect(page.locator("main .meta").first()).toHaveText(count);
  }
  await page.goto("");
  await expect(page.getByRole("contentinfo")).toContainText("Summaries by language: English");
});

test("/issues/ lists every issue, newest first, by year, with every text; the home page links to it", async ({
  page,
}) => {
  await page.goto("");
  await page.getByRole("link", { name: "All issues, by year" }).click();
  await expect(page).toHaveURL(/\/issues\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All issues");
  const issues = readdirSync(new URL("issues/", content));
  for (const id of issues) {
    const issue = parse(readFileSync(new URL(`issues/${id}/issue.yaml`, content), "utf8")) as {
      volume: number;
      number: number;
      year: number;
    };
    await expect(page.getByRole("heading", { level: 2, name: String(issue.year) })).toBeVisible();
    await expect(
      page.getByRole("link", { name: new RegExp(`^Vol. ${issue.volume} No. ${issue.number} `) }),
    ).toHaveAttribute("href", `/issues/${id}/`);
  }
  for (const text of texts)
    await expect(page.getByRole("link", { name: text.title, exact: true })).toHaveAttribute("href", `/${text.path}`);
});

test("an issue's page shows each article's authors, the start of its abstract, and its HTML and JATS", async ({
  page,
}) => {
  await page.goto("issues/11-1/");
  for (const article of articles) {
    const item = page
      .locator("li.issue-article")
      .filter({ has: page.getByRole("link", { name: article.title, exact: true }) });
    await expect(item).toHaveCount(1);
    for (const name of article.authors) await expect(item).toContainText(name);
    await expect(item.locator(".abstract-lead > p")).toContainText(article.abstractStart ?? "");
    await expect(item.getByRole("link", { name: /^HTML ?: / })).toHaveAttribute("href", `/${article.path}`);
    await expect(item.getByRole("link", { name: /^JATS XML ?: / })).toHaveAttribute(
      "href",
      `/${article.path}${slugOf(article.path)}.xml`,
    );
    const full = item.locator("details");
    if ((await full.count()) > 0) {
      await expect(full.locator("p")).toBeHidden();
      await full.locator("summary").click();
      await expect(full.locator("p")).toBeVisible();
    }
  }
});

test("previous and next articles follow the printed order of the issue", async ({ page }) => {
  const dir = new URL("issues/11-1/articles/", content);
  const printed = readdirSync(dir)
    .map((f) => ({ slug: f.replace(/\.mdx?$/, ""), ...frontMatter(new URL(f, dir)) }))
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  for (const [i, a] of printed.entries()) {
    await page.goto(`issues/11-1/${a.slug}/`);
    const pager = page.getByRole("navigation", { name: "Articles of this issue in printed order" });
    const prev = printed[i - 1];
    const next = printed[i + 1];
    if (prev) await expect(pager.locator('a[rel="prev"]')).toHaveAttribute("href", `/issues/11-1/${prev.slug}/`);
    else await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) {
      await expect(pager.locator('a[rel="next"]')).toHaveAttribute("href", `/issues/11-1/${next.slug}/`);
      await expect(pager.locator('a[rel="next"]')).toContainText(next.title);
    } else await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
  }
});

test("the authors index is in family-name order and lists each author's texts", async ({ page }) => {
  await page.goto("authors/");
  const names = await page.locator("main > ul > li > strong").allInnerTexts();
  expect(names).toEqual([
    "Amagoh",
    "Alikhan Baimenov",
    "Baisakalova",
    "Chan Young Bang",
    "Eldar Madumarov",
    "Gerald Pech",
  ]);
  for (const text of texts)
    for (const name of text.authors)
      await expect(
        page
          .locator("main > ul > li")
          .filter({ has: page.locator("strong", { hasText: name }) })
          .getByRole("link", {
            name: text.title,
            exact: true,
          }),
      ).toBeVisible();
});

/**
 * Author–year citations left as plain text in a page's prose: "Name, 2008" or "Name (2008". Dates
 * ("November 2011") are not citations; figures and tables are data, not prose.
 */
const unlinkedCitations = (page: Page) =>
  page.evaluate(() => {
    const body = document.querySelector("article .body");
    if (!body) return ["(no body)"];
    const months =
      /^(January|February|March|April|May|June|July|August|September|October|November|December|In|By|Since)$/;
    const left: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (
        n.parentElement?.closest(
          "a, button, h2, h3, math, figure, table, .preview, .works-cited, .unmatched-citations, [data-footnotes]",
        )
      )
        continue;
      for (const m of (n.textContent ?? "").matchAll(/(\p{Lu}[\p{L}’-]+)(?:, | \()(?:1[6-9]|20)\d\d\b/gu))
        if (!months.test(m[1] ?? "")) left.push(m[0]);
    }
    return left;
  });

for (const article of articles) {
  test(`${article.path}: every author–year citation is a link to an entry of "Works cited in the text"`, async ({
    page,
  }) => {
    await page.goto(article.path);
    const section = page.getByRole("region", { name: "Works cited in the text" });
    await expect(section).toContainText("The source prints no reference list");
    expect(await unlinkedCitations(page)).toEqual([]);
    const cited = page.locator("article .body span.cited");
    expect(await cited.count()).toBeGreaterThan(8);
    const targets = await cited
      .locator("a.preview-fallback")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const href of new Set(targets)) await expect(section.locator(`li[id="${href.slice(1)}"]`)).toHaveCount(1);
    // Each entry leads back to every place it is cited.
    const places = await section.locator("li a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(places.length).toBe(await cited.count());
    for (const href of places) await expect(page.locator(`span.cited[id="${href.slice(1)}"]`)).toHaveCount(1);
    // Each place is named by the section it is in: the last heading before it.
    const misnamed = await section.locator("li a").evaluateAll((links) =>
      links.flatMap((a) => {
        const target = document.getElementById((a.getAttribute("href") ?? "").slice(1));
        const headings = [...document.querySelectorAll("article h2, article h3, article h4")].filter(
          (h) => target && h.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        const heading = headings.at(-1)?.textContent?.trim() ?? "the opening";
        return (a.textContent ?? "").replace(/ \(\d+\)$/, "") === heading ? [] : [`${a.textContent} ≠ ${heading}`];
      }),
    );
    expect(misnamed).toEqual([]);
    // The preview opens in place, without script.
    const button = cited.first().getByRole("button");
    await button.click();
    await expect(page.getByRole("note", { name: (await button.getAttribute("aria-label")) ?? "" })).toBeVisible();
  });
}

test("Baimenov's text links every in-text citation to its reference, misprints included", async ({ page }) => {
  await page.goto("companions/baimenov-concentric-spheres/");
  expect(await unlinkedCitations(page)).toEqual([]);
  await expect(page.locator(".unmatched-citation")).toHaveCount(0);
  const references = page.getByRole("region", { name: "References" }).getByRole("listitem");
  for (const [printed, reference] of [
    ["ASCH, 2017", "ACSH. 2017."],
    ["Knox and Janenova, 2019a", "Knox, C.; and S. Janenova. 2019."],
    ["UNDESA, 2020", "UNDESA. 2020."],
    ["OECD, 2017a", "OECD. 2017a."],
    ["OECD, 2014", "OECD. 2014."],
    ["OECD, 2018", "OECD. 2018."],
    ["Transparency International, 2019", "Transparency International. 2019."],
  ] as const) {
    const link = page.locator("a.preview-fallback", { hasText: printed });
    await expect(link, printed).toHaveCount(1);
    const id = ((await link.getAttribute("href")) ?? "").slice(1);
    await expect(references.and(page.locator(`[id="${id}"]`))).toContainText(reference);
  }
});

test("headings link to themselves; notes that start at 2 say why", async ({ page }) => {
  await page.goto("issues/11-1/madumarov-pech/");
  // Every heading of the text (the hidden "Authors" label of the byline is not a section).
  const headings = page.locator("article h2[id]:not(.sr-only), article h3[id]:not(.sr-only)");
  for (const heading of await headings.all()) {
    const id = await heading.getAttribute("id");
    await expect(heading.locator("a.self-link")).toHaveAttribute("href", `#${id}`);
  }
  await expect(page.getByRole("heading", { name: "1. Introduction", exact: true })).toBeVisible();
  await expect(page.locator(".notes-numbering")).toContainText("note 1 is the author note");
  await page.locator(".notes-numbering a").click();
  await expect(page.locator("#author-note")).toBeInViewport();
  // The printed summaries heading follows the body's sections, before "About the authors".
  const order = await page.locator("article h2").allInnerTexts();
  expect(order.indexOf("6. Summary")).toBeLessThan(order.indexOf("About the authors"));
});

test("on a wide screen the contents mark the section being read", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("issues/11-1/madumarov-pech/");
  await page.locator("#\\35 -conclusion, [id='5-conclusion']").first().scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("5-conclusion")?.scrollIntoView());
  await expect(page.locator('.toc a[aria-current="location"]')).toHaveText("5. Conclusion");
});
