/**
 * Build time and peak memory for synthetic archives of 1,000, 3,000 and 10,000 articles made from
 * the real texts (src/tools/synthetic.ts), each in a temporary copy of the project, and the time
 * to publish a change to one issue through a build in parts (src/lib/build/part.ts): the archive
 * is built as two parts, the changed issue alone and the rest; after an edit to one of its
 * articles only that issue's part is built again, and the parts merged. Set BENCH_BUILD_SIZES
 * (e.g. "100,1000") to choose the sizes, BENCH_PARTS=off to leave out the parts.
 */
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticArchive } from "../synthetic.ts";
import { copyProject } from "../project-copy.ts";
import { mergeParts } from "../../lib/build/merge.ts";

const project = new URL("../../../", import.meta.url).pathname;
const sizes = (process.env["BENCH_BUILD_SIZES"] ?? "1000,3000,10000").split(",").map(Number);
const withParts = process.env["BENCH_PARTS"] !== "off";
const site = "http://localhost:4321";

interface Run {
  seconds: number;
  peakMiB: number;
  pages: number;
  ok: boolean;
  why: string;
}

/** Builds `dir` once into `out`; the child reports its own peak resident memory as it exits. */
function timedBuild(dir: string, content: string, out: string, env: Record<string, string> = {}): Run {
  const rssFile = join(dir, "peak-rss");
  rmSync(rssFile, { force: true });
  const reporter = join(dir, "report-rss.mjs");
  writeFileSync(
    reporter,
    `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    // The heap `npm run build` gives the build (package.json): a 10,000-article archive's full-text
    // search index is built in one process and outgrows Node's default limit of about 4 GB.
    [
      "--max-old-space-size=8192",
      "--import",
      reporter,
      join(project, "node_modules", "astro", "bin", "astro.mjs"),
      "build",
      "--outDir",
      out,
    ],
    {
      cwd: dir,
      // Without PDF galleys: printing thousands of PDFs would measure Chromium, not the build
      // (pdf.ts measures the galleys of the real texts).
      env: {
        ...process.env,
        CABJ_CONTENT: content,
        CABJ_PDF: "off",
        // An origin, as a published archive has, so that the parts can be merged (sitemap, feed).
        CABJ_SITE: site,
        ASTRO_TELEMETRY_DISABLED: "1",
        CABJ_CACHE_DIR: join(
          dir,
          `cache-${env["CABJ_PART"] === undefined ? "whole" : env["CABJ_PART"].replace(/\W+/g, "_").slice(0, 40)}`,
        ),
        ...env,
      },
      encoding: "utf8",
      maxBuffer: 1 << 30,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const peakMiB = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : 0;
  return { seconds, peakMiB, pages, ok: result.status === 0, why: failureReason(`${result.stdout}\n${result.stderr}`) };
}

/** Why a build failed, in the build's own words: its first error line and the lines after it. */
export function failureReason(output: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001b\[[0-9;]*m/g, "").split("\n");
  const first = lines.findIndex((line) => /\berror\b/i.test(line));
  if (first === -1)
    return (
      lines
        .filter((l) => l.trim())
        .slice(-3)
        .join(" ")
        .trim() || "it printed nothing"
    );
  return lines
    .slice(first, first + 4)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" ")
    .slice(0, 400);
}

/** The one-issue rebuild through parts: seconds to build the changed issue's part again and merge. */
async function oneIssueRebuild(dir: string, content: string): Promise<string> {
  const issue = "100-1";
  const alone = `issues:${issue}`;
  const others = readdirSync(join(content, "issues")).filter((id) => id !== issue);
  const rest = `issues:${others.join(",")}`;
  // The other issues' part starts from the one-piece build's content cache (their texts rendered
  // already), as a machine that built the archive before would: what is measured is the rebuild.
  cpSync(join(dir, "cache-whole"), join(dir, "cache-rest"), { recursive: true });
  const restRun = timedBuild(dir, content, join(dir, "part-rest"), {
    CABJ_PART: rest,
    CABJ_CACHE_DIR: join(dir, "cache-rest"),
  });
  if (!restRun.ok) return `the other issues' part failed after ${restRun.seconds.toFixed(1)} s: ${restRun.why}`;
  const first = timedBuild(dir, content, join(dir, "part-issue"), { CABJ_PART: alone });
  if (!first.ok) return `the issue's part failed after ${first.seconds.toFixed(1)} s: ${first.why}`;
  let started = performance.now();
  await mergeParts([join(dir, "part-rest"), join(dir, "part-issue")], join(dir, "merged-1"), site, "/");
  const firstMerge = (performance.now() - started) / 1000;
  // An editor corrects one article of the issue.
  const articles = join(content, "issues", issue, "articles");
  const article = readdirSync(articles).sort()[0]!;
  appendFileSync(join(articles, article), "\nA sentence added by the benchmark.\n");
  const again = timedBuild(dir, content, join(dir, "part-issue"), { CABJ_PART: alone });
  if (!again.ok) return `the rebuilt part failed after ${again.seconds.toFixed(1)} s: ${again.why}`;
  started = performance.now();
  await mergeParts([join(dir, "part-rest"), join(dir, "part-issue")], join(dir, "merged-2"), site, "/");
  const merge = (performance.now() - started) / 1000;
  return [
    `${(again.seconds + merge).toFixed(1)} s (part ${again.seconds.toFixed(1)} s, ${again.peakMiB.toFixed(0)} MiB; merge ${merge.toFixed(1)} s)`,
    `first build in parts ${(restRun.seconds + first.seconds + firstMerge).toFixed(1)} s (the other issues ${restRun.seconds.toFixed(1)} s, ${restRun.peakMiB.toFixed(0)} MiB, their texts rendered already; the issue ${first.seconds.toFixed(1)} s; merge ${firstMerge.toFixed(1)} s)`,
  ].join(" | ");
}

export default async function buildBench(): Promise<string[]> {
  const lines = [
    "articles | pages | build (s) | peak memory (MiB) | s per 100 articles | one-issue rebuild through parts | first build in parts",
    "--- | --- | --- | --- | --- | --- | ---",
  ];
  for (const count of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "cabj-bench-build-"));
    try {
      copyProject(dir);
      const content = join(dir, "content");
      writeSyntheticArchive(join(project, "content"), content, count);
      const run = timedBuild(dir, content, join(dir, "dist"));
      if (!run.ok) {
        lines.push(`${count} | build failed after ${run.seconds.toFixed(1)} s: ${run.why}`);
        continue;
      }
      rmSync(join(dir, "dist"), { recursive: true, force: true });
      // Each size as soon as it is measured: a long benchmark shows its progress.
      console.error(
        `${count} articles: built in ${run.seconds.toFixed(1)} s, ${run.peakMiB.toFixed(0)} MiB, ${run.pages} pages`,
      );
      const parts = withParts ? await oneIssueRebuild(dir, content) : "not measured (BENCH_PARTS=off) |";
      const line = `${count} | ${run.pages} | ${run.seconds.toFixed(1)} | ${run.peakMiB.toFixed(0)} | ${((run.seconds / count) * 100).toFixed(2)} | ${parts}`;
      lines.push(line);
      console.error(line);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}
