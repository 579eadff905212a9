import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { builtPages, needsScript } from "./site";

const pages = builtPages();

test("the build produced the pages a reader expects", () => {
  for (const page of ["", "about/", "authors/", "issues/11-1/", "404.html"]) expect(pages).toContain(page);
});

for (const path of pages) {
  test.describe(`/${path}`, () => {
    test("has one h1, a skip link, no script unless it has charts, no request outside its origin, and no axe violations", async ({ page, baseURL }) => {
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
      // Pages with a chart or an explorer carry its small loader (see figures.spec.ts); no other page has a script.
      if (needsScript(path)) await expect(page.locator("script:not([type=module][src])")).toHaveCount(0);
      else await expect(page.locator("script")).toHaveCount(0);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(outside).toEqual([]);
    });
  });
}
