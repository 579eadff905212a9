import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, extname, join } from "node:path";
import { chromium } from "playwright-core";
import { linkedStylesheets, type GalleyJob } from "./jobs";
import { galleyKey } from "./cache";

/**
 * How every galley is printed. A4 with the margins of a journal page, wide enough to hold the
 * masthead, running heads and page numbers that the text's own print stylesheet sets in them
 * (src/lib/galleys/page-heads.ts), so that a reader who prints the page gets the same pages; a
 * tagged PDF with an outline, so that the galley is as accessible and navigable as its page.
 */
export const pdfSettings = {
  format: "A4",
  margin: { top: "22mm", bottom: "20mm", left: "36mm", right: "36mm" },
  printBackground: false,
  displayHeaderFooter: false,
  tagged: true,
  outline: true,
} as const;

/** The width of a galley's text in CSS pixels (A4 less its margins, at 96 px to the inch): charts are drawn at it. */
export const printWidthPx = Math.floor(((210 - 36 - 36) / 25.4) * 96);

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

export interface PrintRequest {
  /** The built site's folder. */
  dist: string;
  /** The site's root URL: origin and base, with trailing slash. */
  root: string;
  jobs: GalleyJob[];
  /** Folder of cached PDFs, by content hash. */
  cacheDir: string;
  executablePath: string;
  /**
   * Whether `root` is the origin the site is served from. When it is not (no origin configured),
   * links to the site's own pages are removed before printing, so that the PDF names no host.
   */
  originKnown?: boolean;
}

/** The origin pages are printed from when the site's own is not known: a name reserved never to resolve. */
export const unknownOrigin = "http://galley.invalid";

export interface PrintReport {
  printed: string[];
  cached: string[];
  /** Milliseconds spent, browser start included. */
  ms: number;
}

/** The file a URL below the site root is served from, as a plain static server would. */
function fileFor(dist: string, rel: string): string | undefined {
  const file = join(dist, rel);
  if (!file.startsWith(dist)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, "index.html");
  return existsSync(file) ? file : undefined;
}

/**
 * Prints each job's page to its PDF with the print stylesheet, reusing a cached PDF when nothing
 * that decides its look has changed. The browser gets the built files straight from `dist`
 * (requests to the site's own URL are answered from disk, anything else is refused), so printing
 * needs no server or port, and a galley can never contain something fetched from elsewhere.
 * Throws, naming the page, when a PDF cannot be made.
 */
export async function printGalleys(request: PrintRequest): Promise<PrintReport> {
  const start = performance.now();
  const { dist, root, jobs, cacheDir, executablePath, originKnown = true } = request;
  mkdirSync(cacheDir, { recursive: true });
  const printerStat = statSync(executablePath);
  const printerKey = `${executablePath} ${printerStat.size} ${printerStat.mtimeMs}`;
  const keyed = jobs.map((job) => {
    const html = readFileSync(join(dist, job.page, "index.html"), "utf8");
    const sheets = linkedStylesheets(html, new URL(job.page, root).href, root).map((sheet) => {
      const file = fileFor(dist, sheet);
      if (!file) throw new Error(`PDF galley of /${job.page}: the stylesheet /${sheet} is not in the build`);
      return readFileSync(file, "utf8");
    });
    const key = galleyKey({
      html,
      stylesheets: sheets,
      settings: { pdf: pdfSettings, width: printWidthPx, motion: "reduce" },
      printer: printerKey,
    });
    return { job, cached: join(cacheDir, `${key}.pdf`) };
  });

  const missing = keyed.filter((k) => !existsSync(k.cached));
  if (missing.length > 0) {
    const browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    try {
      // Charts are drawn at the width of the paper's text, without animation.
      const context = await browser.newContext({
        offline: false,
        viewport: { width: printWidthPx, height: 1100 },
        reducedMotion: "reduce",
      });
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        const file = url.startsWith(root)
          ? fileFor(dist, decodeURIComponent(new URL(url).pathname.slice(new URL(root).pathname.length)))
          : undefined;
        if (!file) return route.abort();
        return route.fulfill({
          status: 200,
          contentType: types[extname(file)] ?? "application/octet-stream",
          body: readFileSync(file),
        });
      });
      for (const { job, cached } of missing) {
        const page = await context.newPage();
        try {
          const response = await page.goto(new URL(job.page, root).href, { waitUntil: "load" });
          if (!response?.ok()) throw new Error(`the page answered ${response?.status() ?? "nothing"}`);
          // Paper is never scrolled, so charts that draw on nearing the viewport are drawn as a
          // reader's browser draws them before printing: on "beforeprint". Every one must be drawn.
          await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
          const charts = await page.locator("[data-chart]").count();
          if (charts > 0)
            await page
              .waitForFunction(
                () => [...document.querySelectorAll<HTMLElement>("[data-chart]")].every((c) => c.dataset["drawn"]),
                undefined,
                { timeout: 30_000 },
              )
              .catch(() => {
                throw new Error(`of its ${charts} charts, not every one was drawn before printing`);
              });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          if (!originKnown)
            await page.evaluate((siteRoot) => {
              for (const a of document.querySelectorAll("a[href]"))
                if (
                  a instanceof HTMLAnchorElement &&
                  a.href.startsWith(siteRoot) &&
                  !a.getAttribute("href")?.startsWith("#")
                )
                  a.removeAttribute("href");
            }, root);
          const pdf = await page.pdf(pdfSettings);
          if (pdf.length === 0) throw new Error("Chromium returned an empty PDF");
          const partial = `${cached}.part`;
          writeFileSync(partial, pdf);
          copyFileSync(partial, cached);
          rmSync(partial);
        } catch (error) {
          throw new Error(
            `PDF galley /${job.pdf}: could not print /${job.page}: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
  }

  for (const { job, cached } of keyed) {
    const target = join(dist, job.pdf);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(cached, target);
  }
  // Only what this build used stays, so the cache never outgrows one site's galleys.
  const used = new Set(keyed.map((k) => k.cached));
  for (const name of readdirSync(cacheDir))
    if (!used.has(join(cacheDir, name))) rmSync(join(cacheDir, name), { force: true });

  const missingSet = new Set(missing.map((m) => m.job.pdf));
  return {
    printed: jobs.filter((j) => missingSet.has(j.pdf)).map((j) => j.pdf),
    cached: jobs.filter((j) => !missingSet.has(j.pdf)).map((j) => j.pdf),
    ms: performance.now() - start,
  };
}
