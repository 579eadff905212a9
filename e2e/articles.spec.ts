import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { contents, texts } from "./expected";

/** The content file of a text, from its path: issues/11-1/bang/ → issues/11-1/articles/bang.mdx. */
const sourceFile = (path: string) =>
  path.startsWith("issues/")
    ? path.replace(/^issues\/([^/]+)\/([^/]+)\/$/, "issues/$1/articles/$2.mdx")
    : path.replace(/\/$/, ".mdx");

for (const text of texts) {
  test.describe(`/${text.path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(text.path);
    });

    test("shows the title, every author and the abstract", async ({ page }) => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.title);
      const authors = page.getByRole("region", { name: "Authors" }).getByRole("list");
      if (text.authors.length === 0)
        await expect(page.getByText("The author is not named in the source.")).toBeVisible();
      else await expect(authors.getByRole("listitem")).toHaveCount(text.authors.length);
      for (const [i, name] of text.authors.entries())
        await expect(authors.getByRole("listitem").nth(i)).toContainText(name);
      if (text.abstractStart) {
        const abstract = page.getByRole("region", { name: "Abstract" });
        await expect(abstract).toContainText(text.abstractStart);
      }
    });

    test("shows every section heading as printed, in order", async ({ page }) => {
      const shown = await page.locator("article h2, article h3").allTextContents();
      const printed = shown.filter((h) => text.headings.includes(h.trim()));
      expect(printed.map((h) => h.trim())).toEqual(text.headings);
    });

    test("shows every footnote with a link to it and back, and every reference", async ({ page }) => {
      const notes = page.locator("section.footnotes li");
      await expect(notes).toHaveCount(text.footnotes);
      for (let i = 0; i < text.footnotes; i++) {
        const note = notes.nth(i);
        const id = await note.getAttribute("id");
        await expect(page.locator(`a[href="#${id}"]`)).toHaveCount(1);
        await expect(note.getByRole("link", { name: /Back to reference/ })).toBeVisible();
      }
      const references = page.getByRole("region", { name: "References" }).getByRole("listitem");
      await expect(references).toHaveCount(text.references);
    });

    test(text.maths ? "typesets its formulas as MathML" : "has no formulas", async ({ page }) => {
      const maths = page.locator("article math");
      if (text.maths) {
        await expect(maths.first()).toBeAttached();
        const model = page.locator("h2", { hasText: "3. A Simple Formal Model" });
        await expect(model).toBeVisible();
        // Every formula of section 3 is MathML, with no TeX left in the text.
        const section3 = await page.locator("article .body").evaluate((body) => {
          const headings = [...body.querySelectorAll("h2")];
          const start = headings.find((h) => h.textContent?.startsWith("3."));
          const end = headings.find((h) => h.textContent?.startsWith("4."));
          let maths = 0;
          let tex = "";
          for (let node = start?.nextElementSibling; node && node !== end; node = node.nextElementSibling) {
            maths += node.matches("math, .math-display") ? 1 : node.querySelectorAll("math").length;
            tex += [...node.childNodes]
              .filter((c) => c.nodeType === 3)
              .map((c) => c.textContent)
              .join("");
          }
          return { maths, tex };
        });
        expect(section3.maths).toBeGreaterThan(50);
        expect(section3.tex).not.toMatch(/\$|\\[a-z]+|\^\{|_\{/);
      } else {
        await expect(maths).toHaveCount(0);
      }
    });
  });
}

test("the home page lists the issue's contents by section in printed order, and the companion texts apart", async ({
  page,
}) => {
  await page.goto("");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Central Asia Business Journal");
  const issue = page.getByRole("region", { name: "Vol. 11 No. 1 (Spring 2020)" });
  for (const { section, titles } of contents) {
    const region = issue.getByRole("region", { name: section });
    await expect(region.getByRole("link")).toHaveText(titles);
  }
  const companions = page.getByRole("region", { name: "Companion texts" });
  await expect(companions).toContainText("not part of any issue");
  await expect(companions.getByRole("link")).toHaveText(
    texts
      .filter((t) => t.path.startsWith("companions/"))
      .map((t) => t.title)
      .sort(),
  );
  await expect(issue.getByRole("link", { name: texts[3]!.title })).toHaveCount(0);
});

test("the issue page lists its contents by section in printed order", async ({ page }) => {
  await page.goto("issues/11-1/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vol. 11 No. 1 (Spring 2020)");
  for (const { section, titles } of contents)
    await expect(page.getByRole("region", { name: section }).locator("a.title")).toHaveText(titles);
});

test("companion texts say where they appeared and never claim to be in Vol. 11 No. 1", async ({ page }) => {
  for (const text of texts.filter((t) => t.path.startsWith("companions/"))) {
    await page.goto(text.path);
    await expect(page.getByText("Companion text · not part of an issue of the journal")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Where this text appeared" })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("Vol. 11");
  }
  await page.goto("companions/north-korea-deal/");
  await expect(page.locator("main")).toContainText("True Blue Will Never Stain");
  await page.goto("companions/baimenov-concentric-spheres/");
  await expect(page.locator("main")).toContainText(
    "International Journal of Civil Service Reform and Practice, Vol. 5 No. 2 (2020)",
  );
});

test("nothing is dropped: the site has as many texts, headings, notes and references as the seeds", async ({
  page,
}) => {
  await page.goto("");
  const listed = await page
    .locator("main a")
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute("href") ?? "").filter((h) => /\/(issues\/[^/]+|companions)\/[^/]+\/$/.test(h)),
    );
  expect(new Set(listed).size).toBe(texts.length);
  let headings = 0;
  let notes = 0;
  let references = 0;
  for (const text of texts) {
    await page.goto(text.path);
    headings += await page
      .locator("article h2, article h3")
      .evaluateAll(
        (hs, printed) => hs.filter((h) => printed.includes(h.textContent?.trim() ?? "")).length,
        text.headings,
      );
    notes += await page.locator("section.footnotes li").count();
    references += await page.getByRole("region", { name: "References" }).getByRole("listitem").count();
  }
  const sum = (f: (t: (typeof texts)[number]) => number) => texts.reduce((n, t) => n + f(t), 0);
  expect({ headings, notes, references }).toEqual({
    headings: sum((t) => t.headings.length),
    notes: sum((t) => t.footnotes),
    references: sum((t) => t.references),
  });
});

test("each article shows its summaries in English, Russian and Kazakh with their languages marked", async ({
  page,
}) => {
  for (const text of texts.filter((t) => t.path.startsWith("issues/"))) {
    await page.goto(text.path);
    for (const [lang, heading] of [
      ["en", "English"],
      ["ru", "Русский"],
      ["kk", "Қазақша"],
    ] as const) {
      const summary = page.locator(`section.summary[lang="${lang}"]`);
      await expect(summary).toHaveCount(1);
      await expect(summary.getByRole("heading", { level: 3 })).toHaveText(heading);
      await expect(summary.locator("p").first()).not.toBeEmpty();
    }
  }
});

test("the errata page lists every printed error recorded with the texts, and each text still prints it", async ({
  page,
}) => {
  const recorded = texts.flatMap((text) => {
    const file = readFileSync(new URL(`../content/${sourceFile(text.path)}`, import.meta.url), "utf8");
    const front = parse(file.split(/^---$/m)[1] ?? "") as { printedErrors?: { printed: string; correct: string }[] };
    return (front.printedErrors ?? []).map((e) => ({ ...e, text }));
  });
  expect(recorded.length).toBeGreaterThan(0);
  await page.goto("errata/");
  const rows = await page
    .getByRole("region", { name: /^Other printed errors in / })
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => td.textContent)));
  expect(rows).toEqual(expect.arrayContaining(recorded.map((e) => [e.printed, e.correct])));
  expect(rows).toHaveLength(recorded.length);
  for (const { printed, text } of recorded) {
    await page.goto(text.path);
    // As the reader sees it: a linked citation's hidden fallback and preview are not read twice.
    expect((await page.locator("article .body").innerText()).replace(/\s+/g, " ")).toContain(printed);
  }
});
