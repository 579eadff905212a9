import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { serve } from "./serve";
import { builtPages } from "./site";
import { feedLinks, oaiRecords, sitemapUrls } from "./harvest";

/**
 * The archive as a library would host it: built for another origin and a sub-path, served under
 * that path by a plain static server, and crawled from its home page.
 */
const site = "https://library.example.org";
const base = "/journals/cabj/";
const port = Number(process.env["E2E_PORT"] ?? 4322) + 1;
const local = `http://127.0.0.1:${port}${base}`;
const root = new URL("..", import.meta.url).pathname;
// A folder of this worker's own, made by the build and removed after the tests; loading the file makes nothing.
const work = join(tmpdir(), `cabj-subpath-${process.pid}`);
const out = join(work, "site");

/** Where a URL of the built-for site is on the local server. */
const toLocal = (url: string) =>
  url.startsWith(`${site}${base}`) ? `${local}${url.slice(site.length + base.length)}` : url;

test.describe.configure({ mode: "serial" });

let server: Awaited<ReturnType<typeof serve>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", out], {
    cwd: root,
    stdio: "pipe",
    env: {
      ...process.env,
      CABJ_CACHE_DIR: join(work, "cache"),
      CABJ_SITE: site,
      CABJ_BASE: base,
      CABJ_OAI_GATEWAY: "http://gateway.example.org/oai",
      CABJ_OAI_ADMIN_EMAIL: "archive@library.example.org",
    },
  });
  server = await serve(out, port, base);
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(work, { recursive: true, force: true });
});

test("every page, link, asset and download works under the sub-path, and nothing is requested outside it", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(local)) outside.push(r.url());
  });
  const queue = [local];
  const visited = new Set<string>();
  const checked = new Set<string>();
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (visited.has(url)) continue;
    visited.add(url);
    const response = await page.goto(url);
    if (response?.status() !== 200) {
      broken.push(`${url}: ${response?.status()}`);
      continue;
    }
    const targets = await page
      .locator("a[href], link[href], [src]")
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src));
    for (const raw of targets) {
      const target = new URL(toLocal(raw));
      target.hash = "";
      const href = target.href;
      if (target.protocol === "mailto:" || (target.origin !== new URL(local).origin && !raw.startsWith(site))) continue;
      if (!href.startsWith(local)) {
        broken.push(`${url} → ${raw}: outside ${base}`);
        continue;
      }
      if (href.endsWith("/")) queue.push(href);
      else if (!checked.has(href)) {
        checked.add(href);
        const status = (await request.get(href)).status();
        if (status !== 200) broken.push(`${url} → ${href}: ${status}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(outside).toEqual([]);
  const pages = builtPages(out).filter((p) => p !== "404.html");
  expect([...visited].sort()).toEqual(pages.map((p) => `${local}${p}`).sort());
});

test("the 404 page's own links and styles work under the sub-path", async ({ page, request }) => {
  const response = await page.goto(`${local}no-such-page/`);
  expect(response?.status()).toBe(404);
  for (const href of await page
    .locator('a[href]:not([href^="#"]), link[rel=stylesheet]')
    .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href))) {
    if (href.startsWith(site)) continue;
    expect(href, href).toMatch(new RegExp(`^${local}`));
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("metadata, sitemap, feed, robots.txt and the OAI repository use the origin and path the site is built for", async ({
  page,
  request,
}) => {
  const pages = builtPages(out).filter((p) => p !== "404.html");
  const articles = pages.filter((p) => /^issues\/[^/]+\/[^/]+\/$/.test(p));
  await page.goto(`${local}${articles[0]}`);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${site}${base}${articles[0]}`);
  expect(await page.locator('meta[name="citation_fulltext_html_url"]').getAttribute("content")).toBe(
    `${site}${base}${articles[0]}`,
  );

  expect((await sitemapUrls(page, request, `${local}sitemap.xml`)).sort()).toEqual(
    pages.map((p) => `${site}${base}${p}`).sort(),
  );
  expect((await feedLinks(page, request, `${local}feed.xml`)).sort()).toEqual(
    articles.map((p) => `${site}${base}${p}`).sort(),
  );
  expect(await (await request.get(`${local}robots.txt`)).text()).toContain(`Sitemap: ${site}${base}sitemap.xml`);

  const oai = await oaiRecords(page, request, `${local}oai.xml`);
  expect(oai.baseURL).toBe(`http://gateway.example.org/oai/library.example.org${base}oai.xml`);
  expect(oai.records.map((r) => r.url).sort()).toEqual(articles.map((p) => `${site}${base}${p}`).sort());
  expect(oai.records.map((r) => r.identifier).sort()).toEqual(
    articles.map((p) => `oai:library.example.org:${`${base}${p}`.replace(/^\/|\/$/g, "")}`).sort(),
  );
  // The same articles as JATS, record for record.
  expect(oai.jats.map((r) => [r.identifier, r.title])).toEqual(oai.records.map((r) => [r.identifier, r.title]));
});
