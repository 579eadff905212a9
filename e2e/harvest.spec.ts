import { expect, test } from "@playwright/test";
import { builtPages } from "./site";
import { feedLinks, sitemapUrls } from "./harvest";

const pages = builtPages().filter((p) => p !== "404.html");
const articles = pages.filter((p) => /^issues\/[^/]+\/[^/]+\/$/.test(p));

test("sitemap.xml lists every page once, at the address the site is built for", async ({ page, request }) => {
  await page.goto("");
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  const urls = await sitemapUrls(page, request, "sitemap.xml");
  expect(urls).toEqual(pages.map((p) => new URL(p, canonical).href).sort());
});

test("robots.txt points to the sitemap", async ({ page, request }) => {
  await page.goto("");
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  expect(await (await request.get("robots.txt")).text()).toContain(
    `Sitemap: ${new URL("sitemap.xml", canonical).href}`,
  );
});

test("feed.xml is an Atom feed with one entry per article, linking to its page", async ({ page, request }) => {
  await page.goto("");
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  const links = await feedLinks(page, request, "feed.xml");
  expect([...links].sort()).toEqual(articles.map((p) => new URL(p, canonical).href).sort());
});
