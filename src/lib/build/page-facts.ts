/**
 * What the build's last steps read from every built page: its Content Security Policy (for
 * `_headers`) and the PDFs it names (for the galleys). An archive's pages are read once for both,
 * by whichever step asks first, in batches on threads (page-facts-worker.ts): the build has no
 * other work left then, and reading 3,000 pages on one thread took 2 s. The facts are a few bytes
 * a page.
 */
import { availableParallelism } from "node:os";
import { workerPool } from "./pool";
import type { FactsTask } from "./page-facts-worker";

export interface PageFacts {
  /** Its Content Security Policy, from its `<meta http-equiv>`. */
  csp: string | undefined;
  /** The PDF addresses it names, as written (`pdfLinks`). */
  pdfs: string[];
}

/** Whether an Astro pathname is the 404 page, built as 404.html. */
export const notFound = (pathname: string) => /^404\/?$/.test(pathname);

/** The file of the page at an Astro pathname, below the built site's folder. */
export const pageFile = (pathname: string) => (notFound(pathname) ? "404.html" : `${pathname}index.html`);

let last: { key: string; facts: Promise<Map<string, PageFacts>> } | undefined;

/** Each built page's facts, by pathname; a pathname with no HTML file (an endpoint) has none. */
export function pageFacts(dist: string, pathnames: readonly string[]): Promise<Map<string, PageFacts>> {
  const key = `${dist}\n${pathnames.join("\n")}`;
  if (last?.key !== key) last = { key, facts: readFacts(dist, pathnames) };
  return last.facts;
}

/** Pages a thread reads per task: enough that a task's messages cost little beside its reading. */
const batch = 64;

async function readFacts(dist: string, pathnames: readonly string[]): Promise<Map<string, PageFacts>> {
  // One thread per core: this thread only waits for them.
  const threads = workerPool<FactsTask, (PageFacts | null)[]>(
    "lib/build/page-facts-worker.ts",
    undefined,
    Math.max(1, Math.min(availableParallelism(), Math.ceil(pathnames.length / batch))),
  );
  try {
    const batches: string[][] = [];
    for (let i = 0; i < pathnames.length; i += batch) batches.push(pathnames.slice(i, i + batch));
    const read = await Promise.all(batches.map((b) => threads.run({ dist, pathnames: b })));
    const facts = new Map<string, PageFacts>();
    batches.forEach((b, i) =>
      b.forEach((pathname, j) => {
        const fact = read[i]![j];
        if (fact) facts.set(pathname, fact);
      }),
    );
    return facts;
  } finally {
    await threads.close();
  }
}
