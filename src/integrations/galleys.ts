import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { galleyPrinter } from "../lib/galleys/printer";
import { promisedPdfs, type GalleyJob } from "../lib/galleys/jobs";
import { pageFacts } from "../lib/build/page-facts";
import { printGalleys, unknownOrigin } from "../lib/galleys/print";

const shout = (logger: AstroIntegrationLogger, reason: string) =>
  logger.warn(
    [
      "",
      "************************************************************************",
      `  NO PDF GALLEYS in this build: ${reason}.`,
      "  Pages link no PDF and carry no citation_pdf_url. To build them, install",
      "  Chromium (apt-get install chromium) or set CABJ_CHROMIUM to one.",
      "************************************************************************",
    ].join("\n"),
  );

/**
 * PDF galleys: after the build, every PDF a page promises (its citation_pdf_url, its links to a
 * PDF) is printed with Chromium from the page beside it, using the print stylesheet; unchanged
 * pages reuse their cached PDF. Pages promise a PDF only when a printer was found before they
 * rendered (src/lib/galleys/printer.ts, asked by the same rule), and a promised PDF that cannot be
 * made fails the build: a reader never meets a dead link.
 */
export function galleys(): AstroIntegration {
  let root = "";
  let cacheDir = "";
  let originKnown = true;
  return {
    name: "cabj-galleys",
    hooks: {
      // Only a build prints galleys, so pages served by `astro dev` must not link them. The dev
      // server renders in this process, where the printer is asked for after this hook.
      "astro:config:setup": ({ command }) => {
        if (command !== "build") process.env["CABJ_PDF"] = "off";
      },
      "astro:config:done": ({ config }) => {
        // Without the site's origin, pages are printed from a reserved name (RFC 2606) that no
        // galley keeps: links to the site's pages are dropped from the PDF (see printGalleys).
        originKnown = config.site !== undefined;
        root = new URL(config.base.endsWith("/") ? config.base : `${config.base}/`, config.site ?? unknownOrigin).href;
        cacheDir = fileURLToPath(new URL("pdf-cache/", config.cacheDir));
      },
      "astro:build:start": ({ logger }) => {
        const printer = galleyPrinter();
        if ("missing" in printer) shout(logger, printer.missing);
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const dist = fileURLToPath(dir);
        const printer = galleyPrinter();
        const jobs = new Map<string, GalleyJob>();
        const facts = await pageFacts(
          dist,
          pages.map((p) => p.pathname),
        );
        for (const [pathname, { pdfs }] of facts) {
          for (const pdf of promisedPdfs(pdfs, new URL(pathname, root).href, root)) {
            // A PDF is printed from the page in its own folder, wherever else it is linked from.
            const owner = `${dirname(pdf)}/`;
            if (!existsSync(join(dist, owner, "index.html")))
              throw new Error(`/${pathname} links the PDF /${pdf}, but there is no page /${owner} to print it from`);
            jobs.set(pdf, { page: owner, pdf });
          }
        }
        if ("missing" in printer) {
          if (jobs.size > 0)
            throw new Error(
              `No Chromium to print PDFs, yet pages link ${[...jobs.keys()].map((p) => `/${p}`).join(", ")}`,
            );
          shout(logger, printer.missing);
          return;
        }
        const report = await printGalleys({
          dist,
          root,
          jobs: [...jobs.values()],
          cacheDir,
          executablePath: printer.executablePath,
          originKnown,
        });
        logger.info(
          `${jobs.size} PDF galleys in ${(report.ms / 1000).toFixed(1)} s: ${report.printed.length} printed, ${report.cached.length} from the cache`,
        );
      },
    },
  };
}
