/**
 * What the PDF galleys cost: the build of the real texts without galleys, with galleys printed
 * from an empty cache, and again with every galley in the cache; the size of each PDF. Each build
 * runs in a temporary copy of the project, so the checkout's cache and dist/ are left alone.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { copyProject } from "../project-copy.ts";

const project = new URL("../../../", import.meta.url).pathname;
const runs = Number(process.env["BENCH_PDF_RUNS"] ?? 3);

const added = (seconds: number) => `${seconds < 0 ? "−" : "+"}${Math.abs(seconds).toFixed(1)}`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function build(dir: string, env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(project, "node_modules", "astro", "bin", "astro.mjs"), "build"], {
    cwd: dir,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`bench: the build failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const pdfs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pdfs(join(dir, e.name)) : e.name.endsWith(".pdf") ? [join(dir, e.name)] : [],
  );

export default async (): Promise<string[]> => {
  const dir = mkdtempSync(join(tmpdir(), "cabj-bench-pdf-"));
  try {
    copyProject(dir, { content: true });
    const cache = join(dir, ".astro", "cache", "pdf-cache");
    // One untimed build first, so every timed one starts with Astro's content cache filled.
    build(dir, { CABJ_PDF: "off" });
    const off: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      off.push(build(dir, { CABJ_PDF: "off" }));
      rmSync(cache, { recursive: true, force: true });
      cold.push(build(dir, {}));
      warm.push(build(dir, {}));
    }
    const dist = join(dir, "dist");
    const files = pdfs(dist).map((f) => ({ path: relative(dist, f), bytes: statSync(f).size }));
    const total = files.reduce((s, f) => s + f.bytes, 0);
    return [
      `builds of the real texts, median of ${runs} (seconds):`,
      `  without PDF galleys: ${median(off).toFixed(1)}`,
      `  with galleys, empty cache: ${median(cold).toFixed(1)} (${added(median(cold) - median(off))})`,
      `  with galleys, all cached: ${median(warm).toFixed(1)} (${added(median(warm) - median(off))})`,
      `PDF galleys: ${files.length}, ${(total / 1024).toFixed(0)} KiB in all`,
      ...files.map((f) => `  ${f.path}: ${(f.bytes / 1024).toFixed(0)} KiB`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
