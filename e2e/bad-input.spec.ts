import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const root = new URL("..", import.meta.url).pathname;

/** Builds a copy of content/ with one file changed; returns the exit status and everything printed. */
function buildWith(file: string, change: (text: string) => string) {
  const work = mkdtempSync(join(tmpdir(), "cabj-bad-"));
  cpSync(join(root, "content"), join(work, "content"), { recursive: true });
  const target = join(work, "content", file);
  const before = readFileSync(target, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`${file}: the change did not apply`);
  writeFileSync(target, after);
  const run = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", join(work, "out")], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CABJ_CONTENT: join(work, "content"), CABJ_CACHE_DIR: join(work, "cache") },
  });
  // Colour codes removed, so that the test reads what a person reads.
  return { status: run.status, output: `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, "") };
}

test.describe.configure({ timeout: 120_000 });

// The metadata an indexer reads must be right, so these fail the build, naming file and field.
test.describe("bad input fails the build with the file and the field", () => {
  for (const [what, file, change, field] of [
    ["an ISSN with a bad check digit", "companions/baimenov-concentric-spheres.mdx", (t: string) => t.replace('issn: "2409-5532"', 'issn: "2409-5533"'), "provenance.issn"],
    ["a date that does not parse", "companions/north-korea-deal.mdx", (t: string) => t.replace('date: "2018-03-29"', 'date: "29 March 2018"'), "provenance.date"],
    ["an author without a name", "authors/amagoh.yaml", (t: string) => t.replace("name: Amagoh", "affiliation: KIMEP University"), "name"],
  ] as const) {
    test(what, () => {
      const { status, output } = buildWith(file, change);
      expect(status).not.toBe(0);
      expect(output).toContain(file);
      expect(output).toMatch(new RegExp(`^\\s*${field.replace(".", "\\.")}: expected`, "m"));
    });
  }
});
