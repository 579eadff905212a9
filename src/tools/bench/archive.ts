/**
 * The archive's costs: bytes the scholarly metadata and the copy script add to a page, and the
 * time to write and verify a BagIt bag of the built site. Run after a build.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { verifyBag, writeBag } from "../package/bagit.ts";

const dist = new URL("../../../dist/", import.meta.url).pathname;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

export default async (): Promise<string[]> => {
  if (!existsSync(dist)) return ["dist/ is missing: run `npm run build` first."];
  const lines: string[] = [];
  const pages = htmlFiles(dist).map((f) => readFileSync(f, "utf8"));
  const withCite = pages.filter((p) => p.includes('class="cite"'));
  const metaBytes = withCite.map(
    (p) =>
      (
        p.match(
          /<(?:meta name="(?:citation_|DC\.)|meta property=)[^>]*>|<script type="application\/ld\+json">[\s\S]*?<\/script>/g,
        ) ?? []
      ).join("").length,
  );
  const scriptBytes = withCite.map((p) => (p.match(/<script type="module">[\s\S]*?<\/script>/g) ?? []).join("").length);
  lines.push(`pages with citations: ${withCite.length} of ${pages.length}`);
  lines.push(`metadata in <head> per text page (Highwire, DC, OG, JSON-LD): median ${median(metaBytes)} bytes`);
  lines.push(`copy-button script per text page: median ${median(scriptBytes)} bytes; on other pages: 0`);

  const work = mkdtempSync(join(tmpdir(), "cabj-bench-bag-"));
  const writes: number[] = [];
  const verifies: number[] = [];
  let files = 0;
  for (let i = 0; i < 5; i++) {
    const bag = join(work, `bag-${i}`);
    let t = performance.now();
    files = writeBag(dist, bag, { info: [["Title", "bench"]] }).files;
    writes.push(performance.now() - t);
    t = performance.now();
    if (verifyBag(bag).length > 0) throw new Error("bench: the bag just written does not verify");
    verifies.push(performance.now() - t);
  }
  const bytes = htmlFiles(dist).reduce((s, f) => s + statSync(f).size, 0);
  rmSync(work, { recursive: true, force: true });
  lines.push(
    `BagIt of dist/ (${files} files): write median ${median(writes).toFixed(0)} ms, verify median ${median(verifies).toFixed(0)} ms (5 runs)`,
  );
  lines.push(`HTML in dist/: ${bytes} bytes`);
  return lines;
};
