/**
 * JavaScript per built page, gzip-compressed as a server would send it: what the page loads at
 * once, and what it has loaded once every chart (and the explorer) has neared the viewport.
 * Reads dist/: run `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { scriptClosure } from "../js-graph.ts";

const dist = new URL("../../../dist/", import.meta.url).pathname;

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes === 0 ? "0" : `${(bytes / 1024).toFixed(1)} KB`);

function pages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name.endsWith(".html") ? [relative(dist, full)] : [];
  });
}

export default async function figuresJs(): Promise<string[]> {
  if (!existsSync(dist)) return ["dist/ is missing: run `npm run build` first."];
  const rows: [string, number, number][] = [];
  for (const file of pages().sort()) {
    const path = file.replace(/index\.html$/, "");
    const { initial, inline, later } = scriptClosure(readFileSync(join(dist, file), "utf8"), path, (p) =>
      readFileSync(join(dist, p), "utf8"),
    );
    const size = (paths: string[]) => paths.reduce((sum, p) => sum + gzip(readFileSync(join(dist, p), "utf8")), 0);
    const before = size(initial) + inline.reduce((sum, code) => sum + gzip(code), 0);
    rows.push([`/${path}`, before, before + size(later)]);
  }
  const withScripts = rows.filter(([, before, after]) => before > 0 || after > 0);
  const width = Math.max(...withScripts.map(([p]) => p.length), 30);
  return [
    `${"page".padEnd(width)}  ${"before charts load".padStart(18)}  ${"after".padStart(9)}`,
    ...withScripts.map(
      ([p, before, after]) => `${p.padEnd(width)}  ${kb(before).padStart(18)}  ${kb(after).padStart(9)}`,
    ),
    `${rows.length - withScripts.length} other pages: no JavaScript at all.`,
  ];
}
