/**
 * The JATS importer's speed, and the build time and peak memory of an imported archive: the 18
 * articles of one real issue (../shared/jats-samples) imported as they are, then replicated to
 * BENCH_IMPORT_ARTICLES (default 1,000) articles in 125 issues (each copy with its own DOI,
 * volume, issue and a title marked as a copy, so that slugs differ), imported and built once.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importJats } from "../../lib/jats/import/write.ts";
import { copyProject } from "../project-copy.ts";

const project = new URL("../../../", import.meta.url).pathname;
const samples = join(project, "../shared/jats-samples");
const total = Number(process.env["BENCH_IMPORT_ARTICLES"] ?? 1000);
const issues = 125;

function freshContent(dir: string): string {
  const content = join(dir, "content");
  mkdirSync(content, { recursive: true });
  copyFileSync(join(project, "e2e/fixtures/imported/journal.yaml"), join(content, "journal.yaml"));
  cpSync(join(project, "content/ui"), join(content, "ui"), { recursive: true });
  return content;
}

export default async function importBench(): Promise<string[]> {
  if (!existsSync(samples)) return ["../shared/jats-samples is missing: no import figures."];
  const files = readdirSync(samples)
    .filter((f) => /^0034-8910-rsp-48-2-\d+\.xml$/.test(f))
    .sort();
  const lines: string[] = [];
  const work = mkdtempSync(join(tmpdir(), "cabj-bench-import-"));
  try {
    // 1. The real issue, three times into empty archives: the median speed.
    const speeds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const content = freshContent(join(work, `real-${i}`));
      const t = performance.now();
      const report = importJats(
        files.map((f) => join(samples, f)),
        content,
      );
      speeds.push(report.created / ((performance.now() - t) / 1000));
    }
    speeds.sort((a, b) => a - b);
    lines.push(`import of ${files.length} real articles: ${(speeds[1] ?? 0).toFixed(1)} articles/s (median of 3)`);

    // 2. The same issue replicated to `total` articles in 125 issues.
    const inbox = join(work, "inbox");
    mkdirSync(inbox);
    const texts = files.map((f) => readFileSync(join(samples, f), "utf8"));
    for (let n = 0; n < total; n++) {
      const issue = n % issues;
      const xml = (texts[n % texts.length] ?? "")
        .replace(/(<article-id pub-id-type="doi">)([^<]+)/, `$1$2.copy${n}`)
        .replace(/(<article-id pub-id-type="publisher-id">)([^<]+)/, `$1$2-copy${n}`)
        .replace(
          /(<article-meta>[\s\S]*?<volume>)\d+(<\/volume>\s*<issue>)\d+/,
          `$1${1 + Math.floor(issue / 4)}$2${1 + (issue % 4)}`,
        )
        .replace(/(<title-group>\s*<article-title[^>]*>)/, `$1Copy${n}: `);
      writeFileSync(join(inbox, `copy-${String(n).padStart(4, "0")}.xml`), xml);
    }
    const dir = join(work, "project");
    mkdirSync(dir);
    copyProject(dir);
    const content = freshContent(dir);
    let t = performance.now();
    const report = importJats([inbox], content);
    const importSeconds = (performance.now() - t) / 1000;
    lines.push(
      `import of ${total} articles in ${issues} issues: ${(report.created / importSeconds).toFixed(1)} articles/s (${report.created} new, ${report.failed} failed)`,
    );

    const rssFile = join(dir, "peak-rss");
    const reporter = join(dir, "report-rss.mjs");
    writeFileSync(
      reporter,
      `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    t = performance.now();
    const result = spawnSync(
      process.execPath,
      ["--import", reporter, join(project, "node_modules/astro/bin/astro.mjs"), "build"],
      {
        cwd: dir,
        env: { ...process.env, CABJ_CONTENT: content, CABJ_PDF: "off", ASTRO_TELEMETRY_DISABLED: "1" },
        encoding: "utf8",
        maxBuffer: 1 << 28,
      },
    );
    const seconds = (performance.now() - t) / 1000;
    const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
    const peak = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : 0;
    lines.push(
      result.status === 0
        ? `build of the imported archive (${total} articles, ${pages} pages): ${seconds.toFixed(1)} s, peak memory ${peak.toFixed(0)} MiB`
        : `build of the imported archive failed after ${seconds.toFixed(1)} s: ${(result.stderr || result.stdout).slice(-400)}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return lines;
}
