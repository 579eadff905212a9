/**
 * Search at archive scale, as a reader meets it: synthetic archives of 1,000 and 10,000 texts
 * with bodies of an article's length (src/tools/synthetic-archive.ts), their search files built
 * with the site's own code and served over HTTP with the site's own built pages and script, typed
 * into key by key in Chromium through Playwright. Side by side, in the same run and browser:
 * Pagefind over the same texts (one HTML page per text, its sections under their headings).
 *
 * Per keystroke: the time from the key (its `beforeinput` event) to the results on screen (the
 * status line naming what was typed, set in the same task as the result list), and to the results
 * complete (their snippets in: the site's list shows its results as soon as their titles are
 * loaded and is `aria-busy` until the snippets follow; Pagefind's page shows its results with
 * their excerpts at once, so both times are the same for it). The next key is typed only once
 * the results are complete. Figures are
 * medians over `BENCH_SEARCH_RUNS` (3) runs, each in a fresh browser context (cold cache).
 * `BENCH_SEARCH_SIZES` chooses the sizes ("1000,10000"); `BENCH_SEARCH_PAGEFIND=off` leaves
 * Pagefind out. Run after `npm run build`. Where the
 * time goes is printed on stderr as it goes: on a loaded 2-core machine the 1,000-text size takes
 * about 2.5 minutes, the 10,000-text one about 16 (generating 1.4, this site's index 1.5,
 * Pagefind's 3.7, then per run 0.3 typing into this site and 2.7 into Pagefind); the latter was
 * run with NODE_OPTIONS=--max-old-space-size=10000.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import * as pagefind from "pagefind";
import { readSite } from "../../lib/read-content";
import { buildSearch, postingsOf, type BuiltSearch, type SearchRecord } from "../../lib/search/build";
import { createEngine, memorySource } from "../../lib/search/engine";
import { searchFiles } from "../../lib/search/files";
import { foldText } from "../../lib/search/fold";
import { maxResults } from "../../lib/search/options";
import { searchRecords } from "../../lib/search/records";
import { serve } from "../../../e2e/serve";
import { testChromium } from "../../lib/galleys/printer";
import { realBodies, syntheticArchive } from "../synthetic-archive";

const project = new URL("../../../", import.meta.url).pathname;
const dist = join(project, "dist");
const sizes = (process.env["BENCH_SEARCH_SIZES"] ?? "1000,10000").split(",").map(Number);
const runs = Number(process.env["BENCH_SEARCH_RUNS"] ?? 3);
/** `BENCH_SEARCH_PAGEFIND=off` leaves Pagefind out (to time a change to this site's search alone). */
const withPagefind = process.env["BENCH_SEARCH_PAGEFIND"] !== "off";

/**
 * Queries a reader might type, each with the word it means: typos in three languages, Kazakh
 * letters typed as Russian ones and back, transliterations, Kazakh Latin, the wrong keyboard
 * layout, body words misspelt and in the other script.
 */
const recallQueries: [query: string, meant: string][] = [
  ["Kyrgystan", "Kyrgyzstan"],
  ["Kazakstan", "Kazakhstan"],
  ["modernisation", "modernization"],
  ["accesion", "accession"],
  ["corupption", "corruption"],
  ["bargainng", "bargaining"],
  ["коррупция", "corruption"],
  ["интерграция", "Integration"],
  ["Кыргызтан", "Кыргызстан"],
  ["корпоротивной", "корпоративной"],
  ["Казакстан", "Қазақстан"],
  ["кыргызстаннын", "Қырғызстанның"],
  ["экономикалык", "экономикалық"],
  ["Qazaqstan", "Қазақстан"],
  ["integratsiya", "Integration"],
  ["korporativnoy", "корпоративной"],
  ["Evraziyskiy", "Евразийский"],
  ["Rossiya", "Россия"],
  ["лфяфлрыефт", "Kazakhstan"],
  ["ьщвуктшяфешщт", "modernization"],
];

