import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { builtPages, dist } from "./site";
import { texts } from "./expected";
import { readAsZotero, type ZoteroItem } from "./zotero";

/** The journal as its sources give it (../shared/JOURNAL.md, the issue's running head). */
const cabj = {
  publicationTitle: "Central Asia Business Journal",
  volume: "11",
  issue: "1",
  date: "2020",
  ISSN: "2073-5901, 1991-0002",
};

/** The companion texts as their sources give them (the articles' venues, the op-ed's editor's note). */
const companions: Record<string, Partial<ZoteroItem>> = {
  "companions/baimenov-concentric-spheres/": {
    itemType: "journalArticle",
    publicationTitle: "International Journal of Civil Service Reform and Practice",
    volume: "5",
    issue: "2",
    date: "2020",
    ISSN: "2409-5532",
  },
  "companions/north-korea-deal/": {
    itemType: "blogPost",
    title: "Why North Korea Wants a Deal with the US: Can Vietnam serve as an inspiring example? Or is it Belarus?",
    publicationTitle: "True Blue Will Never Stain",
    date: "2018/03/29",
  },
};

const pages = builtPages();
const languagePages = pages.filter((p) => /^(ru|kk)\/[^/]+\/$/.test(p));
const pdfsBuilt = existsSync(join(dist, "issues/11-1/bang/bang.pdf"));
const names = (item: ZoteroItem) => item.creators.map((c) => [c.firstName, c.lastName].filter(Boolean).join(" "));

/** The item every page of a text must give: what its English page says, with its URL and PDF. */
function expectedItem(path: string): Partial<ZoteroItem> {
  const text = texts.find((t) => t.path === path);
  if (!text) throw new Error(`e2e/expected.ts: no text ${path}`);
  const item = path.startsWith("issues/") ? { itemType: "journalArticle", ...cabj } : companions[path];
  return { title: text.title, language: "en", ...item };
}

/** Checks that the item's URL and PDF answer on the site's own origin, and are what they claim. */
async function answers(request: APIRequestContext, origin: string, item: ZoteroItem, path: string) {
  expect(item.url, "URL").toBe(`${origin}/${path}`);
  const page = await request.get(item.url ?? "");
  expect(page.status(), `${item.url ?? ""} answers`).toBe(200);
  expect(await page.text()).toContain("<h1");
  expect(new URL(item.url ?? "").origin).toBe(origin);
  if (!pdfsBuilt) {
    expect(item.pdf, "no PDF is offered when the build prints none").toBeUndefined();
    return;
  }
  const slug = path.split("/").at(-2) ?? "";
  expect(item.pdf, "PDF").toBe(`${origin}/${path}${slug}.pdf`);
  const pdf = await request.get(item.pdf ?? "");
  expect(pdf.status(), `${item.pdf ?? ""} answers`).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
}

test.beforeAll(async ({ browser, baseURL }) => {
  // The site must be built for the origin it is tested on, or no URL could answer.
  const page = await browser.newPage({ baseURL: baseURL ?? "" });
  await page.goto("issues/11-1/");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  const origin = new URL(baseURL ?? "").origin;
  expect(
    canonical && new URL(canonical).origin,
    `dist/ must be built with CABJ_SITE=${origin} (the test server's origin) for these tests`,
  ).toBe(origin);
  await page.close();
});

for (const text of texts) {
  const pagesOfText = [text.path, ...languagePages.filter((p) => p.endsWith(`/${text.path.split("/").at(-2)}/`))];
  for (const path of pagesOfText) {
    test(`Save to Zotero from /${path} saves ${text.path === path ? "the text" : "the same item as its English page"}`, async ({
      page,
      request,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? "").origin;
      await page.goto(path);
      const reading = await page.evaluate(readAsZotero);
      expect(reading.translator).toBe("Embedded Metadata");
      expect(reading.items).toHaveLength(1);
      const [item] = reading.items as [ZoteroItem];
      const expected = expectedItem(text.path);
      expect(item).toMatchObject(expected);
      expect(names(item)).toEqual(text.authors);
      for (const absent of ["volume", "issue", "ISSN", "publicationTitle"] as const)
        if (!(absent in expected)) expect(item[absent], absent).toBeUndefined();
      if (path !== text.path) {
        // The page's own summary is the abstract, and the page still says it in its language.
        const lang = path.slice(0, 2);
        expect(await page.locator("html").getAttribute("lang")).toBe(lang);
        const summary = (await page.locator(".abstract p").first().innerText()).trim();
        expect(item.abstractNote?.startsWith(summary.slice(0, 40))).toBe(true);
        expect(await page.locator(`meta[name="citation_abstract"][lang="${lang}"]`).count()).toBe(1);
        expect(await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute("href")).toBe(
          `${origin}/${path}`,
        );
      }
      await answers(request, origin, item, text.path);
    });
  }
}

test("Save to Zotero from an issue page offers its articles, in printed order, to choose from", async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  await page.goto("issues/11-1/");
  const reading = await page.evaluate(readAsZotero);
  expect(reading.translator).toBe("COinS");
  const articles = texts.filter((t) => t.path.startsWith("issues/11-1/"));
  const listed = await page
    .locator("main a[href*='/issues/11-1/']")
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const printedOrder = articles
    .map((a) => ({ a, at: listed.indexOf(`/${a.path}`) }))
    .sort((x, y) => x.at - y.at)
    .map(({ a }) => a);
  expect(reading.items.map((i) => i.title)).toEqual(printedOrder.map((a) => a.title));
  for (const [i, item] of reading.items.entries()) {
    const text = printedOrder[i];
    if (!text) throw new Error("more items than articles");
    expect(item).toMatchObject({ itemType: "journalArticle", ...cabj, ISSN: "2073-5901", language: "en" });
    expect(names(item)).toEqual(text.authors);
    expect(item.url).toBe(`${origin}/${text.path}`);
    expect((await request.get(item.url ?? "")).status()).toBe(200);
  }
});
