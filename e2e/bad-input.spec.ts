import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Bad data fails the build, and the message names the file and the field. Each case copies
 * content/ to a temporary folder, spoils one file, and builds it (CABJ_CONTENT) with its own
 * output and cache folders, so that the real build and its cache are never touched.
 */

const root = new URL("..", import.meta.url).pathname;
const astro = join(root, "node_modules/astro/bin/astro.mjs");

/** Builds `content` after `spoil` has changed it; the build's exit code and output. */
function buildSpoiled(spoil: (content: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), "cabj-bad-"));
  try {
    const content = join(dir, "content");
    cpSync(join(root, "content"), content, { recursive: true });
    spoil(content);
    const config = join(dir, "astro.config.mjs");
    writeFileSync(config, `import config from ${JSON.stringify(join(root, "astro.config.mjs"))};\nexport default { ...config, cacheDir: ${JSON.stringify(join(dir, "cache"))}, outDir: ${JSON.stringify(join(dir, "dist"))} };\n`);
    // Astro resolves --config against the project root.
    const result = spawnSync(process.execPath, [astro, "build", "--config", relative(root, config)], {
      cwd: root,
      env: { ...process.env, CABJ_CONTENT: content, NO_COLOR: "1" },
      encoding: "utf8",
      timeout: 120_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rewrites one file of the copied content. */
const edit = (file: string, change: (text: string) => string) => (content: string) => {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
};

test.describe.configure({ mode: "serial" });

const cases: { name: string; spoil: (content: string) => void; file: string; field: string; expected: string }[] = [
  {
    name: "counts that exceed N",
    spoil: edit("data/csr-table-1.csv", (t) => t.replace("legal,64,", "legal,190,")),
    file: "data/csr-table-1.csv",
    field: 'line 2, column "agree"',
    expected: "expected a count of at most n = 187",
  },
  {
    name: "a missing category",
    spoil: edit("data/csr-table-1.csv", (t) => t.replace(/^philanthropic,.*\n/m, "")),
    file: "data/csr-table-1.csv",
    field: "rows",
    expected: 'expected a row for the category "philanthropic"',
  },
  {
    name: "a CSV with a bad number",
    spoil: edit("data/kazakhstan-hdi.csv", (t) => t.replace("2018,0.817", "2018,0.8l7")),
    file: "data/kazakhstan-hdi.csv",
    field: 'line 30, column "value"',
    expected: 'got "0.8l7"',
  },
  {
    name: "a description that breaks its schema",
    spoil: edit("data/csr-table-1.yaml", (t) => t.replace("n: 187", "n: many")),
    file: "csr-table-1",
    field: "n",
    expected: "expected the number of respondents as a whole number",
  },
];

for (const c of cases) {
  test(`the build fails on ${c.name}, naming the file and the field`, () => {
    test.setTimeout(150_000);
    const { status, output } = buildSpoiled(c.spoil);
    expect(status, output).not.toBe(0);
    const line = output.split("\n").find((l) => l.includes(c.expected));
    expect(line, output).toBeDefined();
    expect(line).toContain(c.field);
    expect(output).toContain(c.file);
  });
}