/** Other queries, for time only. */
const latencyQueries = [
  "economic modernization",
  "corporate social responsibility",
  "Евразийский союз",
  "әлеуметтік жауапкершілік",
  "F15",
  "Nazarbayev",
];
const typed = [...recallQueries.map(([q]) => q), ...latencyQueries];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const median = (values: number[]) => percentile(values, 50);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** One text as an HTML page for Pagefind: its title, authors and every section under its heading. */
const pageOf = (r: SearchRecord) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(r.fields.title ?? "")}</title></head><body><main data-pagefind-body><h1>${escape(r.fields.title ?? "")}</h1><p>${escape(r.fields.authors ?? "")}</p><p>${escape(r.fields.keywords ?? "")}</p>${r.sections
    .map(
      (s) =>
        `<section lang="${s.lang}"><h2${s.id === "" ? "" : ` id="${escape(s.id)}"`}>${escape(s.heading)}</h2><p>${escape(s.text)}</p></section>`,
    )
    .join("")}</main></body></html>`;

/** The page Pagefind is timed on: a box, a status line and six results with excerpts, as the site's panel shows. */
const pagefindPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<input type="search" name="q" aria-label="Search"><p class="search-status"></p><ol id="results"></ol>
<script type="module">
const input = document.querySelector("input");
const status = document.querySelector(".search-status");
const list = document.getElementById("results");
let pagefind;
const load = async () => { if (!pagefind) { pagefind = await import("/pagefind/pagefind.js"); await pagefind.init(); } return pagefind; };
input.addEventListener("focus", () => void load(), { once: true });
let generation = 0;
input.addEventListener("input", async () => {
  const mine = ++generation;
  const q = input.value;
  if (q.trim() === "") { list.replaceChildren(); status.textContent = ""; return; }
  const search = await (await load()).search(q);
  if (mine !== generation || !search) return;
  const data = await Promise.all(search.results.slice(0, 6).map((r) => r.data()));
  if (mine !== generation) return;
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = d.url;
    a.textContent = d.meta.title;
    const p = document.createElement("p");
    p.innerHTML = d.excerpt;
    li.append(a, p);
    return li;
  }));
  status.textContent = search.results.length + " results for “" + q.trim() + "”.";
});
window.pagefindUrls = async (q, k) => {
  const search = await (await load()).search(q);
  return Promise.all(search.results.slice(0, k).map(async (r) => (await r.data()).url));
};
</script></body></html>`;

/**
 * Records, in the page, the time from each key to the status line naming what is typed. The bench
 * waits for each key's results through one promise (`settled`), not by polling the page, which
 * would run on the page's main thread in the middle of the keystrokes it times.
 */
