import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { builtPages } from "./site";

const pages = builtPages();

test("the build produced the pages a reader expects", () => {
  for (const page of ["", "about/", "authors/", "issues/11-1/", "404.html"]) expect(pages).toContain(page);
});

for (const path of pages) {
  test.describe(`/${path}`, () => {
    test("has one h1, a skip link, only the search loader, no request outside its origin, and no axe violations", async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? "").origin;
      const outside: string[] = [];
      const scripts: string[] = [];
      const searchData: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).origin !== origin) outside.push(request.url());
        if (request.resourceType() === "script") scripts.push(request.url());
        if (/\/search\/.*\.json$/.test(new URL(request.url()).pathname)) searchData.push(request.url());
      });
      // The 404 page is what the server sends for an unknown path.
      const response = await page.goto(path === "404.html" ? "no-such-page/" : path);
      expect(response?.status()).toBe(path === "404.html" ? 404 : 200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
      // Every page carries the header search box's loader and nothing else: the engine and the
      // index arrive only when the box is used (e2e/search.spec.ts). The search page needs them at once.
      if (path !== "search/") {
        await expect(page.locator("script")).toHaveCount(1);
        await page.waitForLoadState("networkidle");
        expect(scripts).toHaveLength(1);
        const loader = await page.request.get(scripts[0] ?? "");
        expect((await loader.body()).length).toBeLessThan(4096);
        expect(searchData).toEqual([]);
      }
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
      expect(outside).toEqual([]);
    });
  });
}
