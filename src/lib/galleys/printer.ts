import { existsSync } from "node:fs";
import { createRequire } from "node:module";

/** Where PDF galleys are printed: a Chromium executable, or the reason there is none. */
export type Printer = { executablePath: string } | { missing: string };

/** Debian's Chromium, the browser the tests use too. */
export const debianChromium = "/usr/bin/chromium";

/**
 * The Chromium tests and benchmarks drive: Debian's where it is installed (no browser can be
 * downloaded here), else Playwright's own.
 */
export const testChromium = (): { executablePath?: string } =>
  existsSync(debianChromium) ? { executablePath: debianChromium } : {};

/**
 * Finds the Chromium that prints the PDF galleys. CABJ_PDF=off builds without them (on purpose,
 * and said so); CABJ_CHROMIUM names an executable, which must exist; otherwise Debian's Chromium,
 * otherwise Playwright's own browser if it has been downloaded. `playwrightPath` is asked lazily
 * because it loads playwright-core.
 */
export function findPrinter(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
  playwrightPath: () => string | undefined,
): Printer {
  const setting = env["CABJ_PDF"]?.trim().toLowerCase();
  if (setting === "off") return { missing: "CABJ_PDF=off" };
  if (setting !== undefined && setting !== "" && setting !== "on")
    throw new Error(`CABJ_PDF: expected "on" or "off", got ${JSON.stringify(env["CABJ_PDF"])}`);
  const named = env["CABJ_CHROMIUM"]?.trim();
  if (named) {
    if (!exists(named))
      throw new Error(`CABJ_CHROMIUM: expected the path of a Chromium executable, but ${named} does not exist`);
    return { executablePath: named };
  }
  if (exists(debianChromium)) return { executablePath: debianChromium };
  const own = playwrightPath();
  if (own !== undefined && exists(own)) return { executablePath: own };
  return { missing: `no Chromium at ${debianChromium} and no browser downloaded for Playwright` };
}

let found: Printer | undefined;

/**
 * The build's printer, found once. The article pages ask before they render (to link a PDF only
 * when one will be made) and the galley integration asks before it prints: the same answer.
 */
export function galleyPrinter(): Printer {
  // Loaded by Node, not bundled: the pages only need to know whether a browser is there.
  const playwrightPath = () => {
    try {
      const playwright = createRequire(import.meta.url)("playwright-core") as typeof import("playwright-core");
      return playwright.chromium.executablePath();
    } catch {
      return undefined;
    }
  };
  found ??= findPrinter(process.env, existsSync, playwrightPath);
  return found;
}
