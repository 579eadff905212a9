import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { texts } from "./expected";

const eaeu = "Regional Integration with Imperfect Commitment: The Case of the Eurasian Economic Union";
const csr = "Multi-method Research Design in the Study of Corporate Social Responsibility in Kazakhstan";
const korea =
  "Implications of Kazakhstan's Economic Modernization for North Korea's Economic Development and the Korean Peninsula";

const box = (page: Page) => page.getByRole("search").getByRole("searchbox", { name: "Search" });
const panel = (page: Page) => page.locator("#search-panel");
const resultLinks = (page: Page) => panel(page).locator("a.title");

/** Records requests for the search engine's code and data. */
function watchSearchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (/\/search\/.*\.json$|search-ui/.test(path)) seen.push(path);
  });
  return seen;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("the header search box", () => {
  test("loads nothing until it is focused, then the engine and the index", async ({ page }) => {
    const requests = watchSearchRequests(page);
    await page.goto("issues/11-1/bang/");
    await page.waitForLoadState("networkidle");
    await page.mouse.wheel(0, 2000);
    await page.getByRole("link", { name: "About" }).first().hover();
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
    await box(page).focus();
    await expect.poll(() => requests.some((p) => /\/search\/index\.json$/.test(p))).toBe(true);
    expect(requests.some((p) => /search-ui.*\.js$/.test(p))).toBe(true);
    // The words, postings and texts come only when a query needs them.
    expect(requests.filter((p) => /\/search\/[vpds]\./.test(p))).toEqual([]);
    await box(page).pressSequentially("corr");
    await expect(resultLinks(page).first()).toBeVisible();
    const fetched = requests.filter((p) => /\/search\/[vpds]\./.test(p));
    expect(fetched.filter((p) => /\/search\/v\./.test(p))).toHaveLength(1);
    for (const p of fetched) expect(p).toMatch(/\/search\/[vpds]\.[0-9a-f]{16}\.json$/);
  });

  test("its loader, the one script every page carries, is small", async ({ page }) => {
    await page.goto("");
    const src = await page.locator('script[src*="SearchBox"]').getAttribute("src");
    const loader = await page.request.get(src ?? "");
    expect((await loader.body()).length).toBeLessThan(4096);
  });

  test("finds the article a reader means as they type, across scripts and typos", async ({ page }) => {
    await page.goto("");
    for (const [query, title] of [
      ["Kyrgystan", eaeu],
      ["Қырғызстанның", eaeu],
      ["korporativnoy", csr],
      ["лфяфлрыефт ьщвуктшяфешщт", korea],
      ["Северной Кореи", korea],
    ] as const) {
      await box(page).fill(query);
      await expect(resultLinks(page).first()).toHaveText(title);
    }
    await expect(page.getByRole("status").first()).toContainText("result");
  });

  test("highlights the matched words and names the summary languages they were found in", async ({ page }) => {
    await page.goto("");
    await box(page).fill("Кыргызстан");
    const first = panel(page).locator(".search-result").first();
    await expect(first.locator("a.title")).toHaveText(eaeu);
    await expect(first).toContainText("Found in the summary in: English, Русский, Қазақша");
    await expect(first.locator("[lang=ru]").first()).toHaveText("Русский");
    // The sections, with their snippets, follow the titles: the marks are read once they are in.
    await expect(panel(page).locator(".search-results")).not.toHaveAttribute("aria-busy", "true");
    const marks = await first.locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^(Kyrgyzstan|Кыргызстан|Қырғызстан)/);
  });

  test("works from the keyboard: / focuses, arrows move, Escape closes, Enter opens", async ({ page }) => {
    await page.goto("about/");
    await page.keyboard.press("/");
    await expect(box(page)).toBeFocused();
    await page.keyboard.type("Kazakhstan");
    await expect(resultLinks(page)).not.toHaveCount(0);
    const count = await resultLinks(page).count();
    expect(count).toBeGreaterThan(1);
    await page.keyboard.press("ArrowDown");
    await expect(resultLinks(page).nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(resultLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(box(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(panel(page)).toBeHidden();
    await expect(box(page)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(panel(page)).toBeVisible();
    const target = await resultLinks(page).nth(0).getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test("Enter in the box opens the search page with the query in its address", async ({ page }) => {
    await page.goto("");
    await box(page).fill("Nazarbayev");
    await box(page).press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=Nazarbayev/);
    await expect(page.locator("[data-search-results] a.title").first()).toHaveText(korea);
  });

  test("shows HTML and pattern characters as text and never runs them", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto("");
    for (const query of ["<img src=x onerror=alert(1)>", ".*(", "\u0000", "<script>alert(1)</script>"]) {
      await box(page).fill(query);
      await page.waitForTimeout(300);
    }
    await box(page).fill("<img src=x onerror=alert(1)>");
    await expect(panel(page).getByRole("status")).toContainText("for “<img src=x onerror=alert(1)>”");
    await box(page).fill("<zzqx onerror=zzqy>");
    await expect(panel(page).getByRole("status")).toHaveText("No results for “<zzqx onerror=zzqy>”.");
    await expect(page.locator("#search-panel img, #search-panel script")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("passes axe with the result panel open", async ({ page }) => {
    await page.goto("issues/11-1/");
    await box(page).fill("Kazakhstan");
    await expect(resultLinks(page).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("the search page", () => {
  test("restores the search from ?q= and the language filter from ?lang=", async ({ page }) => {
    await page.goto(
      "search/?q=%D0%BA%D0%BE%D0%BD%D0%B4%D0%B8%D1%86%D0%B8%D0%BE%D0%BD%D0%B0%D0%BB%D1%8C%D0%BD%D0%BE%D1%81%D1%82%D1%8C&lang=ru",
    );
    await expect(box(page)).toHaveValue("кондициональность");
    await expect(page.getByRole("radio", { name: "Russian summaries" })).toBeChecked();
    const results = page.locator("[data-search-results] .search-result");
    await expect(results).toHaveCount(1);
    await expect(results.first().locator("a.title")).toHaveText(eaeu);
    await expect(results.first()).toContainText("Found in the summary in: Русский");
    await expect(results.first().locator(".snippet[lang=ru] mark").first()).toHaveText("кондициональность");
    await expect(page.getByRole("region", { name: "Every text" })).toBeHidden();
  });

  test("keeps the query and the filter in the address as the reader types and chooses", async ({ page }) => {
    await page.goto("search/");
    await box(page).fill("Кыргызстан");
    await expect(page).toHaveURL(/\?q=%D0%9A/);
    await page.getByRole("radio", { name: "Kazakh summaries" }).check();
    await expect(page).toHaveURL(/lang=kk/);
    await expect(page.locator("[data-search-results] .search-result").first()).toContainText("Қазақша");
    await page.getByRole("radio", { name: "English: titles, abstracts, keywords and English summaries" }).check();
    await expect(page.locator("[data-search-results] a.title").first()).toHaveText(eaeu);
  });

  test("says so honestly when nothing is found, in the reader's own words", async ({ page }) => {
    await page.goto("search/?q=Qwxyzzy");
    await expect(page.locator("[data-search-status]")).toHaveText("No results for “Qwxyzzy”.");
    await expect(page.locator("[data-search-results] li")).toHaveCount(0);
  });

  test("passes axe with results", async ({ page }) => {
    await page.goto("search/?q=Kazakhstan");
    await expect(page.locator("[data-search-results] a.title").first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("the full text", () => {
  const results = (page: Page) => page.locator("[data-search-results] .search-result");
  const titles = (page: Page) => page.locator("[data-search-results] a.title");

  test('"Kazakhstan" lists every text that contains it', async ({ page, request }) => {
    const containing: string[] = [];
    for (const text of texts) {
      const html = await (await request.get(text.path)).text();
      const main = (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "").replace(/<[^>]*>/g, " ");
      if (/Kazakhstan/.test(main)) containing.push(text.title);
    }
    expect(containing.length).toBeGreaterThan(2);
    await page.goto("search/?q=Kazakhstan");
    await expect(results(page).first()).toBeVisible();
    const listed = await titles(page).allTextContents();
    for (const title of containing) expect(listed).toContain(title);
  });

  test('"corruption" finds Baimenov\'s text, with a hit in the section where the word occurs', async ({ page }) => {
    const spheres = texts.find((t) => t.path.includes("baimenov"));
    await page.goto("search/?q=corruption");
    const result = results(page).filter({ has: page.locator("a.title", { hasText: spheres?.title ?? "?" }) });
    await expect(result).toHaveCount(1);
    const hit = result.locator(".search-sections li").first();
    await expect(hit.locator("mark").first()).toHaveText(/^corruption/i);
    const link = hit.locator("a.section");
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/#[\w-]+$/);
    const heading = (await link.textContent()) ?? "";
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    // The section linked to is the one the word is in: its heading, then its text up to the next heading.
    const id = decodeURIComponent(href.split("#")[1] ?? "");
    const section = await page.evaluate((id) => {
      const start = document.getElementById(id);
      if (!start) return { heading: "", text: "" };
      let text = "";
      for (let node = start.nextElementSibling; node && !/^H[23]$/.test(node.tagName); node = node.nextElementSibling)
        text += ` ${node.textContent ?? ""}`;
      return { heading: start.textContent ?? "", text };
    }, id);
    expect(section.heading.trim()).toBe(heading.trim());
    expect(section.text).toMatch(/corruption/i);
  });

  test('finds body words: "bargaining", a misspelling and a Cyrillic spelling', async ({ page }) => {
    const eaeuTitle = texts.find((t) => t.path.includes("madumarov"))?.title ?? "?";
    const spheresTitle = texts.find((t) => t.path.includes("baimenov"))?.title ?? "?";
    for (const [query, title] of [
      ["bargaining", eaeuTitle],
      ["corupption", spheresTitle],
      ["коррупция", spheresTitle],
      ["баргейнинг", eaeuTitle],
    ] as const) {
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      await expect(titles(page).first()).toBeVisible();
      expect(await titles(page).allTextContents(), query).toContain(title);
    }
  });

  test("shows the titles without waiting for the sections, which follow with the focus kept", async ({ page }) => {
    // The sections' files (document shards, snippets) are held back until the titles are checked.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/search\/[ds]\.[0-9a-f]{16}\.json$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto("");
    await box(page).fill("bargaining");
    await expect(panel(page).getByRole("status")).toHaveText(/results? for “bargaining”/);
    await expect(resultLinks(page).first()).toHaveText(eaeu);
    await expect(panel(page).locator(".search-results")).toHaveAttribute("aria-busy", "true");
    await expect(panel(page).locator(".search-sections")).toHaveCount(0);
    await box(page).press("ArrowDown");
    await expect(resultLinks(page).first()).toBeFocused();
    release();
    await expect(panel(page).locator(".search-sections mark").first()).toHaveText(/^bargain/i);
    await expect(panel(page).locator(".search-results")).not.toHaveAttribute("aria-busy", "true");
    await expect(resultLinks(page).first()).toBeFocused();
  });

  test("types key by key: each keystroke shows the results for what is typed so far", async ({ page }) => {
    await page.goto("");
    await box(page).pressSequentially("bargaining");
    await expect(panel(page).getByRole("status")).toHaveText(/results? for “bargaining”/);
    await expect(resultLinks(page).first()).toHaveText(eaeu);
    await expect(panel(page).locator(".search-sections mark").first()).toHaveText(/^bargain/i);
  });
});

test.describe("in the page's language", () => {
  test("the box and its messages speak Russian and Kazakh, with the reader's words", async ({ page }) => {
    await page.goto("ru/");
    const ru = page.getByRole("search").getByRole("searchbox", { name: "Поиск" });
    await ru.fill("коррупция");
    await expect(panel(page).getByRole("status")).toHaveText(/^\d+ результат(а|ов)? по запросу «коррупция»\.$/);
    await ru.fill("Qwxyzzy");
    await expect(panel(page).getByRole("status")).toHaveText("По запросу «Qwxyzzy» ничего не найдено.");
    await expect(panel(page).getByRole("link", { name: "Все результаты" })).toBeVisible();
    await page.goto("kk/");
    const kk = page.getByRole("search").getByRole("searchbox", { name: "Іздеу" });
    await kk.fill("Қазақстан");
    await expect(panel(page).getByRole("status")).toHaveText(/^«Қазақстан» бойынша \d+ нәтиже\.$/);
    // The box speaks the page's language: the nearest lang around it is Kazakh.
    expect(await page.getByRole("search").evaluate((form) => form.closest("[lang]")?.getAttribute("lang"))).toBe("kk");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header form goes to the search page, which lists every text with a note", async ({ page }) => {
    await page.goto("issues/11-1/");
    await box(page).fill("Kazakhstan");
    await box(page).press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=Kazakhstan&lang=all$|\/search\/\?q=Kazakhstan$/);
    await expect(page.getByText("Search runs in your browser and needs JavaScript")).toBeVisible();
    const every = page.getByRole("region", { name: "Every text" });
    for (const title of [eaeu, csr, korea, "Why North Korea Wants a Deal with the US"])
      await expect(every.getByRole("link", { name: title, exact: true })).toBeVisible();
  });
});
