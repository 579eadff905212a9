import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

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
    await expect.poll(() => requests.some((p) => p.endsWith("/search/index.json"))).toBe(true);
    expect(requests.some((p) => /search-ui.*\.js$/.test(p))).toBe(true);
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
    await expect(panel(page).getByRole("status")).toHaveText(
      "No results for “<zzqx onerror=zzqy>”. Searched for: zzkks onerror zzki.",
    );
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
    await expect(results.first().locator(".snippet [lang=ru] mark").first()).toHaveText("кондициональность");
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

  test("says so honestly when nothing is found, with the folded query", async ({ page }) => {
    await page.goto("search/?q=Qwxyzzy");
    await expect(page.locator("[data-search-status]")).toHaveText("No results for “Qwxyzzy”. Searched for: kvksizzi.");
    await expect(page.locator("[data-search-results] li")).toHaveCount(0);
  });

  test("passes axe with results", async ({ page }) => {
    await page.goto("search/?q=Kazakhstan");
    await expect(page.locator("[data-search-results] a.title").first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
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