const harness = () => {
  const state = {
    start: 0,
    waiting: false,
    shown: false,
    times: [] as number[],
    complete: [] as number[],
    /** When each keystroke's results were complete, on the page's clock. */
    completedAt: [] as number[],
    done: [] as (() => void)[],
    settled: () =>
      new Promise<void>((resolve, reject) => {
        if (!state.waiting) return resolve();
        const timer = setTimeout(() => reject(new Error("bench: no results within 60 s")), 60_000);
        state.done.push(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
    stop: () => {
      state.waiting = false;
      for (const resolve of state.done.splice(0)) resolve();
    },
  };
  (window as unknown as { bench: typeof state }).bench = state;
  document.addEventListener(
    "beforeinput",
    () => {
      state.start = performance.now();
      state.waiting = true;
      state.shown = false;
    },
    true,
  );
  new MutationObserver(() => {
    if (!state.waiting) return;
    const input = document.querySelector<HTMLInputElement>("input[name=q]");
    const status = document.querySelector(".search-status");
    const query = input?.value.trim() ?? "";
    if (!state.shown && query !== "" && status?.textContent?.includes(`“${query}”`)) {
      state.times.push(performance.now() - state.start);
      state.shown = true;
    }
    if (state.shown && !document.querySelector(".search-results[aria-busy=true]")) {
      state.complete.push(performance.now() - state.start);
      state.completedAt.push(performance.now());
      state.stop();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};
type Harness = {
  bench: { settled: () => Promise<void>; stop: () => void; times: number[]; complete: number[]; completedAt: number[] };
};

/** Bytes a file costs over the wire: gzip, or as it is when it is already compressed (Pagefind's). */
function wireBytes(file: string): number {
  const data = readFileSync(file);
  return data[0] === 0x1f && data[1] === 0x8b ? data.length : gzipSync(data).length;
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files += 1;
    }
  return { bytes, files };
}

interface Timed {
  p50: number;
  p95: number;
  max: number;
  /** p95 of the time to the results complete, snippets in. */
  completeP95: number;
  firstBytes: number;
  keystrokes: number;
  /** The slowest keystrokes, slowest first: what was in the box, and the time to results on screen. */
  slowest: [typed: string, time: number][];
}

/** Types every query key by key into the box at `url`; returns the per-keystroke times and the bytes fetched up to the first results. */
async function typeQueries(browser: Browser, origin: string, url: string, site: string): Promise<Timed> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.addInitScript(harness);
  await page.goto(`${origin}${url}`);
  await page.waitForLoadState("networkidle");
  const box = page.locator("input[name=q]").first();
  // The bytes counted are those of the files asked for from the box's first use until the first
  // results are complete (resource timing: what is asked for after is not counted).
  const since = await page.evaluate(() => performance.timeOrigin + performance.now());
  await box.focus();
  let firstBytes = -1;
  const labels: string[] = [];
  for (const query of typed) {
    for (const [i, ch] of [...query].entries()) {
      labels.push([...query].slice(0, i + 1).join(""));
      await page.keyboard.type(ch);
      await page.evaluate(() => (window as unknown as Harness).bench.settled());
      if (firstBytes < 0) {
        // The resource timing of the page and of its workers (Pagefind fetches from a worker),
        // on one clock: milliseconds since 1970.
        const entries = (): { path: string; start: number }[] =>
          performance
            .getEntriesByType("resource")
            .map((e) => ({ path: new URL(e.name).pathname, start: performance.timeOrigin + e.startTime }));
        const done = await page.evaluate(
          () => performance.timeOrigin + ((window as unknown as Harness).bench.completedAt[0] ?? Infinity),
        );
        const all = [
          ...(await page.evaluate(entries)),
          ...(await Promise.all(page.workers().map((w) => w.evaluate(entries)))).flat(),
        ];
        const paths = all.filter((e) => e.start >= since && e.start <= done).map((e) => e.path);
        firstBytes = paths.reduce((sum, path) => {
          const file = join(site, decodeURIComponent(path), path.endsWith("/") ? "index.html" : "");
          return sum + (existsSync(file) ? wireBytes(file) : 0);
        }, 0);
      }
    }
    await box.fill("");
    await page.evaluate(() => (window as unknown as Harness).bench.stop());
  }
  const { times, complete } = await page.evaluate(() => {
    const { times, complete } = (window as unknown as Harness).bench;
    return { times, complete };
  });
  await context.close();
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    completeP95: percentile(complete, 95),
    firstBytes,
    keystrokes: times.length,
    slowest: times
      .map((time, i): [string, number] => [labels[i] ?? "?", time])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15),
  };
}

/** Texts that contain the meant word or a form of it (the word and an ending): what a query should find. */
function relevant(built: BuiltSearch, meant: string): Set<number> {
  const key = foldText(meant)[0] as string;
  const found = new Set<number>();
  built.terms.forEach((term, t) => {
    if (term.startsWith(key)) for (const p of postingsOf(built.postings[t] ?? [])) found.add(p.doc);
  });
  return found;
}

/** Per query, the relevant texts among the first min(50, relevant) results, over that number; averaged. */
async function recallOf(built: BuiltSearch, results: (query: string, k: number) => Promise<number[]>): Promise<number> {
  let sum = 0;
  for (const [query, meant] of recallQueries) {
    const truth = relevant(built, meant);
    const k = Math.min(maxResults, truth.size);
    if (k === 0) throw new Error(`bench: no synthetic text contains "${meant}"`);
    sum += (await results(query, k)).slice(0, k).filter((d) => truth.has(d)).length / k;
  }
  return sum / recallQueries.length;
}

const medianOf = (list: Timed[], key: Exclude<keyof Timed, "slowest">) => median(list.map((t) => t[key]));

/** Where a run's time goes, on stderr as it goes (the report itself is stdout). */
const benchStart = performance.now();
const progress = (what: string) =>
  process.stderr.write(`search bench, ${seconds(performance.now() - benchStart)}: ${what}\n`);

/** Pagefind's index of one page per text, written into `site`, and a page to type into. */
async function indexWithPagefind(
  records: readonly SearchRecord[],
  site: string,
): Promise<{ build: number; disk: string }> {
  progress(`${records.length} texts: indexing with Pagefind`);
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`bench: pagefind: ${errors.join("; ")}`);
  for (const record of records) {
    const added = await index.addHTMLFile({ url: `/${record.path}`, content: pageOf(record) });
    if (added.errors.length > 0) throw new Error(`bench: pagefind: ${added.errors.join("; ")}`);
  }
  await index.writeFiles({ outputPath: join(site, "pagefind") });
  await pagefind.close();
  const build = performance.now() - started;
  const disk = folderBytes(join(site, "pagefind"));
  mkdirSync(join(site, "pagefind-bench"));
  writeFileSync(join(site, "pagefind-bench", "index.html"), pagefindPage);
  return { build, disk: `${mb(disk.bytes)} in ${disk.files} files` };
}

export default async function searchBench(): Promise<string[]> {
  if (!existsSync(join(dist, "index.html"))) return ["dist/ is missing: run `npm run build` first."];
  const real = searchRecords(readSite());
  const body = realBodies(join(project, "content"));
  const lines = [
    `Queries typed key by key: ${typed.length} (${typed.join("").length} keystrokes); recall on the ${recallQueries.length} typo, folding, transliteration, layout and body-word queries. Medians of ${runs} runs, each in a fresh browser context.`,
    "",
    "| texts | search | keystroke p50 | keystroke p95 | max | p95 with snippets | fetched before first results complete (gzip) | index on disk | index build | recall |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const browser = await chromium.launch(testChromium());
  try {
    for (const count of sizes) {
      const dir = mkdtempSync(join(tmpdir(), "cabj-search-bench-"));
      try {
        progress(`${count} texts: generating`);
        const archive = syntheticArchive(real, count, body);
        progress(`${count} texts: generated; building this site's index`);
        const site = join(dir, "site");
        cpSync(dist, site, { recursive: true });
        for (const name of readdirSync(join(site, "search")))
          if (name.endsWith(".json")) rmSync(join(site, "search", name));

        // This site's index: built and split with the site's code, put where the built pages look.
        const started = performance.now();
        const built = buildSearch(archive.records);
        // Written as they are made, as the site's build writes them.
        let ourDisk = 0;
        let ourFiles = 0;
        searchFiles(built, (name, json) => {
          writeFileSync(join(site, "search", name), json);
          ourDisk += Buffer.byteLength(json);
          ourFiles += 1;
        });
        const ourBuild = performance.now() - started;

        // Pagefind over one page per text.
        const theirIndex = withPagefind ? await indexWithPagefind(archive.records, site) : undefined;

        progress(`${count} texts: typing`);
        const server = await serve(site, 0, "/");
        const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        try {
          const ours: Timed[] = [];
          const theirs: Timed[] = [];
          for (let run = 0; run < runs; run += 1) {
            ours.push(await typeQueries(browser, origin, "/", site));
            progress(
              `${count} texts: run ${run + 1}, this site typed; slowest keystrokes: ${(ours.at(-1)?.slowest ?? [])
                .map(([text, time]) => `"${text}" ${ms(time)}`)
                .join(", ")}`,
            );
            if (!theirIndex) continue;
            theirs.push(await typeQueries(browser, origin, "/pagefind-bench/", site));
            progress(`${count} texts: run ${run + 1}, Pagefind typed`);
          }
          progress(`${count} texts: recall`);
          const engine = createEngine(memorySource(built));
          const ourRecall = await recallOf(built, async (q) => (await engine.search(q)).hits.map((h) => h.doc));
          const row = (name: string, t: Timed[], disk: string, build: number, recall: number) =>
            `| ${count.toLocaleString("en")} | ${name} | ${ms(medianOf(t, "p50"))} | ${ms(medianOf(t, "p95"))} | ${ms(medianOf(t, "max"))} | ${ms(medianOf(t, "completeP95"))} | ${kb(medianOf(t, "firstBytes"))} | ${disk} | ${seconds(build)} | ${(recall * 100).toFixed(0)}% |`;
          lines.push(row("this site", ours, `${mb(ourDisk)} in ${ourFiles} files`, ourBuild, ourRecall));
          if (theirIndex) {
            const docOf = new Map(archive.records.map((r, i) => [`/${r.path}`, i]));
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.goto(`${origin}/pagefind-bench/`);
            const theirRecall = await recallOf(built, async (q, k) =>
              (
                await page.evaluate(
                  ([q, k]) =>
                    (window as unknown as { pagefindUrls: (q: string, k: number) => Promise<string[]> }).pagefindUrls(
                      q,
                      k,
                    ),
                  [q, k] as const,
                )
              ).map((url) => docOf.get(url) ?? -1),
            );
            await context.close();
            lines.push(row("Pagefind", theirs, theirIndex.disk, theirIndex.build, theirRecall));
          }
          lines.push(
            `|  | (${archive.tokens.toLocaleString("en")} words, ${archive.vocabulary.toLocaleString("en")} distinct; ${ours[0]?.keystrokes ?? 0} keystrokes timed per run) | | | | | | | | |`,
          );
        } finally {
          server.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return lines;
}
