/**
 * A reading thread of page-facts.ts: the facts of a batch of built pages, read from their files,
 * so that an archive's pages are read and searched on every core at the end of a build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { policyOf } from "../headers-file";
import { pdfLinks } from "../galleys/jobs";
import { pageFile, type PageFacts } from "./page-facts";

export interface FactsTask {
  /** The built site's folder. */
  dist: string;
  /** Astro pathnames of pages, below `dist`. */
  pathnames: string[];
}

/** Each page's facts, in the order asked; `null` for a pathname with no HTML file (an endpoint). */
export function handle({ dist, pathnames }: FactsTask): (PageFacts | null)[] {
  return pathnames.map((pathname) => {
    let html: string;
    try {
      html = readFileSync(join(dist, pageFile(pathname)), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    return { csp: policyOf(html), pdfs: pdfLinks(html) };
  });
}
