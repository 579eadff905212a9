/**
 * The merge of a build in parts (src/lib/build/part.ts): the outputs of every part, joined into
 * one site that equals a one-piece build of the same content.
 *
 * - A file only one part wrote (an issue's pages, its texts' pages and files) is copied as it is.
 * - A file several parts wrote (the home page, authors, archive.json, the assets) must be byte
 *   for byte the same in each: every part reads the whole archive's front matter, so a
 *   difference means the parts were built from different content, code or settings, and the
 *   merge fails naming the file and the parts.
 * - sitemap.xml and _headers list every page of the site, so they are made again here, by the same
 *   functions the build uses (site-files.ts), from the pages of all parts; the feed (feed.xml) and
 *   the OAI repository (oai.xml), whose entries carry each article's date of change, are joined
 *   from the parts' entries (merge-feed.ts, merge-oai.ts).
 *
 * Search: the index holds the texts' full text, which only a text's own part renders; each part
 * writes its texts' search records and the merge builds the index from them (merge-search.ts).
 * Pages name the index's entry by its fixed name: they are copied like any other file.
 */
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { writeSiteFiles } from "./site-files";
import { mergeOai } from "./merge-oai";
import { mergeFeed } from "./merge-feed";
import { mergeSearch, partRecordsFile } from "./merge-search";

/** Files made again from the whole site by the merge, not copied from a part. */
export const siteWide = new Set(["sitemap.xml", "_headers", "oai.xml", "feed.xml", `search/${partRecordsFile}`]);

export interface MergeProblem {
  file: string;
  expected: string;
}

export interface Merged {
  files: number;
  pages: number;
  /** Files that several parts wrote, the same in each. */
  shared: number;
}

/** Every file below `dir`, relative to it, with "/" separators, sorted. */
export function filesBelow(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? filesBelow(dir, path) : [path];
    })
    .sort();
}

/** The pathnames of a built site's pages, as Astro names them: "" for the home page, "about/", "404/". */
export function pagesOf(files: readonly string[]): string[] {
  return files
    .flatMap((f) => (f === "404.html" ? ["404/"] : f.endsWith("index.html") ? [f.slice(0, -"index.html".length)] : []))
    .sort();
}

/**
 * Merges the built parts `parts` (their output folders) into `out`, which must not exist yet.
 * `site` and `base` are the origin and base path the parts were built for (CABJ_SITE, CABJ_BASE).
 * Throws with every problem found.
 */
export async function mergeParts(parts: readonly string[], out: string, site: string, base: string): Promise<Merged> {
  if (parts.length === 0) throw new Error("merge: expected the output folders of the parts to merge");
  if (existsSync(out) && readdirSync(out).length > 0)
    throw new Error(`${out}: expected an empty or missing folder to merge the parts into`);
  const problems: MergeProblem[] = [];
  const owner = new Map<string, string>();
  let shared = 0;
  for (const part of parts) {
    if (!existsSync(join(part, "index.html")))
      problems.push({ file: part, expected: "expected the output folder of a built part (with its index.html)" });
    else
      for (const file of filesBelow(part)) {
        if (siteWide.has(file)) continue;
        const from = join(part, file);
        const to = join(out, file);
        const first = owner.get(file);
        if (first === undefined) {
          mkdirSync(dirname(to), { recursive: true });
          // A copy-on-write clone where the file system offers one, a copy otherwise.
          copyFileSync(from, to, constants.COPYFILE_FICLONE);
          owner.set(file, part);
        } else {
          shared += 1;
          const firstCopy = join(first, file);
          if (statSync(from).size !== statSync(firstCopy).size || !readFileSync(from).equals(readFileSync(firstCopy)))
            problems.push({
              file,
              expected: `expected the same bytes in every part, but ${first} and ${part} differ: build every part from the same content, code and settings`,
            });
        }
      }
  }
  if (problems.length > 0)
    throw new Error(
      `merge: ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}: ${p.expected}`).join("\n")}`,
    );
  // Every issue of the archive is in some part: archive.json (the same in every part) lists them.
  const root = new URL(base.endsWith("/") ? base : `${base}/`, site).href;
  const archive = JSON.parse(readFileSync(join(out, "archive.json"), "utf8")) as { issues: { url?: string }[] };
  for (const { url } of archive.issues) {
    if (typeof url !== "string")
      throw new Error(
        `merge: archive.json lists an issue without its address: the parts were built without the site's origin; build them with CABJ_SITE (${site}) or \`site\` in journal.yaml`,
      );
    const page = `${url.startsWith(root) ? url.slice(root.length) : url}index.html`;
    if (!owner.has(page))
      problems.push({
        file: page,
        expected: `expected the page of an issue of the archive (${url}): no part built it; give every issue a part in CABJ_PART, or give the merge the CABJ_SITE and CABJ_BASE the parts were built with`,
      });
  }
  if (problems.length > 0)
    throw new Error(
      `merge: ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}: ${p.expected}`).join("\n")}`,
    );
  mkdirSync(join(out, "search"), { recursive: true });
  let searchFileCount = 0;
  mergeSearch(
    parts.map((part): [string, string] => [part, readFileSync(join(part, "search", partRecordsFile), "utf8")]),
    (name, json) => {
      writeFileSync(join(out, "search", name), json);
      searchFileCount += 1;
    },
  );
  const pages = pagesOf([...owner.keys()]);
  await writeSiteFiles(out, pages, site, base);
  const order = archive.issues.map(({ url = "" }) => /issues\/([^/]+)\/$/.exec(url)?.[1] ?? url);
  const feeds = parts.flatMap((part): [string, string][] =>
    existsSync(join(part, "feed.xml")) ? [[part, readFileSync(join(part, "feed.xml"), "utf8")]] : [],
  );
  if (feeds.length > 0) writeFileSync(join(out, "feed.xml"), mergeFeed(feeds, order));
  const repositories = parts.flatMap((part): [string, string][] =>
    existsSync(join(part, "oai.xml")) ? [[part, readFileSync(join(part, "oai.xml"), "utf8")]] : [],
  );
  if (repositories.length > 0) {
    writeFileSync(join(out, "oai.xml"), mergeOai(repositories, order));
  }
  // Each part's sitemap lists its own pages: all of them must be in the merged one, or the parts
  // were built for another origin or base than the one given here.
  const merged = new Set(readFileSync(join(out, "sitemap.xml"), "utf8").split("\n"));
  for (const part of parts) {
    const missing = readFileSync(join(part, "sitemap.xml"), "utf8")
      .split("\n")
      .find((line) => line.includes("<loc>") && !merged.has(line));
    if (missing)
      throw new Error(
        `merge: ${part}/sitemap.xml lists ${missing.trim()}, which the merged sitemap does not: give the merge the CABJ_SITE (${site}) and CABJ_BASE (${base}) the parts were built with`,
      );
  }
  return { files: owner.size + searchFileCount + 3 + (repositories.length > 0 ? 1 : 0), pages: pages.length, shared };
}
