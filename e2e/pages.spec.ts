import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { builtPages, figureLoaders } from "./site";
import { uiStrings } from "./ui";

const pages = builtPages();

/** The address a page is visited at: the 404 page is what the server sends for an unknown path. */
const visitPath = (path: string) => (path === "404.html" ? "no-such-page/" : path);

/** Records every Content Security Policy violation the page reports, from its first byte. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("the build produced the pages a reader expects", () => {
  for (const page of ["", "about/", "authors/", "issues/11-1/", "404.html"]) expect(pages).toContain(page);
});

for (const path of pages) {
  test.describe(`/${path}`, () => {
    test("has one h1, a skip link, only the scripts it needs, no request outside its origin, no CSP violation", async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? "").origin;
      const outside: string[] = [];
      const searchData: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).origin !== origin) outside.push(request.url());
        if (/\/search\/.*\.json$/.test(new URL(request.url()).pathname)) searchData.push(request.url());
      });
      const violations = await watchCsp(page);
      const response = await page.goto(visitPath(path));
      expect(response?.status()).toBe(path === "404.html" ? 404 : 200);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
        "content",
        /default-src 'self'/,
      );
      await expect(page.locator("h1")).toHaveCount(1);
      // Links that leave the site say so to the browser: no opener, no referrer.
      const unmarked = await page.locator("a[href]").evaluateAll((links) =>
        links
          .filter(
            (a) =>
              (a as HTMLAnchorElement).origin !== location.origin && /^https?:/.test((a as HTMLAnchorElement).href),
          )
          .filter(
            (a) =>
              !/\bnoopener\b/.test(a.getAttribute("rel") ?? "") || !/\bnoreferrer\b/.test(a.getAttribute("rel") ?? ""),
          )
          .map((a) => a.getAttribute("href")),
      );
      expect(unmarked).toEqual([]);
      const lang = (await page.locator("html").getAttribute("lang")) ?? "en";
      await expect(page.getByRole("link", { name: uiStrings(lang)["skipLink"] })).toBeAttached();
      // JSON-LD is data, not a program. The programs a page may carry are the header search box's
      // loader (every page; the search page also runs the search at once), the copy button of its
      // "Cite this" section, the contents list's marker of the section being read, and the loaders
      // of its charts and explorer (figures.spec.ts checks that they fetch nothing more until needed).
      const hasCitations = (await page.locator("section.cite").count()) > 0;
      const hasToc = (await page.locator("nav.toc").count()) > 0;
      const loaders = figureLoaders(path);
      const search = path === "search/" ? 2 : 1;
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(
        search + (hasCitations ? 1 : 0) + (hasToc ? 1 : 0) + loaders,
      );
      // Charts draw when scrolled to: scroll the whole page so that their code runs under the policy too.
      await page.mouse.wheel(0, 100_000);
      await page.waitForLoadState("networkidle");
      expect(await violations()).toEqual([]);
      expect(outside).toEqual([]);
      // The search index and result shards come only when the search box is used.
      if (path !== "search/") expect(searchData).toEqual([]);
    });

    for (const [device, width] of [
      ["phone", 390],
      ["desktop", 1280],
    ] as const) {
      for (const colorScheme of ["light", "dark"] as const) {
        test(`passes axe on a ${device} in ${colorScheme} mode`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(visitPath(path));
          const results = await new AxeBuilder({ page }).analyze();
          const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          expect(found).toEqual([]);
        });
      }
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`/${path} shows its heading and its text`, async ({ page }) => {
      await page.goto(visitPath(path));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const text = (await page.locator("main").innerText()).trim();
      expect(text.length).toBeGreaterThan(80);
    });
  }
});
