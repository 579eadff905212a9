import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { builtPages, figureLoaders } from "./site";

const pages = builtPages();

test("the build produced the pages a reader expects", () => {
  for (const page of ["", "about/", "authors/", "issues/11-1/", "404.html"]) expect(pages).toContain(page);
});

for (const path of pages) {
  test.describe(`/${path}`, () => {
    test("has one h1, a skip link, only the scripts it needs, no request outside its origin, and no axe violations", async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? "").origin;
      const outside: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).origin !== origin) outside.push(request.url());
      });
      // The 404 page is what the server sends for an unknown path.
      const response = await page.goto(path === "404.html" ? "no-such-page/" : path);
      expect(response?.status()).toBe(path === "404.html" ? 404 : 200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
      // JSON-LD is data, not a program. The programs a page may carry are the copy button of its
      // "Cite this" section and the loaders of its charts and explorer (figures.spec.ts checks that
      // they fetch nothing more until needed); pages with none of these carry none.
      const hasCitations = (await page.locator("section.cite").count()) > 0;
      const loaders = figureLoaders(path);
      await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(
        (hasCitations ? 1 : 0) + loaders,
      );
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
      expect(outside).toEqual([]);
    });
  });
}
