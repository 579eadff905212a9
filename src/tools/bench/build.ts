/**
 * Build time and peak memory for synthetic archives of 100, 1,000 and 3,000 articles made from the
 * real texts (src/tools/synthetic.ts), each in a temporary copy of the project. Set
 * BENCH_BUILD_SIZES (e.g. "100,1000") to choose the sizes.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticArchive } from "../synthetic.ts";

const project = new URL("../../../", import.meta.url).pathname;
const sizes = (process.env["BENCH_BUILD_SIZES"] ?? "100,1000,3000").split(",").map(Number);

/** Builds `dir` once; the child reports its own peak resident memory as it exits. */
function timedBuild(
  dir: string,
  content: string,
): { seconds: number; peakMiB: number; pages: number; ok: boolean; why: string } {
  const rssFile = join(dir, "peak-rss");
  const reporter = join(dir, "report-rss.mjs");
  writeFileSync(
    reporter,
    `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ["--import", reporter, join(project, "node_modules", "astro", "bin", "astro.mjs"), "build"],
    {
      cwd: dir,
      // Without PDF galleys: printing thousands of PDFs would measure Chromium, not the build
      // (pdf.ts measures the galleys of the real texts).
      env: { ...process.env, CABJ_CONTENT: content, CABJ_PDF: "off", ASTRO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  const peakMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
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

export default async function buildBench(): Promise<string[]> {
  const lines = [
    "articles | pages | build (s) | peak memory (MiB) | s per 100 articles",
    "--- | --- | --- | --- | ---",
  ];
  for (const count of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "cabj-bench-build-"));
    try {
      for (const entry of ["astro.config.mjs", "tsconfig.json", "package.json", "src", "public"])
        cpSync(join(project, entry), join(dir, entry), { recursive: true });
      symlinkSync(join(project, "node_modules"), join(dir, "node_modules"));
      const content = join(dir, "content");
      writeSyntheticArchive(join(project, "content"), content, count);
      const run = timedBuild(dir, content);
      lines.push(
        run.ok
          ? `${count} | ${run.pages} | ${run.seconds.toFixed(1)} | ${run.peakMiB.toFixed(0)} | ${((run.seconds / count) * 100).toFixed(2)}`
          : `${count} | build failed after ${run.seconds.toFixed(1)} s: ${run.why}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}
