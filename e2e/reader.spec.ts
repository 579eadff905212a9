/**
 * What a reader sees on a phone and a wide screen: nothing scrolls sideways, previews open inside
 * the screen, wide tables scroll in their own box and say so, a chart's data waits behind "Show
 * the data", and no page or file names the workshop's own sources.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { texts } from "./expected";
import { builtPages, dist } from "./site";

const pages = builtPages();

/** Scrolls every chart into view and waits until it is drawn, so that drawn charts are measured too. */
async function drawCharts(page: Page) {
  const charts = page.locator("[data-chart]");
  for (let i = 0; i < (await charts.count()); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute("data-drawn", "true");
  }
}

/** The elements that reach past the right edge of the screen, for the failure message. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: width,
      culprits: [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    };
  });

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const path of pages) {
      test(`/${path} does not scroll sideways`, async ({ page }) => {
        await page.goto(path);
        await drawCharts(page);
        const found = await overflowing(page);
        expect(found.scrollWidth, JSON.stringify(found)).toBeLessThanOrEqual(found.clientWidth);
      });
    }
  });
}

test.describe("previews on a phone", () => {
  test.use({ viewport: { width: 390, height: 800 } });
  for (const text of texts) {
    test(`/${text.path}: the first note and the first citation preview open inside the screen`, async ({ page }) => {
      await page.goto(text.path);
      const toggles = [
        page.locator("sup.preview-anchor button.preview-toggle").first(),
        page.locator("button.preview-toggle[aria-label^='Reference: ']").first(),
      ];
      let opened = 0;
      for (const toggle of toggles) {
        if ((await toggle.count()) === 0) continue;
        await toggle.scrollIntoViewIfNeeded();
        await toggle.click();
        const id = await toggle.getAttribute("popovertarget");
        const preview = page.locator(`[id="${id}"]`);
        await expect(preview).toBeVisible();
        const box = (await preview.boundingBox())!;
        expect(box.x, "left edge").toBeGreaterThanOrEqual(0);
        expect(box.y, "top edge").toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, "right edge").toBeLessThanOrEqual(390);
        expect(box.y + box.height, "bottom edge").toBeLessThanOrEqual(800);
        expect(box.width, "width").toBeGreaterThanOrEqual(250);
        await page.keyboard.press("Escape");
        await expect(preview).toBeHidden();
        opened += 1;
      }
      expect(opened).toBe((text.footnotes > 0 ? 1 : 0) + (text.references > 0 ? 1 : 0));
    });
  }
});

test.describe("wide tables", () => {
  test("Table 1 of the CSR article shows all its columns at 1,280 px, its row headers a few lines high", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("issues/11-1/baisakalova-amagoh/");
    const wrap = page.locator('[data-figure="csr-table-1"] .table-wrap');
    const sizes = await wrap.evaluate((w) => ({ scroll: w.scrollWidth, client: w.clientWidth }));
    expect(sizes.scroll, "the table needs no scrolling").toBeLessThanOrEqual(sizes.client);
    const box = (await wrap.boundingBox())!;
    for (const th of await wrap.locator("thead th").all()) {
      const cell = (await th.boundingBox())!;
      expect(cell.x + cell.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    for (const th of await wrap.locator("tbody th").all()) {
      const lines = await th.evaluate((e) => {
        const style = getComputedStyle(e);
        const inner = e.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return Math.round(inner / parseFloat(style.lineHeight));
      });
      expect(lines, await th.innerText()).toBeLessThanOrEqual(4);
    }
  });

  test("on a phone a wide table scrolls in its own box, shows that it does, and keeps its caption in place", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("issues/11-1/baisakalova-amagoh/");
    const wrap = page.locator('[data-figure="csr-table-1"] .table-wrap');
    const sizes = await wrap.evaluate((w) => ({ scroll: w.scrollWidth, client: w.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    // The cue: shadows at the box's edges, painted by its background.
    expect(await wrap.evaluate((w) => getComputedStyle(w).backgroundImage)).toMatch(/radial-gradient.*radial-gradient/);
    const caption = wrap.locator("caption .caption-text");
    const before = (await caption.boundingBox())!;
    await wrap.evaluate((w) => w.scrollTo({ left: w.scrollWidth }));
    await expect.poll(() => wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(0);
    const after = (await caption.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(2);
    const box = (await wrap.boundingBox())!;
    expect(after.x + after.width).toBeLessThanOrEqual(box.x + box.width + 1);
  });
});

test.describe("a chart's data", () => {
  const path = "companions/baimenov-concentric-spheres/";
  const figure = '[data-figure="kazakhstan-wgi-control-of-corruption"]';

  test("waits, closed, behind “Show the data”; values at their publisher's precision", async ({ page }) => {
    await page.goto(path);
    const data = page.locator(`${figure} details.figure-data`);
    await expect(data.locator("summary")).toHaveText("Show the data");
    await expect(data.getByRole("table")).toBeHidden();
    // The charts above draw as the page settles and can move the summary under a click: the
    // reader's click is tried again until the disclosure is open (as in figures.spec.ts).
    await expect(async () => {
      if (!(await data.evaluate((d) => (d as HTMLDetailsElement).open))) await data.locator("summary").click();
      await expect(data.getByRole("table")).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    const text = await data.getByRole("table").innerText();
    expect(text).toContain("12.37");
    expect(text).not.toContain("12.365591");
  });

  test("is open when JavaScript is off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator(`${figure} .figure-data table`)).toBeVisible();
    await context.close();
  });

  test("is open on paper, where where-it-comes-from notes and the CSV link are left out", async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(`${figure} .figure-data table`)).toBeVisible();
    await expect(page.locator(`${figure} .figure-provenance`)).toBeHidden();
    await expect(page.getByRole("link", { name: "Download the table as CSV" }).first()).toBeHidden();
  });

  test("says where its numbers come from, in a reader's words, behind a disclosure", async ({ page }) => {
    await page.goto(path);
    const provenance = page.locator(`${figure} details.figure-provenance`);
    await expect(provenance.locator("summary")).toHaveText("Where these numbers come from");
    await provenance.locator("summary").click();
    await expect(provenance).toContainText("World Bank, Worldwide Governance Indicators");
  });
});

/** Every file the build writes that a reader may open as text, and the text of every PDF. */
function readerFiles(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|csv|xml|json|bib|ris|txt)$/.test(name))
        found.push({ file: full, text: readFileSync(full, "utf8") });
      else if (name.endsWith(".pdf"))
        found.push({ file: full, text: execFileSync("pdftotext", [full, "-"], { encoding: "utf8" }) });
    }
  };
  walk(dist);
  return found;
}

test("no page, PDF, CSV, JATS or other file names a seed file, a notes file or a commit", () => {
  const files = readerFiles();
  expect(files.filter((f) => f.file.endsWith(".pdf")).length).toBeGreaterThan(0);
  expect(files.filter((f) => f.file.endsWith(".csv")).length).toBeGreaterThan(0);
  const offending = files.flatMap(({ file, text }) =>
    [...text.matchAll(/\bseeds? \d{3}\b|SOURCES\.md|\b[0-9a-f]{40}\b/gi)].map(
      (m) => `${relative(dist, file)}: ${m[0]}`,
    ),
  );
  expect(offending).toEqual([]);
});
